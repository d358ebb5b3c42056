import { canonicalPersonIdentifier } from '@lib/identifiers/personIdentifier';
import { openDatabase } from '@lib/store/openDatabase';
import type { AuditTables } from '../../gateway/src/audit/auditTables';
import type { AuditEntry, AuditRecord } from '../../gateway/src/audit/auditRecord';
import type { AuditStore } from '../../gateway/src/audit/auditStore';
import { JOURNEY_QUERY } from '../support/journeyQuery';
import { purposeHeaders } from '../support/purposeHeaders';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testStoreEngine } from '../support/storeEngine';
import { testStoreLocation } from '../support/testStoreLocations';
import { sampleEntry } from './support/sampleEntry';

// An operation that names people in its arguments is audited twice: an opening record (PENDING) as its execution
// starts, synced while the subgraphs answer, and a closing record with how it ended. The answer waits for the
// closing record only when it shows someone the opening record does not name (auditing/openingRecord.ts). Runs in
// both jest projects, on the engine of each.

let supergraph: RunningSupergraph;
let store: AuditStore;
let sample: { pncId: string; prisonNumber: string };
let dataDir: string;

beforeAll(async () => {
  const seeded = await seededDataDir();
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  dataDir = seeded.dataDir;
  supergraph = await startSupergraph(dataDir);
  store = supergraph.gateway.auditLog.store;
});

afterAll(() => supergraph?.stop());

const SEARCH = /* GraphQL */ `
  #graphql
  query SearchByName($lastName: String!, $dateOfBirth: Date!) {
    prisonersByNameAndDateOfBirth(lastName: $lastName, dateOfBirth: $dateOfBirth) {
      prisonNumber
    }
  }
`;

const NAME_AND_BIRTH = /* GraphQL */ `
  #graphql
  query NameAndBirth($pncId: ID) {
    offender(pncId: $pncId) {
      custody {
        lastName
        dateOfBirth
      }
    }
  }
`;

type Answer = { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } };

