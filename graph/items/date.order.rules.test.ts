/** Date fields in order: a contract cannot end before it starts. */
import { dateOrderProblems } from './date.order.rules';

describe('dateOrderProblems', () => {
  it('refuses a contract ending before it starts, naming the end', () => {
    expect(dateOrderProblems('Contract', { startDate: '2026-06-01', endDate: '2026-05-31' }, 'input')).toEqual([
      {
        field: 'input.endDate',
        reason: 'endDate 2026-05-31 is before startDate 2026-06-01: a contract cannot end before it starts',
      },
    ]);
  });

  it('passes equal dates, one date alone, and other classes', () => {
    expect(dateOrderProblems('Contract', { startDate: '2026-06-01', endDate: '2026-06-01' }, 'input')).toEqual([]);
    expect(dateOrderProblems('Contract', { endDate: '2020-01-01' }, 'input')).toEqual([]);
    expect(dateOrderProblems('Server', { startDate: '2026-06-01', endDate: '2020-01-01' }, 'input')).toEqual([]);
  });

  it('names the field an update gives when the other is already stored', () => {
    const values = { startDate: '2027-01-01', endDate: '2026-12-31' };
    expect(dateOrderProblems('Contract', values, 'patch', new Set(['startDate']))[0].field).toBe('patch.startDate');
    expect(dateOrderProblems('Contract', values, 'patch', new Set(['endDate']))[0].field).toBe('patch.endDate');
  });
});
