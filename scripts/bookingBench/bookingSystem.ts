/** The system the booking benchmark drives: seeded stores, the four subgraphs and the gateway, on loopback. */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@lib/store/openDatabase';
import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { freePort } from '../../bench/system/serviceProcess';
import { readGatewayConfig } from '../../gateway/src/gatewayConfig';
import { startGateway } from '../../gateway/src/startGateway';
import { seedIfEmpty, storeLocations } from '../../seed/seedStores';
import { startConfiscationSubgraph } from '../../subgraphs/confiscation/src/confiscationSubgraph';
import { startCourtsSubgraph } from '../../subgraphs/courts/src/courtsSubgraph';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import { startPnomisSubgraph } from '../../subgraphs/pnomis/src/pnomisSubgraph';
import { createStoreWriter } from '../../subgraphs/visits/src/store/storeWriter';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';
import { startVisitsSubgraph } from '../../subgraphs/visits/src/visitsSubgraph';

/** Where time went inside the visits subgraph, when it runs in this process. */
export const timings = { pnomisMs: 0, pnomisCalls: 0, batches: 0, batchedWrites: 0, batchMs: 0 };

/** A temporary data folder: a copy of the seeded stores of `seededDir`, or freshly seeded at `scale`. */
export async function prepareDataDir(seededDir: string | undefined, scale: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-bookings-'));
  if (seededDir) {
    // Copies the seeded stores, so that the bookings written here leave the original untouched.
    const from = storeLocations(seededDir);
    const to = storeLocations(dataDir);
    for (const name of Object.keys(from) as (keyof typeof from)[]) {
      for (const suffix of ['', '-wal']) {
        if (existsSync(`${from[name]}${suffix}`))
          copyFileSync(`${from[name]}${suffix}`, `${to[name]}${suffix}`);
      }
    }
    copyFileSync(join(seededDir, 'manifest.json'), join(dataDir, 'manifest.json'));
    console.log(`Copied the seeded stores of ${seededDir} to ${dataDir}`);
  } else {
    const started = Date.now();
    await seedIfEmpty({ dataDir, scale, parallel: true });
    console.log(`Seeded ${dataDir} at scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return dataDir;
}

/** A subgraph run as a process of its own (`node --import tsx subgraphs/<name>/src/main.ts`), once ready. */
async function spawnSubgraph(name: 'pnomis' | 'visits', env: Record<string, string | undefined>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/main.ts`], {
    cwd: join(__dirname, '../..'),
    env: { ...env, [`${name.toUpperCase()}_PORT`]: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 300) throw new Error(`the ${name} subgraph did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    graphqlUrl: `${url}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Measures the store's group commits and the live P-Nomis look-ups of an in-process visits subgraph. */
function instrument(visits: Awaited<ReturnType<typeof startVisitsSubgraph>>): void {
  const booking = visits.visits.booking;
  booking.writer = createStoreWriter(visits.visits.database, {
    onBatch: (writes, ms) => {
      timings.batches += 1;
      timings.batchedWrites += writes;
      timings.batchMs += ms;
    },
  });
  const locator = booking.locator;
  booking.locator = {
    locate: async (prisonNumber, credential) => {
      const started = performance.now();
      try {
        return await locator.locate(prisonNumber, credential);
      } finally {
        timings.pnomisMs += performance.now() - started;
        timings.pnomisCalls += 1;
      }
    },
  };
}

/** P-Nomis and visits, in this process (measured) or, with --split, each in a process of its own. */
async function startBookingSubgraphs(env: Record<string, string | undefined>, split: boolean) {
  if (split) {
    const pnomis = await spawnSubgraph('pnomis', env);
    const visits = await spawnSubgraph('visits', { ...env, VISITS_PNOMIS_URL: pnomis.graphqlUrl });
    return { pnomis, visits };
  }
  const pnomis = await startPnomisSubgraph(readSubgraphConfig('PNOMIS', 0, env));
  const visits = await startVisitsSubgraph(readSubgraphConfig('VISITS', 0, env), {
    ...env,
    VISITS_PNOMIS_URL: pnomis.graphqlUrl,
  });
  instrument(visits);
  return { pnomis, visits };
}

/** The subgraphs and the gateway, each on a free loopback port, and read-only views of the stores the bench checks. */
export async function startSystem(dataDir: string, split: boolean) {
  const env = { ...process.env, LOG_LEVEL: 'silent', DATA_DIR: dataDir };
  const [{ pnomis, visits }, courts, confiscation] = await Promise.all([
    startBookingSubgraphs(env, split),
    startCourtsSubgraph(readSubgraphConfig('COURTS', 0, env)),
    startConfiscationSubgraph(readSubgraphConfig('CONFISCATION', 0, env)),
  ]);
  const gateway = await startGateway(
    readGatewayConfig({
      ...env,
      GATEWAY_PORT: '0',
      SUBGRAPH_COURTS_URL: courts.graphqlUrl,
      SUBGRAPH_PNOMIS_URL: pnomis.graphqlUrl,
      SUBGRAPH_VISITS_URL: visits.graphqlUrl,
      SUBGRAPH_CONFISCATION_URL: confiscation.graphqlUrl,
    }),
  );
  // A connection of the bench's own to each store it reads (SQLite's WAL lets it read beside the subgraphs).
  const pnomisStore = openDatabase<PnomisTables>(storeLocations(dataDir).pnomis);
  const visitsStore = openDatabase<VisitsTables>(storeLocations(dataDir).visits);
  return {
    env,
    gateway,
    pnomisDb: pnomisStore.db,
    visitsDb: visitsStore.db,
    stop: async () => {
      await gateway.stop();
      await Promise.all([courts.stop(), pnomis.stop(), visits.stop(), confiscation.stop()]);
      await Promise.all([pnomisStore.close(), visitsStore.close()]);
    },
  };
}

/** The running system. */
export type System = Awaited<ReturnType<typeof startSystem>>;