/** Sends an operation as an offender manager, under a request id of the test's choosing. */
async function send(requestId: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const token = await supergraph.tokenFor('offender-manager');
  const response = await fetch(supergraph.gateway.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...purposeHeaders(token, 'Opening and closing audit records'),
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** The request's records, oldest first, as the officer's look-up of the sample reads them. */
async function recordsOfRequest(requestId: string): Promise<AuditRecord[]> {
  const { records } = await store.consultationsOfPerson({ kind: 'pncId', value: sample.pncId });
  return records.filter((record) => record.requestId === requestId).reverse();
}

/**
 * Holds every closing record's append (any outcome but PENDING) until released, as a slow disk would: the
 * opening records go through.
 */
function holdClosingRecords() {
  const append = store.append.bind(store);
  const held: (() => void)[] = [];
  const spy = jest.spyOn(store, 'append').mockImplementation(async (entry: AuditEntry, options) => {
    if (entry.outcome !== 'PENDING') await new Promise<void>((resolve) => held.push(resolve));
    return append(entry, options);
  });
  return {
    heldCount: () => held.length,
    release: () => {
      spy.mockRestore();
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

/** Whether `promise` settles within `ms` milliseconds. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe(`the opening and closing audit records of a request (${testStoreEngine()})`, () => {
  it('opens a record naming whom the request asks about, then closes it with what was disclosed', async () => {
    const requestId = 'opening-record-journey';
    const answer = await send(requestId, JOURNEY_QUERY, { pncId: sample.pncId });
    expect(answer.body.errors).toBeUndefined();
    await store.settled();

    // The officer's look-up shows the request once: its closing record stands for the opening one.
    expect((await recordsOfRequest(requestId)).map((record) => record.outcome)).toEqual(['SUCCESS']);
    const { records } = await store.consultationsOfPerson({
      kind: 'prisonNumber',
      value: sample.prisonNumber,
    });
    const closing = records.find((record) => record.requestId === requestId);
    expect(closing?.offenders).toEqual(expect.arrayContaining([sample.pncId, sample.prisonNumber]));

    // The chain holds both, the opening record first, naming the person asked for and nothing disclosed yet.
    const [opening, closingInChain, ...more] = await chainOfRequest(requestId);
    expect(more).toEqual([]);
    expect(opening).toMatchObject({
      outcome: 'PENDING',
      agency: 'offender-manager',
      operationName: 'Journey',
      subgraphs: '[]',
      offenders: [],
      identifiers: [`pncId:${canonicalPersonIdentifier('pncId', sample.pncId)}`],
    });
    expect(closingInChain?.outcome).toBe('SUCCESS');
    expect(closingInChain?.sequence).toBeGreaterThan(opening?.sequence ?? Infinity);
    expect(closingInChain?.identifiers).toEqual(
      expect.arrayContaining([`prisonNumber:${sample.prisonNumber}`]),
    );
    expect(opening?.fields).toBe(closingInChain?.fields);
  });

  it('sends the answer before its closing record is written when the opening record names everyone in it', async () => {
    const hold = holdClosingRecords();
    try {
      const answer = send('opening-record-held-close', JOURNEY_QUERY, { pncId: sample.pncId });
      expect(await settlesWithin(answer, 10_000)).toBe(true);
      expect((await answer).body.errors).toBeUndefined();
      expect(hold.heldCount()).toBe(1);
    } finally {
      hold.release();
    }
    await store.settled();
    expect((await recordsOfRequest('opening-record-held-close')).map((record) => record.outcome)).toEqual([
      'SUCCESS',
    ]);
  });

  it('holds the answer until its closing record is written when it shows people the request did not name', async () => {
    const found = await send('opening-record-name', NAME_AND_BIRTH, { pncId: sample.pncId });
    const custody = (found.body.data as { offender: { custody: { lastName: string; dateOfBirth: string } } })
      .offender.custody;
    const hold = holdClosingRecords();
    let answer: Promise<Answer> | undefined;
    try {
      // A search names no one: it gets no opening record, and its answer discloses whom it found.
      answer = send('opening-record-search', SEARCH, custody);
      expect(await settlesWithin(answer, 1_500)).toBe(false);
      expect(hold.heldCount()).toBe(1);
    } finally {
      hold.release();
    }
    const { status, body } = await answer;
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const matches = (body.data as { prisonersByNameAndDateOfBirth: { prisonNumber: string }[] })
      .prisonersByNameAndDateOfBirth;
    expect(matches.map((match) => match.prisonNumber)).toContain(sample.prisonNumber);
  });

  it('keeps, in the officer’s look-up, an opening record whose gateway stopped before closing it', async () => {
    // As a gateway that stopped between the two would leave the log: the opening record alone.
    await store.append(
      sampleEntry({
        requestId: 'opening-record-never-closed',
        outcome: 'PENDING',
        offenders: [],
        people: [
          { pncId: canonicalPersonIdentifier('pncId', sample.pncId), prisonNumber: null, croNumber: null },
        ],
      }),
    );
    expect((await recordsOfRequest('opening-record-never-closed')).map((record) => record.outcome)).toEqual([
      'PENDING',
    ]);
  });
});

/** The request's records as the chain holds them, oldest first: outcome, offenders and the people's identifiers. */
async function chainOfRequest(requestId: string) {
  const audit = openDatabase<AuditTables>(testStoreLocation(dataDir, 'audit'));
  const { db } = audit;
  try {
    const rows = await db
      .selectFrom('auditRecord')
      .select(['sequence', 'outcome', 'operationName', 'agency', 'fields', 'subgraphs'])
      .where('requestId', '=', requestId)
      .orderBy('sequence')
      .execute();
    const sequences = rows.map((row) => row.sequence);
    const [offenders, identifiers] = await Promise.all([
      db
        .selectFrom('auditOffender')
        .select(['sequence', 'identifier'])
        .where('sequence', 'in', sequences)
        .execute(),
      db
        .selectFrom('auditIdentifier')
        .select(['sequence', 'kind', 'value'])
        .where('sequence', 'in', sequences)
        .execute(),
    ]);
    return rows.map((row) => ({
      ...row,
      offenders: offenders
        .filter((offender) => offender.sequence === row.sequence)
        .map((offender) => offender.identifier),
      identifiers: identifiers
        .filter((identifier) => identifier.sequence === row.sequence)
        .map(({ kind, value }) => `${kind}:${value}`)
        .sort(),
    }));
  } finally {
    await audit.close();
  }
}
