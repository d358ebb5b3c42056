import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createDevToken } from '../../scripts/token';
import type { SeedManifest } from '../../seed/seedManifest';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { startOneCommandSystem, waitFor, type OneCommandSystem } from '../support/oneCommandSystem';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlpReceiver';
import { purposeHeaders } from '../support/purposeHeaders';
import { seededDataDir } from '../support/seededDataDir';
import { testStoreEngine } from '../support/storeEngine';
import { storeEnvironment } from '../support/testStoreLocations';

const PERSON_QUERY = /* GraphQL */ `
  #graphql
  query TracedJourney($pncId: ID, $eventsOf: String) {
    offender(pncId: $pncId) {
      pncId
      prisonNumber
      custody {
        firstName
        lastName
        dateOfBirth
      }
      magistratesCases {
        urn
      }
      visits {
        reference
      }
      confiscationOrders {
        accountNumber
      }
      timeline {
        summary
      }
    }
    # What the caseworker's page shows beside the journey: the person's recent events, from notifications.
    recentEvents(pncId: $eventsOf) {
      id
    }
  }
`;

/** How a store statement's span is named: by the pg instrumentation on PostgreSQL, by the store on SQLite. */
const STATEMENT_SPAN = testStoreEngine() === 'postgres' ? 'pg.query' : 'sqlite.query';

/** OTLP's kind of a server's span. */
const SERVER = 2;

interface Person {
  pncId: string;
  prisonNumber: string;
  custody: { firstName: string; lastName: string; dateOfBirth: string } | null;
}

/** A W3C traceparent as a traced caller sends it: a new trace, sampled. */
function callerTraceparent(): { traceId: string; header: string } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, header: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
}

/** The PNC ID's short form (`2015/0123456X` → `15/123456X`), in which a log or span could also name someone. */
function shortPncId(pncId: string): string {
  const [year = '', rest = ''] = pncId.split('/');
  return `${year.slice(2)}/${rest.replace(/^0+/, '')}`;
}

/**
 * The one-command system (each service a process, as deployed) with OTLP export to a collector on loopback: a
 * traced caller's journey is one trace across the gateway and every subgraph, the store statements and the audit
 * write are spans in it, the services' log lines carry its trace id, and nothing personal is in what is exported.
 */
