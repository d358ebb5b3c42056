import {
  InsertQueryNode,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
} from 'kysely';

/**
 * Tells this process's relays that an event was committed to an outbox, so that they hand it on at once instead of
 * at their next look. Only a hint: what another process or replica commits is heard through PostgreSQL's NOTIFY
 * (outboxCommitListener.ts) or, on SQLite and while that is down, found by the relay's own polling.
 */
const listeners = new Set<() => void>();

/** Calls `listener` after each commit in this process that recorded an event; returns what stops it. */
export function onOutboxCommitted(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function outboxCommitted(): void {
  for (const listener of listeners) listener();
}

const OUTBOX_TABLE = 'event_outbox';

function recordsEvent(query: CompiledQuery): boolean {
  const node = query.query;
  return InsertQueryNode.is(node) && node.into?.table.identifier.name === OUTBOX_TABLE;
}

/**
 * A store's dialect whose driver signals each commit that inserted into the outbox. The signal is sent from the
 * driver because it is the one place that knows a transaction committed: events are recorded inside their
 * callers' transactions (recordEvent), which are opened in many stores, and a relay woken before the commit would
 * look, find nothing, and leave the event for its next poll. An insert outside a transaction signals once it is done.
 */
export function signallingOutboxCommits(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => signallingDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

function signallingDriver(driver: Driver): Driver {
  const watched = new WeakSet<DatabaseConnection>();
  const inTransaction = new WeakSet<DatabaseConnection>();
  const recorded = new WeakSet<DatabaseConnection>();
  // The connection is watched in place, as Kysely's own logging does, so that the statements the driver runs on it
  // (begin, commit) stay the ones Kysely logs and counts.
  const watch = (connection: DatabaseConnection) => {
    if (watched.has(connection)) return;
    watched.add(connection);
    const execute = connection.executeQuery.bind(connection);
    // Only an insert into the outbox waits on its result here: every other statement (the hot path: reads, the
    // audit log's appends) goes straight to the driver, with no promise of its own added.
    connection.executeQuery = <Row>(query: CompiledQuery) => {
      if (!recordsEvent(query)) return execute<Row>(query);
      return execute<Row>(query).then((result) => {
        if (inTransaction.has(connection)) recorded.add(connection);
        else outboxCommitted();
        return result;
      });
    };
  };
  return {
    init: () => driver.init(),
    async acquireConnection() {
      const connection = await driver.acquireConnection();
      watch(connection);
      return connection;
    },
    releaseConnection: (connection) => driver.releaseConnection(connection),
    async beginTransaction(connection, settings) {
      await driver.beginTransaction(connection, settings);
      inTransaction.add(connection);
      recorded.delete(connection);
    },
    async commitTransaction(connection) {
      const signal = recorded.delete(connection);
      inTransaction.delete(connection);
      await driver.commitTransaction(connection);
      if (signal) outboxCommitted();
    },
    async rollbackTransaction(connection) {
      recorded.delete(connection);
      inTransaction.delete(connection);
      await driver.rollbackTransaction(connection);
    },
    savepoint: driver.savepoint?.bind(driver),
    rollbackToSavepoint: driver.rollbackToSavepoint?.bind(driver),
    releaseSavepoint: driver.releaseSavepoint?.bind(driver),
    destroy: () => driver.destroy(),
  };
}
