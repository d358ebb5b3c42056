import { purposeHeaders } from '../support/purposeHeaders';
import { sql } from 'kysely';
import { eventually } from '../support/eventually';
import { openDatabase } from '@lib/store/openDatabase';
import type { RunningGateway } from '../../gateway/src/startGateway';
import { runTs } from '../audit/support/runTs';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testStoreEngine } from '../support/storeEngine';
import { testStoreLocation } from '../support/testStoreLocations';

// Two gateway replicas behind a load balancer append to one audit log: on PostgreSQL each with its own connection
// pool, on SQLite each with its own connection to the one file (the chain's write lock is SQLite's, taken with
// BEGIN IMMEDIATE and waited for off the event loop: chainTransaction.ts). The chain is one sequence of records
// linked by hash: it must come out whole and verifiable, with every request recorded exactly once, however the two
// replicas' appends interleave. Runs in both jest projects, on the engine of each.

let supergraph: RunningSupergraph;
let replica: RunningGateway;
let dataDir: string;
let samples: { pncId: string; prisonNumber: string }[];

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  samples = seeded.manifest.samples.fullJourney;
  supergraph = await startSupergraph(dataDir);
  replica = await supergraph.startGatewayReplica();
});

afterAll(async () => {
  await replica?.stop();
  await supergraph?.stop();
});

/** A light look-up of personal data, audited like any other. */
const CUSTODY_QUERY = /* GraphQL */ `
  #graphql
  query Custody($pncId: ID) {
    offender(pncId: $pncId) {
      prisonNumber
      custody {
        status
      }
    }
  }
`;

/**
 * Sends a look-up to one gateway with a request id of the test's choosing; resolves with the HTTP status and the
 * error codes. A slow subgraph still leaves an audited, partial answer; only a failed audit write is refused.
 */
async function lookUp(gatewayUrl: string, token: string, requestId: string, pncId: string) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...purposeHeaders(token, 'Two gateway replicas sharing one audit log'),
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query: CUSTODY_QUERY, variables: { pncId } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((error) => error.extensions?.code) };
}

describe(`two gateway replicas writing one audit log (${testStoreEngine()})`, () => {
  it('record every request exactly once, opened and closed, in one chain that audit:verify finds intact', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    const gateways = [supergraph.gateway.graphqlUrl, replica.graphqlUrl];
    const requests = Array.from({ length: 120 }, (_, index) => ({
      gateway: gateways[index % 2] ?? '',
      requestId: `replica-${index % 2}-request-${index}`,
      pncId: samples[index % samples.length]?.pncId ?? '',
    }));

    const answers = await Promise.all(
      requests.map((request) => lookUp(request.gateway, token, request.requestId, request.pncId)),
    );

    expect(
      answers.filter((answer) => answer.status !== 200 || answer.codes.includes('AUDIT_UNAVAILABLE')),
    ).toEqual([]);
    // Each request has its opening record (PENDING, written as its execution started) and its closing record,
    // which may still be on its way as the answer arrives (auditing/openingRecord.ts).
    const audit = openDatabase(testStoreLocation(dataDir, 'audit'));
    try {
      const rows = await eventually(
        async () =>
          (
            await sql<{ requestId: string; sequence: number; outcome: string }>`
              select request_id, sequence, outcome from audit_record order by sequence`.execute(audit.db)
          ).rows,
        (found) => found.length >= 2 * requests.length,
      );
      expect(rows.map((row) => row.sequence)).toEqual(
        Array.from({ length: 2 * requests.length }, (_, index) => index + 1),
      );
      for (const { requestId } of requests) {
        const own = rows.filter((row) => row.requestId === requestId);
        expect({ requestId, outcomes: own.map((row) => row.outcome) }).toEqual({
          requestId,
          outcomes: ['PENDING', 'SUCCESS'],
        });
      }
    } finally {
      await audit.close();
    }
    // With the checkpoint key the replicas sign with: the development key in their DATA_DIR.
    const verified = await runTs(
      'scripts/audit-verify.ts',
      ['--database', testStoreLocation(dataDir, 'audit')],
      {
        DATA_DIR: dataDir,
      },
    );
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(
      new RegExp(`^audit chain intact: ${2 * requests.length} records, [1-9]\\d* checkpoints verified`),
    );
  });
});
