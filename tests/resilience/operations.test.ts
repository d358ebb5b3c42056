import { Readable } from 'node:stream';
import { ageStoredContent } from '../courts/support/agedContent';
import { purposeHeaders } from '../support/purposeHeaders';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { registeredOperation } from '../visits/support/visitsFixture';
import { JOURNEY_QUERY } from '../support/journeyQuery';

let supergraph: RunningSupergraph;
let dataDir: string;
let supergraphPath: string;
let logFile: string;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraphPath = join(dataDir, 'supergraph.graphql');
  copyFileSync(resolve(__dirname, '../../schema/supergraph.graphql'), supergraphPath);
  logFile = join(dataDir, 'services.log');
  supergraph = await startSupergraph(dataDir, {
    SUPERGRAPH_PATH: supergraphPath,
    LOG_LEVEL: 'info',
    LOG_FILE: logFile,
  });
});

afterAll(() => supergraph.stop());

function metricValue(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** The sum of a metric over every series whose labels include `label`. */
function metricSum(text: string, name: string, label: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && line.includes(label))
    .reduce((total, line) => total + Number(line.split(' ').pop()), 0);
}

async function scrape(url: string): Promise<string> {
  return (await fetch(`${url}/metrics`)).text();
}

describe('metrics', () => {
  it('count requests by operation and outcome, and subgraph fetches by subgraph', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    const before = await scrape(supergraph.gateway.url);
    for (let index = 0; index < 3; index += 1)
      await supergraph.queryAs(token, JOURNEY_QUERY, { pncId: sample.pncId });
    const after = await scrape(supergraph.gateway.url);
    // Journey is the caseworker's own operation, not a registered one: it is counted as "unregistered".
    const requests = (text: string) =>
      metricValue(text, 'justice_gateway_requests_total', 'operation="unregistered",outcome="success"');
    const courtsFetches = (text: string) =>
      metricValue(text, 'justice_gateway_subgraph_fetch_duration_seconds_count', 'subgraph="courts"');
    expect(requests(after) - requests(before)).toBe(3);
    expect(courtsFetches(after) - courtsFetches(before)).toBeGreaterThanOrEqual(3);
    expect(
      metricValue(after, 'justice_gateway_audit_writes_total', 'result="written"'),
    ).toBeGreaterThanOrEqual(3);
    expect(
      metricValue(after, 'justice_gateway_authorization_decisions_total', 'cache="hit"'),
    ).toBeGreaterThanOrEqual(2);
    const subgraph = await scrape(supergraph.courts.url);
    // The gateway names its subgraph operations after the caller's (Journey__courts__1, ...): the subgraphs
    // label them by kind instead.
    expect(
      metricSum(subgraph, 'justice_subgraph_requests_total', 'operation="entities",outcome="success"'),
    ).toBeGreaterThanOrEqual(3);
  });

  it('label operations from a closed set: made-up names add no series, registered ones are named', async () => {
    const seriesOf = (text: string) =>
      text.split('\n').filter((line) => /^justice_(gateway|subgraph)_request/.test(line)).length;
    const gatewayBefore = seriesOf(await scrape(supergraph.gateway.url));
    const subgraphBefore = seriesOf(await scrape(supergraph.pnomis.url));
    const staff = await supergraph.tokenFor('offender-manager');
    // Anonymous and signed-in callers, each with a name of their own choosing, 60 times.
    for (let index = 0; index < 60; index += 1) {
      const name = `MadeUp${index}x${Math.random().toString(36).slice(2, 8)}`;
      await supergraph.query(`query ${name} { __typename }`);
      await supergraph.queryAs(staff, `query ${name} { prison(code: "LEI") { name } }`);
    }
    const gatewayAfter = await scrape(supergraph.gateway.url);
    // At most the "unregistered" label's own series appear (one counter and its histogram's buckets).
    expect(seriesOf(gatewayAfter) - gatewayBefore).toBeLessThanOrEqual(20);
    expect(gatewayAfter).not.toMatch(/MadeUp/);
    expect(seriesOf(await scrape(supergraph.pnomis.url)) - subgraphBefore).toBeLessThanOrEqual(5);

    const booker = await supergraph.tokenFor('public-visit-booker');
    await supergraph.queryAs(booker, registeredOperation('VisitAvailabilityForPrisoner'), {
      prisonNumber: sample.prisonNumber,
      from: '2026-01-01',
      to: '2026-01-02',
    });
    expect(await scrape(supergraph.gateway.url)).toMatch(/operation="VisitAvailabilityForPrisoner"/);
  });
});

