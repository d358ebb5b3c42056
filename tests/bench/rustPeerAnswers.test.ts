import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GatewayKind } from '../../bench/system/gatewayKinds';
import { PRISON_LIST_QUERY } from '../../bench/load/workloads';
import { withBenchSystem, type BenchSystem } from '../../bench/system/benchSystem';
import { JOURNEY_QUERY } from '../support/journeyQuery';
import { peerAddressesOf, staysOnTheMachine } from '../support/processSockets';
import { TEST_SCALE } from '../support/seededDataDir';
import { copySqliteTemplate } from '../support/sqliteTemplate';
import { seededDirFor } from '../../bench/system/benchData';

// The peers with Rust inside, before the benchmark measures them: do they answer what this gateway answers? At the
// tiny size, over the benchmark's own system (the same subgraph processes, data and callers it measures with).
const COMPARED: GatewayKind[] = ['justice', 'hive-rust-planner', 'grafbase'];
const JOURNEYS = 8;
const PRISON_PAGES = 2;

interface Answer {
  status: number;
  data?: unknown;
  errors?: unknown[];
}

interface SampleRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Seen {
  requests: SampleRequest[];
  answers: Map<GatewayKind, Answer[]>;
  grafbasePeers: string[];
  grafbaseHome: string[];
  /** Whether Hive Router's planner, a native addon, is loaded into the process of the row named after it. */
  rustPlannerLoaded: boolean;
}

const RUST_PLANNER_ADDON = 'hive_router_query_planner.linux-x64-gnu.node';

function hasLoaded(pid: number | undefined, library: string): boolean {
  return pid !== undefined && readFileSync(`/proc/${pid}/maps`, 'utf8').includes(library);
}

/** Journeys of people spread over the population, and the first page of two prisons' lists. */
function sampleRequests(system: BenchSystem): SampleRequest[] {
  const { pncIds, prisonersInCustody, pageSize } = system.population;
  const step = Math.max(1, Math.floor(pncIds.length / JOURNEYS));
  const journeys = pncIds
    .filter((_, index) => index % step === 0)
    .slice(0, JOURNEYS)
    .map((pncId) => ({ name: `journey of ${pncId}`, query: JOURNEY_QUERY, variables: { pncId } }));
  // The first page of the prisons holding most prisoners (at the tiny size, one prison alone fills a page).
  const held = new Map<string, number>();
  for (const { prisonCode } of prisonersInCustody) held.set(prisonCode, (held.get(prisonCode) ?? 0) + 1);
  const fullest = [...held].sort((a, b) => b[1] - a[1]).slice(0, PRISON_PAGES);
  const lists = fullest.map(([code]) => ({
    name: `list of ${code}`,
    query: PRISON_LIST_QUERY,
    variables: { code, first: pageSize, after: null },
  }));
  return [...journeys, ...lists];
}

async function ask(system: BenchSystem, kind: GatewayKind, request: SampleRequest): Promise<Answer> {
  const gateway = system.gateways.get(kind);
  if (!gateway) throw new Error(`${kind} is not running`);
  const token = system.tokens.caseworkers[0] ?? '';
  const response = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...system.headers(kind, token) },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const { data, errors } = (await response.json()) as Omit<Answer, 'status'>;
  return { status: response.status, data, errors };
}

let seen: Seen;
const dataRoot = mkdtempSync(join(tmpdir(), 'justice-rust-peers-'));
// The run's seeded stores, where the benchmark looks for its data set at this scale: it seeds only without them.
copySqliteTemplate(seededDirFor(TEST_SCALE, dataRoot));

beforeAll(async () => {
  seen = await withBenchSystem(
    TEST_SCALE,
    COMPARED,
    () => undefined,
    async (system) => {
      const requests = sampleRequests(system);
      const answers = new Map<GatewayKind, Answer[]>();
      for (const kind of COMPARED) {
        const answered: Answer[] = [];
        for (const request of requests) answered.push(await ask(system, kind, request));
        answers.set(kind, answered);
      }
      const grafbase = system.gateways.get('grafbase');
      return {
        requests,
        answers,
        grafbasePeers: grafbase ? peerAddressesOf(grafbase.pid) : [],
        grafbaseHome: readdirSync(join(system.data.runDir, 'grafbase', 'home')),
        rustPlannerLoaded: hasLoaded(system.gateways.get('hive-rust-planner')?.pid, RUST_PLANNER_ADDON),
      };
    },
    dataRoot,
  );
}, 120_000);

afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

describe('the Rust peers of the benchmark, on a sample of its requests', () => {
  it('asks about people and prisons with records, and this gateway answers each without errors', () => {
    expect(seen.requests.filter((request) => request.query === JOURNEY_QUERY)).toHaveLength(JOURNEYS);
    expect(seen.requests.filter((request) => request.query === PRISON_LIST_QUERY)).toHaveLength(PRISON_PAGES);
    const ours = seen.answers.get('justice') ?? [];
    seen.requests.forEach((request, index) => {
      const answer = ours[index];
      expect(answer?.status).toBe(200);
      expect(answer?.errors).toBeUndefined();
      if (request.query === JOURNEY_QUERY) {
        expect(answer?.data).toMatchObject({ offender: { pncId: request.variables.pncId } });
      } else {
        const list = answer?.data as { prison: { prisoners: unknown[] } };
        expect(list.prison.prisoners.length).toBeGreaterThan(0);
      }
    });
  });

  it.each([['hive-rust-planner'], ['grafbase']] as [GatewayKind][])(
    "%s answers every request exactly as this gateway does, with the subgraphs' checks passed",
    (kind) => {
      const ours = seen.answers.get('justice') ?? [];
      const theirs = seen.answers.get(kind) ?? [];
      expect(theirs).toHaveLength(seen.requests.length);
      theirs.forEach((answer, index) => {
        const request = seen.requests[index]?.name;
        expect({ request, ...answer }).toEqual({ request, ...ours[index] });
      });
    },
  );

  it("plans Hive Gateway's second row with Hive Router's Rust query planner", () => {
    expect(seen.rustPlannerLoaded).toBe(true);
  });

  it("runs Grafbase from the run's scratch folder, connected to nothing beyond loopback", () => {
    // `grafbase dev` unpacks its assets into its home: the run's folder, not the user's.
    expect(seen.grafbaseHome.length).toBeGreaterThan(0);
    expect(seen.grafbasePeers.length).toBeGreaterThan(0);
    expect(seen.grafbasePeers.filter((address) => !staysOnTheMachine(address))).toEqual([]);
  });
});
