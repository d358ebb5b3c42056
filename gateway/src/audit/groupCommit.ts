/**
 * Group commit: the items that arrive during one turn of the event loop are written together, in one batch (one
 * transaction, one sync to disk, one turn of the write lock), at the end of that turn (setImmediate), and so are
 * items that arrive while a batch is being written. Each caller's promise settles only when the batch holding
 * its item is committed (and on disk: below).
 *
 * The batch waits for the end of the turn because a SQLite write (better-sqlite3) runs without letting the event
 * loop turn: written at once, each item would be a transaction of its own, as no other request can add an item
 * meanwhile. Requests whose subgraph answers arrive together reach the log in the same turn and share one sync.
 *
 * A batch the store refuses fails every caller in it, and only them: nothing of it was written (one
 * transaction), so each of them fails closed, and the next batch is tried afresh.
 *
 * With `whenDurable` (a SQLite store committing with `synchronous = NORMAL`, whose log is synced off the event
 * loop: walSync.ts), a committed batch's callers settle only once it resolves, while the next batch is already
 * being written: its commit overlaps the previous batch's sync, and the two share the next sync. A batch whose
 * sync fails fails its callers (committed, perhaps not on disk: they fail closed).
 *
 * An item given as `unhurried` (a closing audit record, which no answer waits for) lingers until the next batch
 * is formed for another item, and rides with it, or for `lingerMs` at most: under load it then costs no transaction
 * and no sync of its own.
 */
export function groupCommit<Item, Result>(
  writeBatch: (items: Item[]) => Promise<Result[]>,
  maxBatch: number,
  whenDurable: () => Promise<void> = () => Promise.resolve(),
  lingerMs = 50,
): (item: Item, unhurried?: boolean) => Promise<Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  const waiting: Waiting[] = [];
  const lingering: Waiting[] = [];
  let lingerTimer: NodeJS.Timeout | undefined;
  let busy = false;

  async function write(batch: Waiting[]): Promise<void> {
    try {
      const results = await writeBatch(batch.map(({ item }) => item));
      whenDurable().then(
        () => batch.forEach(({ resolve }, index) => resolve(results[index] as Result)),
        (error: unknown) => batch.forEach(({ reject }) => reject(error)),
      );
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }

  /** The next batch: the lingering items ride with it, ahead of the rest (they came first). */
  function nextBatch(): Waiting[] {
    if (lingering.length > 0) {
      waiting.unshift(...lingering.splice(0));
      clearTimeout(lingerTimer);
      lingerTimer = undefined;
    }
    return waiting.splice(0, maxBatch);
  }

  async function drain(): Promise<void> {
    try {
      while (waiting.length > 0) await write(nextBatch());
    } finally {
      busy = false;
    }
  }

  function start(): void {
    if (busy) return;
    busy = true;
    setImmediate(() => void drain());
  }

  return (item, unhurried = false) =>
    new Promise<Result>((resolve, reject) => {
      const entry = { item, resolve, reject };
      if (!unhurried) {
        waiting.push(entry);
        start();
        return;
      }
      lingering.push(entry);
      lingerTimer ??= setTimeout(() => {
        lingerTimer = undefined;
        waiting.push(...lingering.splice(0));
        start();
      }, lingerMs);
    });
}
