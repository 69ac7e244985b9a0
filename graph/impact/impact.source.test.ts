/** Reading one input as the impact queries write it: `type|id|class|status`. */
import { inputFromText } from './impact.source';

describe('inputFromText', () => {
  it('reads the type, id, class and status', () => {
    expect(inputFromText('CONNECTED_TO|sw-core-1|NetworkDevice|DOWN')).toEqual({
      type: 'CONNECTED_TO',
      id: 'sw-core-1',
      class: 'NetworkDevice',
      status: 'DOWN',
    });
  });

  it('reads an empty class as empty and an empty status as none', () => {
    expect(inputFromText('RUNS_ON|vm-1||')).toEqual({ type: 'RUNS_ON', id: 'vm-1', class: '', status: null });
    expect(inputFromText('MEMBER_OF|host-7||DEGRADED')).toEqual({
      type: 'MEMBER_OF',
      id: 'host-7',
      class: '',
      status: 'DEGRADED',
    });
  });

  it('refuses a type without an impact rule and a text that is not four fields', () => {
    expect(() => inputFromText('OWNED_BY|team-1||')).toThrow('not an impact input: OWNED_BY|team-1||');
    expect(() => inputFromText('RUNS_ON|vm-1')).toThrow('not an impact input');
    expect(() => inputFromText('|vm-1||')).toThrow('not an impact input');
  });
});
