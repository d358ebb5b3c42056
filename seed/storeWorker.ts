/**
 * A worker thread that writes some of the stores: it plans the same data set from the same options (planning is
 * deterministic, so its rows are the ones the main thread would write) and reports each store's row counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planJustice } from './planJustice';
import type { GenerateOptions } from './seedOptions';
import { writeNamedStore } from './storeAccess';
import { type StoreLocations, type StoreName, storeStreams } from './storeStreams';

/** What the worker is asked to do. */
export interface StoreWorkerData {
  options: Required<GenerateOptions>;
  stores: StoreName[];
  locations: StoreLocations;
  /** The folder of the magistrates' content files. */
  documentsDir: string;
}

/** What the worker reports: a progress line, or a store's counts. */
export type StoreWorkerMessage = { log: string } | { store: StoreName; counts: Record<string, number> };

async function run(data: StoreWorkerData): Promise<void> {
  const streams = storeStreams(planJustice(data.options));
  const post = (message: StoreWorkerMessage): void => parentPort?.postMessage(message);
  for (const name of data.stores) {
    const counts = await writeNamedStore(
      streams,
      name,
      data.locations[name],
      (line) => post({ log: line }),
      data.documentsDir,
    );
    post({ store: name, counts });
  }
}

if (parentPort) void run(workerData as StoreWorkerData);
