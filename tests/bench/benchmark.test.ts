import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from '../../bench/report/benchReport';
import { formatReport } from '../../bench/report/formatReport';
import { runBenchmark } from '../../bench/runBenchmark';
import { GATEWAY_KINDS, GATEWAY_LABELS, PEER_KINDS } from '../../bench/system/gatewayKinds';
import {
  describeRefusal,
  readTrapLog,
  trapLogIn,
  trappedEnvironment,
} from '../support/outbound/outboundTrapLog';
import { TEST_SCALE } from '../support/seededDataDir';
import { copySqliteTemplate } from '../support/sqliteTemplate';
import { seededDirFor } from '../../bench/system/benchData';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The benchmark at a tiny size, so that it cannot rot: every gateway measured (this one traced too), each answer checked.
let report: BenchReport;
const dataRoot = mkdtempSync(join(tmpdir(), 'justice-bench-test-'));
// The run's seeded stores, where the benchmark looks for its data set at this scale: it seeds only without them.
copySqliteTemplate(seededDirFor(TEST_SCALE, dataRoot));
// Every Node process the benchmark starts (subgraphs, gateways, the bare server) inherits the outbound trap; Grafbase,
// a native binary, cannot (rustPeerAnswers.test.ts checks its sockets).
const trapLog = trapLogIn(dataRoot);
const environmentBefore = { ...process.env };

beforeAll(async () => {
  Object.assign(process.env, trappedEnvironment(trapLog, { NODE_OPTIONS: process.env.NODE_OPTIONS }));
  report = await runBenchmark(
    {
      scale: TEST_SCALE,
      seconds: 1,
      // Not measured here, only run; but a gateway's first requests plan the operations (Hive's Rust planner loads
      // then too), and on a busy machine those took more than the second measured, which then counted none. Half a
      // second of warm-up a gateway and workload sends them, and the measurements come after every warm-up.
      warmUpSeconds: 0.5,
      connections: 4,
      rounds: 1,
      workloads: ['journey', 'booking'],
      gateways: [...GATEWAY_KINDS],
      latencySamples: 5,
      compareScale: null,
      out: null,
      dataRoot,
    },
    'jest tests/bench',
    () => undefined,
  );
}, 300_000);

afterAll(() => {
  process.env.NODE_OPTIONS = environmentBefore.NODE_OPTIONS;
  if (environmentBefore.NODE_OPTIONS === undefined) delete process.env.NODE_OPTIONS;
  delete process.env.OUTBOUND_TRAP_LOG;
  rmSync(dataRoot, { recursive: true, force: true });
});

describe('the benchmark at a tiny size', () => {
  it('runs every gateway and subgraph without any of them reaching past loopback', () => {
    const { loadedPids, refused } = readTrapLog(trapLog);
    // Four subgraphs and every gateway on Node at the least, each with the trap preloaded.
    const nodeGateways = GATEWAY_KINDS.filter((kind) => kind !== 'grafbase');
    expect(loadedPids.size).toBeGreaterThanOrEqual(4 + nodeGateways.length);
    expect(refused.map(describeRefusal)).toEqual([]);
  });

  it.each([...GATEWAY_KINDS])('measures %s under every workload, with no errors', (gateway) => {
    for (const workload of ['journey', 'booking'] as const) {
      const summary = report.summaries.find(
        (candidate) => candidate.workload === workload && candidate.gateway === gateway,
      );
      expect(summary?.requests).toBeGreaterThan(0);
      expect(summary?.errorCodes).toEqual({});
      expect(summary?.errors).toBe(0);
      expect(summary?.cpuMsPerRequest).toBeGreaterThan(0);
      expect(summary?.peakRssMb).toBeGreaterThan(0);
      expect(summary?.statementsPerRequest).toBeGreaterThan(0);
    }
  });

  it("measures each gateway's added latency on the journey from the client, and inside those on Node", () => {
    for (const gateway of GATEWAY_KINDS) {
      const added = report.addedLatency[gateway];
      expect(added?.samples).toBe(5);
      expect(added?.errors).toBe(0);
      expect(added?.criticalPathP50Ms).toBeGreaterThan(0);
      expect(added?.roundTripP50Ms).toBeGreaterThan(added?.criticalPathP50Ms ?? Number.POSITIVE_INFINITY);
      expect(added?.addedAtClientP50Ms).toBeGreaterThan(0);
      if (gateway === 'grafbase') {
        // A binary: no hook inside it, and the report says so rather than showing a figure.
        expect(added?.atGateway).toBeNull();
        continue;
      }
      // No subgraph is asked before the journey reaches the gateway, nor answers after the gateway has.
      expect(added?.atGateway?.beforeFirstFetchP50Ms).toBeGreaterThan(0);
      expect(added?.atGateway?.afterLastFetchP50Ms).toBeGreaterThan(0);
    }
    expect(formatReport(report)).toContain(`Not timed inside: ${GATEWAY_LABELS.grafbase}, a native binary`);
  });

  it('measures the transport floor: round trips to a bare server, less the time the server took', () => {
    const floor = report.transportFloor;
    expect(floor?.samples).toBe(5);
    expect(floor?.atServerP50Ms).toBeGreaterThan(0);
    expect(floor?.transportP50Ms).toBeGreaterThan(0);
    expect(floor?.roundTripP50Ms).toBeGreaterThan(floor?.atServerP50Ms ?? Number.POSITIVE_INFINITY);
    expect(formatReport(report)).toMatch(/Transport floor: 5 HTTP round trips/);
  });

  it('writes a report with a table for each workload, every ratio to every peer and the cost of tracing', () => {
    const markdown = formatReport(report);
    expect(markdown).toContain('### journey');
    expect(markdown).toContain('### booking');
    for (const workload of ['journey', 'booking']) {
      for (const peer of PEER_KINDS) {
        // req/s, CPU per request, p50, p95 and peak RSS, each a ratio.
        const row = new RegExp(
          `\\| ${workload} \\| ${escapeRegExp(GATEWAY_LABELS[peer])} (\\| \\d+\\.\\d\\dx ){5}\\|`,
        );
        expect(markdown).toMatch(row);
      }
    }
    // What each did per request: the peers, none of this gateway's security.
    for (const peer of PEER_KINDS) expect(markdown).toContain(`| ${GATEWAY_LABELS[peer]} | none`);
    expect(markdown).toMatch(/## Tracing overhead[\s\S]*\| journey \| \d+\.\d\d \| \d+\.\d\d \| \d+\.\d\dx/);
  });
});