describe('distributed tracing, exported to an OTLP collector', () => {
  let receiver: OtlpReceiver;
  let system: OneCommandSystem;
  let dataDir: string;
  let manifest: SeedManifest;
  const journeyTrace = callerTraceparent();
  const lookUpTrace = callerTraceparent();
  const refusedTrace = callerTraceparent();
  const sentValues: string[] = [];

  const tokenFor = (agency: string) =>
    createDevToken(['--agency', agency, '--subject', `traced-${agency}`], {
      ...process.env,
      DATA_DIR: dataDir,
    });

  const headersFor = (token: string, traceparent: string) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    traceparent,
    ...purposeHeaders(token, 'Tracing check for case 4471'),
  });

  beforeAll(async () => {
    ({ dataDir, manifest } = await seededDataDir());
    receiver = await startOtlpReceiver();
    system = await startOneCommandSystem({
      ...process.env,
      DATA_DIR: dataDir,
      // The stores, the audit log included, on the project's engine (PostgreSQL: the pg instrumentation's spans).
      ...storeEnvironment(dataDir),
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      // Export within a tenth of a second, so the test need not wait for the default five.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 150_000);

  afterAll(async () => {
    system.kill();
    await receiver.close();
  });

  it('answers a traced caller, looks a person up in the audit trail and refuses a malformed PNC ID', async () => {
    const sample = manifest.samples.fullJourney[0];
    if (!sample) throw new Error('the seed has no full-journey sample');
    const manager = await tokenFor('offender-manager');
    const journey = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: headersFor(manager, journeyTrace.header),
      body: JSON.stringify({
        query: PERSON_QUERY,
        variables: { pncId: sample.pncId, eventsOf: sample.pncId },
      }),
    });
    const answer = (await journey.json()) as { data?: { offender: Person }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    const person = answer.data?.offender;
    expect(person?.custody).not.toBeNull();
    sentValues.push(sample.pncId, shortPncId(sample.pncId), sample.prisonNumber, manager);
    if (person?.custody) sentValues.push(person.custody.lastName, person.custody.dateOfBirth);

    const officer = await tokenFor('data-protection-officer');
    const lookUp = await fetch(
      `${system.gatewayUrl.replace(/\/graphql$/, '')}/audit/consultations?pncId=${encodeURIComponent(sample.pncId)}`,
      { headers: headersFor(officer, lookUpTrace.header) },
    );
    expect(lookUp.status).toBe(200);

    // A malformed identifier written into the document: the refusal's message quotes it.
    const malformed = '2012/0052494A';
    const refused = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: headersFor(manager, refusedTrace.header),
      body: JSON.stringify({ query: `{ offender(pncId: "${malformed}") { prisonNumber } }` }),
    });
    const refusal = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refusal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    sentValues.push(malformed);
  });

  it("follows the caller's trace through the gateway into every subgraph, with store and audit spans", async () => {
    const expectedServices = ['justice-gateway', ...SUBGRAPHS.map((subgraph) => `justice-${subgraph.name}`)];
    const inTrace = () => receiver.spans().filter((span) => span.traceId === journeyTrace.traceId);
    const gatewaySpanNames = () =>
      new Set(
        inTrace()
          .filter((span) => span.service === 'justice-gateway')
          .map((span) => span.name),
      );
    // Each process exports on its own timer, and the gateway's root and audit spans end last (after the answer
    // is written): wait for those too, not only for a span from every service.
    await waitFor(
      () => {
        const services = new Set(inTrace().map((span) => span.service));
        const gateway = gatewaySpanNames();
        return (
          expectedServices.every((service) => services.has(service)) &&
          gateway.has('gateway.request') &&
          gateway.has('audit.write')
        );
      },
      15_000,
      () =>
        `services in the trace: ${[...new Set(inTrace().map((span) => span.service))].join(', ')}; ` +
        `gateway spans: ${[...gatewaySpanNames()].join(', ')}`,
    );
    const spans = inTrace();
    const names = (service: string) =>
      new Set(spans.filter((span) => span.service === service).map((span) => span.name));
    expect([...names('justice-gateway')]).toEqual(
      expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch', 'audit.write']),
    );
    for (const subgraph of SUBGRAPHS) {
      const own = spans.filter((span) => span.service === `justice-${subgraph.name}`);
      // Each subgraph's server span is a child of a span of the gateway's, in the caller's trace.
      const server = own.filter((span) => span.kind === SERVER);
      expect(server.length).toBeGreaterThan(0);
      const ids = new Set(spans.map((span) => span.spanId));
      expect(server.every((span) => ids.has(span.parentSpanId))).toBe(true);
      expect(own.some((span) => span.name.startsWith(`${STATEMENT_SPAN}:SELECT`))).toBe(true);
    }
    // The root of the gateway's part is a child of the caller's span, not a trace of its own.
    const gatewayServer = spans.find((span) => span.service === 'justice-gateway' && span.kind === SERVER);
    expect(gatewayServer?.parentSpanId).toBe(journeyTrace.header.split('-')[2]);
  });

  it('writes the trace id into the log lines of the gateway and of the subgraphs', () => {
    const lines = system
      .output()
      .split('\n')
      .filter((line) => line.includes(`"trace_id":"${journeyTrace.traceId}"`));
    const services = new Set(lines.map((line) => (JSON.parse(line) as { service: string }).service));
    expect([...services]).toEqual(
      expect.arrayContaining(['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)]),
    );
  });

  it('exports no identifier, name, date of birth, token or purpose text, and nothing but traces', async () => {
    await waitFor(
      () =>
        receiver.spans().some((span) => span.traceId === refusedTrace.traceId) &&
        // The look-up's HTTP server span ends last, and may come in a later export batch than its other spans.
        receiver.spans().some((span) => span.traceId === lookUpTrace.traceId && span.kind === SERVER),
      15_000,
      () => 'the look-up and the refusal were not exported',
    );
    const exported = receiver.bodies.join('\n');
    expect(sentValues.length).toBeGreaterThanOrEqual(6);
    // As sent, and as a URL carries them (the look-up's query string).
    const forms = sentValues.flatMap((value) => [value, encodeURIComponent(value)]);
    expect(forms.filter((value) => exported.includes(value))).toEqual([]);
    expect(exported).not.toContain('Tracing check for case 4471');
    const keys = new Set(receiver.spans().flatMap((span) => Object.keys(span.attributes)));
    const personal = [
      'graphql.source',
      'graphql.document',
      'client.address',
      'user_agent.original',
      'http.user_agent',
    ];
    expect(personal.filter((key) => keys.has(key))).toEqual([]);
    // The audit look-up's URL is kept without its query.
    const lookUpTargets = receiver
      .spans()
      .filter((span) => span.traceId === lookUpTrace.traceId)
      .map((span) => span.attributes['http.target'] ?? span.attributes['url.path']);
    expect(lookUpTargets).toContain('/audit/consultations');
    expect(new Set(receiver.paths)).toEqual(new Set(['/v1/traces']));
  });

  it('flushes and stops on Ctrl-C', async () => {
    const exited = once(system.supervisor, 'exit');
    system.supervisor.kill('SIGINT');
    await exited;
    expect(system.output()).toContain('gateway stopped');
  }, 30_000);
});
