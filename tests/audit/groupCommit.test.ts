import { groupCommit } from '../../gateway/src/audit/groupCommit';

/** A group commit whose batches are recorded as written, with unhurried items lingering `lingerMs`. */
function recordingGroupCommit(lingerMs: number) {
  const batches: string[][] = [];
  const write = groupCommit(
    (items: string[]) => {
      batches.push(items);
      return Promise.resolve(items);
    },
    10,
    undefined,
    lingerMs,
  );
  return { batches, write };
}

describe('group commit', () => {
  it('writes the items of one turn of the event loop together, in arrival order, within the batch size', async () => {
    const batches: number[][] = [];
    const write = groupCommit((items: number[]) => {
      batches.push(items);
      return Promise.resolve(items.map((item) => item * 10));
    }, 4);

    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((item) => write(item)));

    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('writes items that arrive while a batch is being written in the next batch', async () => {
    const batches: number[][] = [];
    const write = groupCommit(async (items: number[]) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items;
    }, 10);

    const first = write(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3].map((item) => write(item));

    await expect(Promise.all([first, ...later])).resolves.toEqual([1, 2, 3]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('settles no caller before its batch is written', async () => {
    let commit: (() => void) | undefined;
    const write = groupCommit(
      (items: string[]) =>
        new Promise<string[]>((resolve) => {
          commit = () => resolve(items);
        }),
      10,
    );
    let settled = false;
    const pending = write('record').then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    commit?.();
    await pending;
    expect(settled).toBe(true);
  });

  it('fails every caller of a batch the store refuses, and no other', async () => {
    const write = groupCommit((items: number[]) => {
      if (items.includes(3)) return Promise.reject(new Error('refused'));
      return Promise.resolve(items);
    }, 2);

    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((item) => write(item)));

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(results[2]).toMatchObject({ reason: new Error('refused') });
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

  it('settles a batch only once it is durable, writing the next batch meanwhile', async () => {
    const batches: number[][] = [];
    const syncs: { resolve: () => void; reject: (error: Error) => void }[] = [];
    const write = groupCommit(
      (items: number[]) => {
        batches.push(items);
        return Promise.resolve(items);
      },
      10,
      () => new Promise<void>((resolve, reject) => syncs.push({ resolve, reject })),
    );
    const settled: string[] = [];
    const track = (item: number) =>
      write(item).then(
        () => settled.push(`${item} durable`),
        () => settled.push(`${item} failed`),
      );

    const first = track(1);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const second = track(2);
    // The second batch is written while the first one's sync is still under way.
    while (batches.length < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1], [2]]);
    expect(settled).toEqual([]);

    syncs[1]?.reject(new Error('the disk is gone'));
    syncs[0]?.resolve();
    await Promise.all([first, second]);
    expect(settled.sort()).toEqual(['1 durable', '2 failed']);
  });

  it('writes an unhurried item with the next batch another item starts, ahead of it', async () => {
    const { batches, write } = recordingGroupCommit(60_000);

    const closing = write('closing', true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batches).toEqual([]);

    await expect(Promise.all([closing, write('opening')])).resolves.toEqual(['closing', 'opening']);
    expect(batches).toEqual([['closing', 'opening']]);
  });

  it('writes unhurried items on their own once they have lingered long enough', async () => {
    const { batches, write } = recordingGroupCommit(30);

    const lingering = [write('first', true), write('second', true)];
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(batches).toEqual([]);

    await expect(Promise.all(lingering)).resolves.toEqual(['first', 'second']);
    expect(batches).toEqual([['first', 'second']]);
  });
});
