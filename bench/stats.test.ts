import { formatNumber, median, p95, quantile } from './stats';

describe('quantiles of timing samples', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates the 95th percentile between closest ranks', () => {
    const samples = Array.from({ length: 101 }, (_, i) => i); // 0..100
    expect(p95(samples)).toBe(95);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('is NaN without samples and refuses a quantile outside 0..1', () => {
    expect(median([])).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow('between 0 and 1');
  });

  it('formats numbers to about three significant digits', () => {
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(1.2345)).toBe('1.23');
    expect(formatNumber(0.12345)).toBe('0.123');
    expect(formatNumber(undefined)).toBe('–');
  });
});
