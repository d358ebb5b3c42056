import { groupCommit } from '../../gateway/src/audit/groupCommit';

describe('group commit', () => {
  it('writes a lone item at once and items that arrive meanwhile together, in arrival order', async () => {
    const batches: number[][] = [];
    const write = groupCommit(async (items: number[]) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((item) => item * 10);
    }, 3);

    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(write));

    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('fails only the caller whose item the write refuses', async () => {
    const write = groupCommit((items: number[]) => {
      if (items.includes(3)) return Promise.reject(new Error('refused 3'));
      return Promise.resolve(items);
    }, 10);

    const results = await Promise.allSettled([1, 2, 3, 4].map(write));

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(results[2]).toMatchObject({ reason: new Error('refused 3') });
  });

  it('keeps going after a failed write', async () => {
    let fail = true;
    const write = groupCommit((items: string[]) => {
      if (fail) return Promise.reject(new Error('down'));
      return Promise.resolve(items);
    }, 10);

    await expect(write('first')).rejects.toThrow('down');
    fail = false;
    await expect(write('second')).resolves.toBe('second');
  });
});
