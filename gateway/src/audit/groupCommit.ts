/**
 * Group commit: items that arrive while a write is in flight wait and are written together in the next one, so
 * that under load many records share one transaction (and one sync to disk, and one turn of the write lock)
 * while a lone item is written at once. Each caller's promise settles only when its own item is committed.
 *
 * When a batch of several fails, its items are retried one at a time, so that one item the database refuses
 * fails only its own caller.
 */
export function groupCommit<Item, Result>(
  writeBatch: (items: Item[]) => Promise<Result[]>,
  maxBatch: number,
): (item: Item) => Promise<Result> {
  const waiting: { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  async function write(batch: typeof waiting): Promise<void> {
    try {
      const results = await writeBatch(batch.map(({ item }) => item));
      batch.forEach(({ resolve }, index) => resolve(results[index] as Result));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const one of batch) await write([one]);
    }
  }

  async function drain(): Promise<void> {
    writing = true;
    while (waiting.length > 0) await write(waiting.splice(0, maxBatch));
    writing = false;
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
