/**
 * The end-of-life rule, worked by hand on its boundary day.
 */
import { dayNumber, isPast, isPastEol, reachesEolWithin, utcDay, type ReleaseCycle } from './end.of.life';

// Ubuntu 18.04 LTS: standard support ended 2023-05-31.
const bionic: ReleaseCycle = { product: 'ubuntu', cycle: '18.04', eol: '2023-05-31', lts: true };

describe('past EOL', () => {
  it('is not past on the EOL day itself, only on the day after', () => {
    expect(isPastEol(bionic, '2023-05-30')).toBe(false);
    expect(isPastEol(bionic, '2023-05-31')).toBe(false); // the boundary day is the last supported day
    expect(isPastEol(bionic, '2023-06-01')).toBe(true);
    expect(isPastEol(bionic, '2024-01-01')).toBe(true);
  });

  it('reads the booleans: true is past on any day, false never', () => {
    expect(isPastEol({ product: 'p', cycle: '1', eol: true }, '1970-01-01')).toBe(true);
    expect(isPastEol({ product: 'p', cycle: '2', eol: false }, '2999-12-31')).toBe(false);
    expect(isPast(undefined, '2024-01-01')).toBe(false); // no extended support at all
  });

  it('counts calendar days across month and leap-year ends', () => {
    expect(isPast('2024-02-28', '2024-02-29')).toBe(true);
    expect(isPast('2024-02-29', '2024-02-29')).toBe(false);
    expect(isPast('2023-12-31', '2024-01-01')).toBe(true);
    expect(dayNumber('2024-03-01')! - dayNumber('2024-02-28')!).toBe(2);
  });

  it('refuses what is no calendar date', () => {
    expect(() => isPast('2023-02-30', '2023-03-01')).toThrow(
      'end date "2023-02-30" is not a calendar date (YYYY-MM-DD)',
    );
    expect(() => isPast('2023-02-28', '1 March 2023')).toThrow('day "1 March 2023" is not a calendar date');
  });
});

describe('reaching EOL within a window', () => {
  it('holds when the EOL date falls within [D, D + N], and not once past', () => {
    expect(reachesEolWithin(bionic, '2023-05-01', 30)).toBe(true); // 30 days left
    expect(reachesEolWithin(bionic, '2023-04-30', 30)).toBe(false); // 31 days left
    expect(reachesEolWithin(bionic, '2023-05-31', 0)).toBe(true); // its last day
    expect(reachesEolWithin(bionic, '2023-06-01', 30)).toBe(false); // already past
    expect(reachesEolWithin({ product: 'p', cycle: '1', eol: true }, '2023-06-01', 30)).toBe(false);
  });

  it('takes the UTC day of an instant', () => {
    expect(utcDay(new Date('2023-05-31T23:59:59Z'))).toBe('2023-05-31');
  });
});
