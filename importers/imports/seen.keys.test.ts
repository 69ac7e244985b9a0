import { hash53, SeenKeys } from './seen.keys';

describe('SeenKeys', () => {
  it('remembers the first row that used each key, across growth', () => {
    const seen = new SeenKeys(16);
    for (let i = 1; i <= 20_000; i++) seen.add(`serialNumber=SN-${i}`, i);
    for (let i = 1; i <= 20_000; i += 997) seen.add(`serialNumber=SN-${i}`, 999_999);
    expect(seen.size).toBe(20_000);
    for (let i = 1; i <= 20_000; i += 13) expect(seen.firstRow(`serialNumber=SN-${i}`)).toBe(i);
    expect(seen.firstRow('serialNumber=SN-20001')).toBeUndefined();
    expect(seen.firstRow('assetTag=SN-1')).toBeUndefined();
  });

  it('shows a batch decided again only the keys of rows before it', () => {
    const seen = new SeenKeys();
    seen.add('serialNumber=SN-1', 1);
    seen.add('serialNumber=SN-3', 3);
    seen.add('serialNumber=SN-5', 5);
    const before3 = seen.before(3);
    expect(before3.firstRow('serialNumber=SN-1')).toBe(1);
    expect(before3.firstRow('serialNumber=SN-3')).toBeUndefined();
    expect(before3.firstRow('serialNumber=SN-5')).toBeUndefined();
    expect(before3.firstRow('serialNumber=SN-9')).toBeUndefined();
  });

  it('takes at most 32 bytes a key (48 MB for the three million keys of a million servers)', () => {
    const seen = new SeenKeys();
    const keys = 400_000;
    for (let i = 0; i < keys; i++) seen.add(`k${i}`, i + 1);
    expect(seen.size).toBe(keys);
    expect(seen.bytes / keys).toBeLessThanOrEqual(32);
    expect(seen.firstRow(`k${keys - 1}`)).toBe(keys);
  });

  it('hashes to a non-zero 53-bit integer', () => {
    for (const text of ['', 'a', 'serialNumber=SN-1', 'ci:8d0c6c8e']) {
      const h = hash53(text);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).toBeGreaterThan(0);
    }
    expect(hash53('ab')).not.toBe(hash53('ba'));
  });
});
