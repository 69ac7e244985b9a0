import { classSpec } from '../model/classes';
import { NETWORK_FIELD_RULES } from './field.rules';

const rule = (key: string) => NETWORK_FIELD_RULES[key];

describe('network field rules', () => {
  it.each([
    ['2196F3', '2196f3'],
    ['#aa00FF', 'aa00ff'],
    [' 000000 ', '000000'],
  ])('stores the colour %j as %j', (given, stored) => {
    expect(rule('Cable.colour')(given)).toEqual({ ok: true, value: stored });
  });

  it.each(['red', '12345', '1234567', 'gggggg', ''])('refuses the colour %j', (given) => {
    expect(rule('FrontPort.colour')(given)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^a colour is six hex digits/),
    });
  });

  it.each([
    ['Cable.length', -1, 'a length is at least 0, not -1'],
    ['RearPort.positions', 0, "a rear port's positions is 1–1024, not 0"],
    ['PowerFeed.maxUtilisation', 101, 'a maximum utilisation, in percent, is 1–100, not 101'],
    ['Interface.mtu', 0, 'an MTU is 1–65536, not 0'],
  ])('refuses %s = %d with %j', (key, value, reason) => {
    expect(rule(key)(value)).toEqual({ ok: false, reason });
  });

  it.each([
    ['Cable.length', 0],
    ['RearPort.positions', 1024],
    ['PowerFeed.maxUtilisation', 100],
    ['VLAN.vid', 4094],
  ])('accepts %s = %d at the edge', (key, value) => {
    expect(rule(key)(value)).toEqual({ ok: true, value });
  });

  it('names only fields the classes have', () => {
    for (const key of Object.keys(NETWORK_FIELD_RULES)) {
      const [cls, field] = key.split('.');
      expect([key, classSpec(cls)?.fields.some((f) => f.name === field)]).toEqual([key, true]);
    }
  });
});
