import { ExpiringCache } from '@lib/auth/expiringCache';

describe('ExpiringCache', () => {
  it('returns a value until it expires, then forgets it', () => {
    const cache = new ExpiringCache<string>(10);
    cache.set('a', 'A', 1000, 0);
    expect(cache.get('a', 999)).toBe('A');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not store a value that has already expired', () => {
    const cache = new ExpiringCache<string>(10);
    cache.set('a', 'A', 500, 500);
    expect(cache.size).toBe(0);
  });

  it('makes room by dropping the least recently used entry', () => {
    const cache = new ExpiringCache<string>(2);
    cache.set('a', 'A', 1000, 0);
    cache.set('b', 'B', 1000, 0);
    cache.get('a', 1);
    cache.set('c', 'C', 1000, 2);
    expect(cache.get('a', 3)).toBe('A');
    expect(cache.get('b', 3)).toBeUndefined();
    expect(cache.get('c', 3)).toBe('C');
    expect(cache.size).toBe(2);
  });
});
