import { purposeHeaders } from '../support/purposeHeaders';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { compiledEntry } from '@lib/config/processCommands';
import { createDevToken } from '../../scripts/token';
import type { SeedManifest } from '../../seed/seedManifest';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';
import { startOneCommandSystem, waitFor, type OneCommandSystem } from '../support/oneCommandSystem';
import { seededDataDir } from '../support/seededDataDir';
import type { GraphQLResponse } from '../support/startSupergraph';

const SERVICES = ['courts', 'pnomis', 'visits', 'confiscation', 'gateway'];

/**
 * The one-command system as an operator meets it: `npm start`'s compiled supervisor and its five services, each a
 * process. A subgraph killed with SIGKILL costs only its own fields while it is restarted; Ctrl-C (SIGINT to every
 * process of the group), followed by the supervisor's SIGTERM, stops every service once and cleanly, and the
 * audit log it leaves verifies.
 */
describe('npm start, supervised', () => {
  let dataDir: string;
  let manifest: SeedManifest;
  let system: OneCommandSystem;
  const output = () => system.output();
  let token: string;

  beforeAll(async () => {
    ({ dataDir, manifest } = await seededDataDir());
    system = await startOneCommandSystem({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    token = await createDevToken(['--agency', 'offender-manager'], { ...process.env, DATA_DIR: dataDir });
  }, 150_000);

  afterAll(() => {
    system.kill();
    for (const pid of Object.values(currentPids())) killQuietly(pid, 'SIGKILL');
  });

  /** The pid of each service, as the supervisor last started it. */
  function currentPids(): Record<string, number> {
    const pids: Record<string, number> = {};
    for (const match of output().matchAll(/supervisor: (\w+) started \(pid (\d+)\)/g)) {
      pids[match[1] ?? ''] = Number(match[2]);
    }
    return pids;
  }

  async function journey(): Promise<GraphQLResponse<JourneyData>> {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...purposeHeaders(token, 'Checking the system survives a crash'),
      },
      body: JSON.stringify({
        query: JOURNEY_QUERY,
        variables: { pncId: manifest.samples.fullJourney[0]?.pncId },
      }),
    });
    return (await response.json()) as GraphQLResponse<JourneyData>;
  }

  it('answers a journey from every system', async () => {
    const answer = await journey();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.offender?.magistratesCases?.length).toBeGreaterThan(0);
  });

  it('goes on serving the other systems while a killed subgraph is restarted, then serves it again', async () => {
    const killed = currentPids().courts;
    if (!killed) throw new Error(`no pid for courts in:\n${output()}`);
    process.kill(killed, 'SIGKILL');
    await waitFor(
      () => output().includes('courts exited unexpectedly (signal SIGKILL)'),
      10_000,
      () => `no restart logged:\n${output().slice(-2000)}`,
    );
    const partial = await journey();
    // Custody comes from P-Nomis, which is up; the courts' fields fail with the system named.
    expect(partial.data?.offender?.custody?.status).toBeDefined();
    expect(partial.errors?.map((error) => error.extensions?.subgraph)).toContain('courts');
    expect(partial.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');

    await waitFor(
      () => (currentPids().courts ?? killed) !== killed,
      15_000,
      () => 'courts not restarted',
    );
    let recovered: GraphQLResponse<JourneyData> | undefined;
    await waitForAsync(async () => {
      recovered = await journey();
      return recovered.errors === undefined;
    }, 30_000);
    expect(recovered?.data?.offender?.magistratesCases?.length).toBeGreaterThan(0);
  }, 60_000);

  it('stops every service once on Ctrl-C followed by SIGTERM, all exiting 0, the audit chain intact', async () => {
    const pids = currentPids();
    const exited = once(system.supervisor, 'exit');
    // Ctrl-C: the terminal sends SIGINT to every process of the group; then SIGTERM to each, as a second try.
    for (const pid of [system.supervisor.pid ?? 0, ...Object.values(pids)]) killQuietly(pid, 'SIGINT');
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    for (const pid of [system.supervisor.pid ?? 0, ...Object.values(pids)]) killQuietly(pid, 'SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    for (const name of SERVICES) expect(output()).toContain(`supervisor: ${name} stopped (exit code 0)`);
    expect(output()).not.toMatch(/failed to stop|ERR_SERVER_NOT_RUNNING/);
    const verified = execFileSync(process.execPath, [compiledEntry('scripts/audit-verify')], {
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(verified).toMatch(/^audit chain intact: [1-9]\d* records/);
  }, 40_000);
});

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}
