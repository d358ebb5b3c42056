import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OpenDatabaseOptions } from '@lib/store/openDatabase';
import type { AuditEntry, AuditRecord } from './auditRecord';
import type { AuditWriterData, FromWriter, ToWriter } from './auditWriterMessages';

/** The SQLite audit log's writer, on a worker thread of its own. */
export interface AuditWriter {
  /** Writes one batch at the end of the chain; resolves once it is committed, rejects when it is not. */
  writeEntries(entries: AuditEntry[]): Promise<AuditRecord[]>;
  /** Closes the writer after the batches already sent are written, and ends the worker. */
  close(): Promise<void>;
  /** The worker writing now, if one is running (for tests and diagnostics). */
  worker(): Promise<Worker | undefined>;
}

type Pending = { resolve: (records: AuditRecord[]) => void; reject: (error: Error) => void };

const BOOTSTRAP = resolve(__dirname, 'auditWriterBootstrap.js');

/**
 * Starts the worker that appends to the SQLite audit log at `location` (already migrated) and resolves once its
 * connection is open. A worker that dies fails the batches it held and is started afresh for the next batch,
 * once; a second death leaves the writer failing every append (fail closed: the gateway answers
 * AUDIT_UNAVAILABLE) rather than dropping records. `onFailure` hears of each death.
 */
export async function startAuditWriter(
  location: string,
  options: OpenDatabaseOptions = {},
  onFailure: (error: Error) => void = (error) => console.error(`audit writer failed: ${error.message}`),
): Promise<AuditWriter> {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let restarts = 0;
  let closing = false;
  let broken: Error | undefined;

  function failAll(error: Error): void {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  function spawn(): Promise<Worker> {
    const data: AuditWriterData = { location, options };
    const worker = new Worker(BOOTSTRAP, { workerData: data });
    return new Promise<Worker>((ready, failed) => {
      let started = false;
      worker.on('message', (message: FromWriter) => {
        if (message.type === 'ready') {
          started = true;
          ready(worker);
        } else if (message.type === 'written' || message.type === 'failed') {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          if (message.type === 'written') waiting?.resolve(message.records);
          else waiting?.reject(Object.assign(new Error(message.message), { code: message.code }));
        }
      });
      const died = (error: Error) => {
        if (!started) {
          failed(error);
          return;
        }
        if (closing) return;
        current = undefined;
        const death = new Error(`The audit writer's worker stopped: ${error.message}`);
        failAll(death);
        onFailure(death);
        if (restarts >= 1) broken = death;
        restarts += 1;
      };
      worker.on('error', died);
      worker.on('exit', (code) => died(new Error(`exited with code ${code}`)));
    });
  }

  let current: Promise<Worker> | undefined = spawn();
  await current;

  return {
    async writeEntries(entries) {
      if (closing) throw new Error('The audit log is closed');
      if (broken) throw broken;
      current ??= spawn().catch((error: unknown) => {
        // The restart failed: every append fails closed from now on.
        broken = new Error(`The audit writer's worker could not be restarted: ${String(error)}`);
        onFailure(broken);
        throw broken;
      });
      const worker = await current;
      return new Promise<AuditRecord[]>((resolveBatch, rejectBatch) => {
        const id = nextId++;
        pending.set(id, { resolve: resolveBatch, reject: rejectBatch });
        const message: ToWriter = { type: 'write', id, entries };
        worker.postMessage(message);
      });
    },

    worker: () => (current ?? Promise.resolve(undefined)).catch(() => undefined),

    async close() {
      if (closing) return;
      closing = true;
      const worker = await current?.catch(() => undefined);
      if (!worker) return;
      // Messages are handled in order, so the batches already sent are written before the close.
      await new Promise<void>((closed) => {
        worker.once('exit', () => closed());
        worker.on('message', (message: FromWriter) => {
          if (message.type === 'closed') void worker.terminate().then(() => closed());
        });
        worker.postMessage({ type: 'close' } satisfies ToWriter);
      });
      failAll(new Error('The audit log was closed before the batch was written'));
    },
  };
}
