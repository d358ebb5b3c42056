import { percentile } from '../../bench/load/percentile';

describe('percentile', () => {
  it('is the nearest rank: the smallest value with at least that fraction at or below it', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0.05)).toBe(15);
    expect(percentile(values, 0.3)).toBe(20);
    expect(percentile(values, 0.4)).toBe(20);
    expect(percentile(values, 0.5)).toBe(35);
    expect(percentile(values, 1)).toBe(50);
  });

  it('sorts a copy, whatever the order it is given', () => {
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 0.95)).toBe(50);
    expect(values).toEqual([50, 15, 40, 20, 35]);
  });

  it('is NaN for no values, and the first value for a fraction of 0', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentile([3, 1, 2], 0)).toBe(1);
  });
});
