import { sql } from 'kysely';
import { londonTimeToIso } from '@lib/time/londonTime';
import { crownCourtFor } from '@lib/reference/courtRegister';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { expectSameBytesAsMagistrates } from './support/caseFileChecks';
import {
  CROWN_CASE_VIEW,
  MAGISTRATES_CASE,
  SEND_CASE,
  type CrownCaseViewData,
  type MagistratesCaseData,
  type SendCaseData,
  type SendCaseInput,
} from './support/courtsOperations';
import { hearingDateAhead, seededCandidates, type Candidate } from './support/seededCandidates';

const CASE_NUMBER = /^[BASTU](199|20\d)\d{5}$/;

let supergraph: RunningSupergraph;
let courtStaff: string;
let triable: Candidate[];
const firstHearingOn = hearingDateAhead();

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir);
  courtStaff = await supergraph.tokenFor('court-staff');
  ({ triable } = await seededCandidates(supergraph.courts.system));
  expect(triable.length).toBeGreaterThanOrEqual(9);
});

afterAll(() => supergraph.stop());

function candidate(index: number): Candidate {
  const found = triable[index];
  if (!found) throw new Error(`no seeded candidate ${index}`);
  return found;
}

function inputFor(found: Candidate, extra: Partial<SendCaseInput> = {}): SendCaseInput {
  return {
    urn: found.urn,
    crownCourtCode: crownCourtFor(found.courtCode)?.code ?? '',
    sendingType: 'SENT_FOR_TRIAL',
    firstHearingOn,
    ...extra,
  };
}

async function send(input: SendCaseInput, token = courtStaff) {
  return supergraph.queryAs<SendCaseData>(token, SEND_CASE, { input });
}

async function sent(input: SendCaseInput) {
  const response = await send(input);
  expect(response.errors).toBeUndefined();
  const result = response.data?.sendCaseToCrownCourt;
  if (!result) throw new Error('no result');
  return result;
}

async function crownCasesOfUrn(urn: string) {
  return supergraph.courts.system.databases.crown.db
    .selectFrom('crownCase')
    .selectAll()
    .where('urn', '=', urn)
    .execute();
}

