import { Client } from 'pg';
import { postgresStoreConnection, storeApplicationName } from '../store/postgresPool';
import { outboxCommitChannel } from './outboxCommitNotice';

/** A LISTEN connection to one PostgreSQL store's outbox channel. */
export interface OutboxCommitListener {
  /** Ends the connection and any retry; resolves once nothing of it is left open. */
  close(): Promise<void>;
}

/** The waits between attempts to listen again after the connection is lost: doubling from first to longest. */
export interface ListenRetry {
  firstMs: number;
  longestMs: number;
}

const DEFAULT_RETRY: ListenRetry = { firstMs: 200, longestMs: 10_000 };

/**
 * The application name of a store's listening connection in pg_stat_activity, so an operator can tell it from the
 * store's pool. PostgreSQL keeps 63 bytes of it: the end that names the store is kept, what comes first is cut.
 */
export function outboxListenerApplicationName(schema: string | null): string {
  const name = `outbox-listener/${storeApplicationName(schema)}`;
  return name.length > 63 ? name.slice(name.length - 63) : name;
}

/**
 * Holds a connection of its own to the PostgreSQL store at `location` that LISTENs on the store's outbox channel
 * (outboxCommitNotice.ts), and calls `onCommitted` for each commit, in any process, that recorded an event. Only a
 * way to hear sooner: should the connection drop, it is opened again with doubling waits while the relay goes on
 * polling, and `onCommitted` is called once it listens again (a notice sent meanwhile was lost).
 */
export function listenForOutboxCommits(
  location: string,
  onCommitted: () => void,
  log: (message: string, error: unknown) => void,
  retry: ListenRetry = DEFAULT_RETRY,
): OutboxCommitListener {
  const { connectionString, schema } = postgresStoreConnection(location);
  let listening: Client | null = null;
  let connecting: Promise<void> | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let wait = retry.firstMs;
  let listenedBefore = false;
  let closed = false;

  const listenLater = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      listen();
    }, wait);
    wait = Math.min(wait * 2, retry.longestMs);
  };
  const lost = (client: Client, error: unknown) => {
    // Only the connection in use counts: one still connecting reports its failure through connect() below.
    if (listening !== client) return;
    listening = null;
    void client.end().catch(() => undefined);
    if (closed) return;
    log('listening for outbox commits lost; polling until it listens again', error);
    listenLater();
  };
  const listen = () => {
    const client = new Client({
      connectionString,
      connectionTimeoutMillis: 2000,
      keepAlive: true,
      application_name: outboxListenerApplicationName(schema),
    });
    // Without a listener, an error on the connection (the server restarted, the backend terminated) would be
    // uncaught and end the process.
    client.on('error', (error) => lost(client, error));
    client.on('end', () => lost(client, new Error('the connection ended')));
    client.on('notification', () => onCommitted());
    connecting = (async () => {
      try {
        await client.connect();
        const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
        const channel = outboxCommitChannel(rows[0]?.schema ?? 'public');
        await client.query(`listen "${channel.replaceAll('"', '""')}"`);
      } catch (error) {
        await client.end().catch(() => undefined);
        if (!closed) {
          log('not listening for outbox commits yet; polling until it does', error);
          listenLater();
        }
        return;
      }
      if (closed) {
        await client.end().catch(() => undefined);
        return;
      }
      listening = client;
      wait = retry.firstMs;
      // Listening again: what was committed while it was not went unheard, so the relay is told to look now.
      if (listenedBefore) onCommitted();
      listenedBefore = true;
    })().finally(() => {
      connecting = null;
    });
  };

  listen();
  return {
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      await connecting;
      const client = listening;
      listening = null;
      await client?.end().catch(() => undefined);
    },
  };
}