describe('logs', () => {
  it('follow one request from the gateway into each subgraph by its request id, with no personal data', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    const requestId = `trace-${Date.now()}`;
    await supergraph.query(
      JOURNEY_QUERY,
      { pncId: sample.pncId },
      {
        authorization: `Bearer ${token}`,
        ...purposeHeaders(token, 'Log test'),
        'x-request-id': requestId,
      },
    );
    const lines = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as { service: string; requestId: string });
    expect(new Set(lines.map((line) => line.service))).toEqual(
      new Set(['gateway', 'courts', 'pnomis', 'visits', 'confiscation']),
    );
    const log = readFileSync(logFile, 'utf8');
    expect(log).not.toContain(sample.pncId);
    expect(log).not.toContain(sample.prisonNumber);
    expect(log).not.toContain(token);
  });

  it("carry what a subgraph's services report besides requests, as JSON lines of its service", async () => {
    // Content no document refers to, stored two days ago: the courts' sweep removes it and says so.
    const courts = supergraph.courts.system;
    const { sha256 } = await courts.documents.content.put(
      Readable.from([Buffer.from(`unreferenced ${Date.now()}`)]),
    );
    await ageStoredContent(courts, sha256, 2 * 86_400);
    expect((await courts.contentSweep.run()).removed).toBe(1);
    const reported = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('unreferenced document contents'));
    const lines = reported.map((line) => JSON.parse(line) as { service: string; level: number; msg: string });
    expect(
      lines.map(({ service, level, msg }) => [service, level, msg.split(' ').slice(0, 2).join(' ')]),
    ).toEqual([['courts', 40, 'Removed 1']]);
  });
});

describe('a new supergraph pushed while serving', () => {
  const COURT = '{ __type(name: "Query") { fields { name description } } }';

  async function courtDescription(): Promise<string | undefined> {
    const analyst = await supergraph.tokenFor('analyst');
    const response = await supergraph.queryAs<{
      __type: { fields: { name: string; description: string }[] };
    }>(analyst, COURT);
    return response.data?.__type.fields.find((field) => field.name === 'court')?.description;
  }

  async function eventually(check: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      if (await check()) return;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    throw new Error('condition not met within 10 s');
  }

  it('is refused when broken, with the old one still serving, and taken up when valid', async () => {
    const original = readFileSync(supergraphPath, 'utf8');
    const token = await supergraph.tokenFor('offender-manager');
    writeFileSync(supergraphPath, 'this is not a supergraph');
    await new Promise((wait) => setTimeout(wait, 1500));
    const during = await supergraph.queryAs(token, JOURNEY_QUERY, { pncId: sample.pncId });
    expect(during.errors).toBeUndefined();
    expect(readFileSync(logFile, 'utf8')).toMatch(/new supergraph refused; the previous one keeps serving/);

    const renamed = original.replace('A court centre by its court code', 'The court centre with this code');
    expect(renamed).not.toBe(original);
    writeFileSync(supergraphPath, renamed);
    await eventually(
      async () => (await courtDescription())?.startsWith('The court centre with this code') ?? false,
    );
    const after = await supergraph.queryAs(token, JOURNEY_QUERY, { pncId: sample.pncId });
    expect(after.errors).toBeUndefined();
  });
});
