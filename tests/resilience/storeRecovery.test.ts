import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { londonDateOf } from '@lib/time/londonTime';
import { storeApplicationName } from '@lib/store/postgresPool';
import { daysFromToday, handmadeDataDir, orderRow } from '../confiscation/support/handmadeStores';
import { financialInvestigatorOperation } from '../confiscation/support/registeredOperations';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';
import { withPostgresClient } from '../support/postgres/postgresAdmin';
import { testStoreEngine } from '../support/storeEngine';
import { testStoreLocation } from '../support/testStoreLocations';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { waitFor } from '../support/oneCommandSystem';

const ROOT = join(__dirname, '../..');
const POOL_SURVIVOR = join(__dirname, 'support/poolSurvivor.ts');

/**
 * A store that is locked, whose connections are cut, or that goes away answers STORE_UNAVAILABLE while it lasts and
 * serves again by itself once it is back: no restart of the subgraph, nothing written twice, nothing lost. On
 * PostgreSQL the confiscation store is reached through a proxy the test can cut, as a server that went away.
 */
const RECORD_PAYMENT = financialInvestigatorOperation('RecordConfiscationPayment');
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const ORDER = '250000001A';
const today = londonDateOf();
const engine = testStoreEngine();

let supergraph: RunningSupergraph;
let investigator: string;
let confiscationLocation: string;
let proxy: TcpProxy | undefined;

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: [
      orderRow({
        accountNumber: ORDER,
        orderedOn: daysFromToday(today, -100),
        amountOrderedPence: 100_000,
        timeToPayEnds: daysFromToday(today, 30),
      }),
    ],
  });
  confiscationLocation = testStoreLocation(dataDir, 'confiscation');
  const env: Record<string, string> = {};
  if (engine === 'postgres') {
    const server = new URL(confiscationLocation);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    server.port = String(proxy.port);
    env.CONFISCATION_DATABASE_URL = server.toString();
  }
  supergraph = await startSupergraph(dataDir, env);
  investigator = await supergraph.tokenFor('financial-investigator');
});

afterAll(async () => {
  await supergraph.stop();
  await proxy?.close();
});

type Account = { confiscationOrder: { amountPaid: string; payments: { paymentId: string }[] } | null };
type Paid = { recordConfiscationPayment: { replayed: boolean; order: { amountPaid: string } } };

const account = () => supergraph.queryAs<Account>(investigator, ACCOUNT, { accountNumber: ORDER });
const pay = (idempotencyKey: string) =>
  supergraph.queryAs<Paid>(investigator, RECORD_PAYMENT, {
    input: { accountNumber: ORDER, paidOn: today, source: 'VOLUNTARY', amount: '10.00', idempotencyKey },
  });
const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
const readiness = () =>
  fetch(supergraph.confiscation.graphqlUrl.replace('/graphql', '/health/ready')).then((r) => r.status);

/** Terminates, on the server, every connection of the confiscation store; returns how many there were. */
async function terminateConnections(): Promise<number> {
  const schema = new URL(confiscationLocation).searchParams.get('schema');
  const terminated = await withPostgresClient((admin) =>
    admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [
      storeApplicationName(schema),
    ]),
  );
  return terminated.rowCount ?? 0;
}

/** Asks until the answer has no errors, for at most `withinMs`; returns the last answer and how long it took. */
async function untilAnswered<Data>(ask: () => Promise<GraphQLResponse<Data>>, withinMs: number) {
  const started = Date.now();
  for (;;) {
    const response = await ask();
    if (!response.errors || Date.now() - started > withinMs)
      return { response, tookMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

if (engine === 'sqlite') {
  describe('a SQLite store whose write lock another process holds', () => {
    it('refuses the write with STORE_UNAVAILABLE, records nothing, and takes the same write once the lock is gone', async () => {
      const before = (await account()).data?.confiscationOrder?.payments.length;
      const locker = new SQLite(confiscationLocation);
      locker.exec('BEGIN IMMEDIATE');
      try {
        const refused = await pay('recovery-lock');
        expect(codeOf(refused)).toBe('STORE_UNAVAILABLE');
        expect(refused.errors?.[0]?.message).toBe('The confiscation store is unavailable; try again later');
        // Readers are not held up by a writer in WAL mode: the account still reads, unchanged.
        const during = await account();
        expect(during.errors).toBeUndefined();
        expect(during.data?.confiscationOrder?.payments).toHaveLength(before ?? -1);
      } finally {
        locker.exec('ROLLBACK');
        locker.close();
      }
      const retried = await pay('recovery-lock');
      expect(retried.errors).toBeUndefined();
      expect(retried.data?.recordConfiscationPayment.replayed).toBe(false);
      expect((await account()).data?.confiscationOrder?.payments).toHaveLength((before ?? -1) + 1);
    });
  });
}

if (engine === 'postgres') {
  describe('a PostgreSQL store', () => {
    it('replaces connections the server terminated: the next requests are answered and the subgraph lives on', async () => {
      expect((await account()).errors).toBeUndefined();
      expect(await terminateConnections()).toBeGreaterThan(0);
      const { response, tookMs } = await untilAnswered(account, 5000);
      expect(response.errors).toBeUndefined();
      expect(tookMs).toBeLessThan(5000);
      const paid = await pay('recovery-terminated');
      expect(paid.data?.recordConfiscationPayment.replayed).toBe(false);
    });

    it('survives, in a process of its own, connections terminated while idle in its pool', async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', POOL_SURVIVOR, confiscationLocation], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = once(child, 'exit');
      await waitFor(
        () => output.includes('ready'),
        20_000,
        () => `never ready: ${output}`,
      );
      await terminateConnections();
      // Time for the server's notice to reach the idle connection, where an unhandled error would end the process.
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.stdin.end('go\n');
      const [code] = (await exited) as [number | null];
      expect({ code, output }).toEqual({
        code: 0,
        output: expect.stringContaining('answered 42') as unknown,
      });
    });

    it('answers STORE_UNAVAILABLE while the server is unreachable, and serves again within seconds of its return', async () => {
      await proxy?.cut();
      const before = Date.now();
      const refused = await pay('recovery-gone');
      // Refused promptly, not after a hang: the pool gives up connecting after its connection timeout.
      expect(Date.now() - before).toBeLessThan(5000);
      expect(codeOf(refused)).toBe('STORE_UNAVAILABLE');
      expect(codeOf(await account())).toBe('STORE_UNAVAILABLE');
      expect(await readiness()).toBe(503);
      await proxy?.restore();
      const { response, tookMs } = await untilAnswered(() => pay('recovery-gone'), 5000);
      expect(response.errors).toBeUndefined();
      expect(tookMs).toBeLessThan(5000);
      // The refused attempt wrote nothing: the retry is the first payment under its key.
      expect(response.data?.recordConfiscationPayment.replayed).toBe(false);
      expect(await readiness()).toBe(200);
    });
  });
}