describe('sending a case to the Crown Court', () => {
  it('creates a Crown Court case numbered T, the year of receipt and a serial, received from the magistrates', async () => {
    const found = candidate(0);
    const result = await sent(inputFor(found, { idempotencyKey: 'first-send' }));
    expect(result.repeated).toBe(false);
    expect(result.transferId).toMatch(/^[0-9a-f-]{36}$/);
    const crownCase = result.crownCourtCase;
    expect(crownCase.caseNumber).toMatch(CASE_NUMBER);
    expect(crownCase.caseNumber.slice(0, 5)).toBe(`T${crownCase.receivedOn.slice(0, 4)}`);
    expect(crownCase).toMatchObject({
      urn: found.urn,
      sendingType: 'SENT_FOR_TRIAL',
      court: { code: crownCourtFor(found.courtCode)?.code },
      committingCourt: { code: found.courtCode },
    });
  });

  it("shows the Crown Court the magistrates' history and every document of the case file, byte for byte", async () => {
    const found = candidate(0);
    const { crownCourtCase } = await sent(inputFor(found, { idempotencyKey: 'first-send' }));
    const view = await supergraph.queryAs<CrownCaseViewData>(courtStaff, CROWN_CASE_VIEW, {
      caseNumber: crownCourtCase.caseNumber,
      crownCourtCode: crownCourtCase.court.code,
    });
    expect(view.errors).toBeUndefined();
    const crown = view.data?.crownCourtCase;
    const magistrates = crown?.magistratesCase;
    expect(crown?.defendant.pncId).toBe(found.pncId);
    expect(crown?.hearings).toEqual([
      {
        type: 'PLEA_AND_TRIAL_PREPARATION',
        startsAt: londonTimeToIso(firstHearingOn, '10:00'),
        jurisdiction: 'CROWN',
        court: { code: crownCourtCase.court.code },
      },
    ]);
    expect(magistrates?.urn).toBe(found.urn);
    expect(magistrates?.sentToCrownCourt?.caseNumber).toBe(crownCourtCase.caseNumber);
    expect(magistrates?.bailStatus).toMatch(/BAIL|CUSTODY/);
    expect(magistrates?.offences.some((offence) => offence.modeOfTrial !== 'SUMMARY_ONLY')).toBe(true);
    expect(magistrates?.hearings.length).toBeGreaterThan(0);
    const documents = magistrates?.documents ?? [];
    expect(documents.map((document) => document.kind)).toEqual(
      expect.arrayContaining(['CHARGE_SHEET', 'CASE_SUMMARY', 'WITNESS_STATEMENT', 'PREVIOUS_CONVICTIONS']),
    );
    // The Crown Court downloads each through the gateway: the magistrates' bytes, real PDFs, none after sending.
    const crownClerk = await supergraph.tokenFor('court-staff', { scopes: 'courts:read' });
    const texts = await expectSameBytesAsMagistrates(
      supergraph.courts.system,
      documents,
      supergraph.gateway.url,
      crownClerk,
    );
    expect(texts.get(`${found.urn}-01`)).toMatch(/^%PDF-1\.4\n/);
    expect(texts.get(`${found.urn}-01`)).toContain(`URN: ${found.urn}`);
    expect(documents.every((document) => document.mediaType === 'application/pdf')).toBe(true);
    expect(documents.some((document) => document.servedAfterSending)).toBe(false);

    // The magistrates' court sees the same file, and the case as sent.
    const own = await supergraph.queryAs<MagistratesCaseData>(courtStaff, MAGISTRATES_CASE, {
      urn: found.urn,
    });
    expect(own.data?.magistratesCase?.outcome).toBe('COMMITTED_TO_CROWN');
    expect(own.data?.magistratesCase?.documents).toEqual(documents);
  });

  it('records only the link in the Crown Court store: no defendant particulars, no documents', async () => {
    const found = candidate(0);
    const [stored, ...others] = await crownCasesOfUrn(found.urn);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      urn: found.urn,
      defendantFirstName: null,
      defendantLastName: null,
      defendantDateOfBirth: null,
      defendantPncId: null,
    });
    const crown = supergraph.courts.system.databases.crown;
    const tables =
      crown.dialect === 'postgres'
        ? sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_name not like 'kysely%' order by table_name`
        : sql<{ name: string }>`select name from sqlite_master
            where type = 'table' and name not like 'kysely%' order by name`;
    const { rows } = await tables.execute(crown.db);
    // The case, its hearings, its state and timeline of answers, the enforcement office's requests to correct a
    // case, and the outbox of the events the Crown Court announces with the ids of the dated facts it announced
    // (identifiers only, lib/events): no table for particulars or documents.
    expect(rows.map((row) => row.name)).toEqual([
      'crown_case',
      'crown_case_event',
      'crown_case_state',
      'crown_hearing',
      'crown_record_correction',
      'event_fact_announced',
      'event_outbox',
      'event_relay_lease',
    ]);
  });

  it('returns the same Crown Court case when repeated with the same key, or for the same case and court', async () => {
    const found = candidate(1);
    const first = await sent(inputFor(found, { idempotencyKey: 'repeat-me' }));
    const sameKey = await sent(inputFor(found, { idempotencyKey: 'repeat-me' }));
    const sameCaseAndCourt = await sent(inputFor(found));
    const otherKey = await sent(
      inputFor(found, { idempotencyKey: 'another-key', sendingType: 'SENT_FOR_TRIAL' }),
    );
    expect(first.repeated).toBe(false);
    for (const repeat of [sameKey, sameCaseAndCourt, otherKey]) {
      expect(repeat).toEqual({ ...first, repeated: true });
    }
    expect(await crownCasesOfUrn(found.urn)).toHaveLength(1);
  });

  it('refuses an idempotency key already used for another request', async () => {
    const response = await send(inputFor(candidate(2), { idempotencyKey: 'repeat-me' }));
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      argument: 'idempotencyKey',
    });
    expect(await crownCasesOfUrn(candidate(2).urn)).toEqual([]);
  });

  it('creates exactly one Crown Court case when two sends of one case race', async () => {
    const found = candidate(3);
    const results = await Promise.all([
      sent(inputFor(found, { idempotencyKey: 'racer-1' })),
      sent(inputFor(found, { idempotencyKey: 'racer-2' })),
      sent(inputFor(found)),
    ]);
    const numbers = new Set(results.map((result) => result.crownCourtCase.caseNumber));
    expect(numbers.size).toBe(1);
    expect(results.filter((result) => !result.repeated)).toHaveLength(1);
    expect(await crownCasesOfUrn(found.urn)).toHaveLength(1);
  });

  it('numbers cases sent at the same time without collisions', async () => {
    const cases = [4, 5, 6, 7, 8].map(candidate);
    const results = await Promise.all(cases.map((found) => sent(inputFor(found))));
    const numbers = results.map((result) => result.crownCourtCase.caseNumber);
    expect(new Set(numbers).size).toBe(cases.length);
    for (const number of numbers) expect(number).toMatch(CASE_NUMBER);
  });
});

describe("the offender's timeline after a sending", () => {
  const TIMELINE = /* GraphQL */ `
    #graphql
    query SentTimeline($pncId: ID!) {
      offender(pncId: $pncId) {
        crownCourtCases {
          caseNumber
        }
        courtEvents {
          occurredAt
          system
          kind
          summary
          reference
        }
        timeline {
          kind
          reference
        }
      }
    }
  `;
  interface TimelineData {
    offender: {
      crownCourtCases: { caseNumber: string }[] | null;
      courtEvents: { occurredAt: string; system: string; kind: string; summary: string; reference: string }[];
      timeline: { kind: string; reference: string }[] | null;
    };
  }

  it('shows the transfer and the first Crown Court hearing, in the courts and the merged timeline', async () => {
    const found = candidate(0);
    const { crownCourtCase, sentAt } = await sent(inputFor(found, { idempotencyKey: 'first-send' }));
    const response = await supergraph.queryAs<TimelineData>(
      await supergraph.tokenFor('offender-manager'),
      TIMELINE,
      { pncId: found.pncId },
    );
    expect(response.errors).toBeUndefined();
    const offender = response.data?.offender;
    expect(offender?.crownCourtCases?.map((crownCase) => crownCase.caseNumber)).toContain(
      crownCourtCase.caseNumber,
    );
    const events = offender?.courtEvents.filter((event) => event.reference === crownCourtCase.caseNumber);
    expect(events?.map(({ summary: _summary, ...event }) => event)).toEqual([
      {
        occurredAt: sentAt,
        system: 'CROWN_COURT',
        kind: 'SENT_TO_CROWN_COURT',
        reference: crownCourtCase.caseNumber,
      },
      {
        occurredAt: londonTimeToIso(firstHearingOn, '10:00'),
        system: 'CROWN_COURT',
        kind: 'HEARING',
        reference: crownCourtCase.caseNumber,
      },
    ]);
    expect(events?.[0]?.summary).toMatch(
      /^Case received by .* Crown Court from .* Magistrates' Court by digital transfer \(sent for trial\)$/,
    );
    expect(events?.[1]?.summary).toMatch(/^Plea and trial preparation hearing at .* Crown Court$/);
    expect(
      offender?.timeline?.filter((event) => event.reference === crownCourtCase.caseNumber).map((e) => e.kind),
    ).toEqual(['SENT_TO_CROWN_COURT', 'HEARING']);
  });

  it('names the defendant in the audit record of the sending', async () => {
    const found = candidate(0);
    const consulted = await supergraph.gateway.auditLog.store.consultationsOf(found.pncId);
    expect(
      consulted.some((record) => record.operationName === 'SendCase' && record.agency === 'court-staff'),
    ).toBe(true);
  });
});
