import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '@lib/store/openDatabase';
import { createEntryWriter } from './appendEntries';
import type { AuditTables } from './auditTables';
import type { AuditWriterData, FromWriter, ToWriter } from './auditWriterMessages';

/**
 * The SQLite audit writer's worker thread: it owns the connection that appends to the log, so that each batch's
 * transaction and its sync to disk (better-sqlite3 is synchronous) block this thread, not the gateway's event
 * loop. Batches arrive one at a time (group commit waits for each before sending the next) and are answered by id.
 */
const port = parentPort;
if (!port) throw new Error('auditWriterWorker runs only as a worker thread');
const { location, options } = workerData as AuditWriterData;
const database = openDatabase<AuditTables>(location, {
  ...options,
  sqliteSynchronous: options.sqliteSynchronous ?? 'FULL',
});
const writeEntries = createEntryWriter(database);

const reply = (message: FromWriter) => port.postMessage(message);
// Every batch received and not yet answered: the close waits for them, so no batch sent is left unwritten.
const inFlight = new Set<Promise<void>>();

port.on('message', (message: ToWriter) => {
  if (message.type === 'close') {
    void Promise.allSettled([...inFlight])
      .then(() => database.close())
      .finally(() => {
        reply({ type: 'closed' });
        port.close();
      });
    return;
  }
  const written = writeEntries(message.entries).then(
    (records) => reply({ type: 'written', id: message.id, records }),
    (error: unknown) =>
      reply({
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
        code: typeof error === 'object' && error && 'code' in error ? String(error.code) : undefined,
      }),
  );
  inFlight.add(written);
  void written.finally(() => inFlight.delete(written));
});
reply({ type: 'ready' });
