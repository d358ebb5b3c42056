import { crownCourtFor } from '@lib/reference/courtRegister';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { addDays, isWeekend } from '@lib/time/londonTime';
import {
  CROWN_CASE_VIEW,
  SEND_CASE,
  WAITING_TIMES,
  type SendCaseData,
  type SendCaseInput,
} from './support/courtsOperations';
import { hearingDateAhead, seededCandidates, type Candidate } from './support/seededCandidates';

let supergraph: RunningSupergraph;
let courtStaff: string;
let triable: Candidate[];
let summaryOnly: Candidate[];
let sentOnPaper: { urn: string; caseNumber: string; courtCode: string };
const firstHearingOn = hearingDateAhead();

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir);
  courtStaff = await supergraph.tokenFor('court-staff');
  ({ triable, summaryOnly, sentOnPaper } = await seededCandidates(supergraph.courts.system));
});

afterAll(() => supergraph.stop());

function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('no seeded case of the kind the test needs');
  return item;
}

function inputFor(
  found: { urn: string; courtCode: string },
  extra: Partial<SendCaseInput> = {},
): SendCaseInput {
  return {
    urn: found.urn,
    crownCourtCode: crownCourtFor(found.courtCode)?.code ?? '',
    sendingType: 'SENT_FOR_TRIAL',
    firstHearingOn,
    ...extra,
  };
}

function send(input: SendCaseInput, token = courtStaff) {
  return supergraph.queryAs<SendCaseData>(token, SEND_CASE, { input });
}

/** The transfers recorded for a case, read straight from the magistrates' store. */
function transfersOf(urn: string) {
  return supergraph.courts.system.databases.magistrates.db
    .selectFrom('crownTransfer')
    .selectAll()
    .where('urn', '=', urn)
    .execute();
}

async function expectRefused(input: SendCaseInput, code: string, message: RegExp) {
  const response = await send(input);
  expect(response.data?.sendCaseToCrownCourt ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.errors?.[0]?.message).toMatch(message);
  expect(await transfersOf(input.urn)).toEqual([]);
}

describe('sending refused', () => {
  it('refuses a case with only summary-only offences, with the reason', async () => {
    const found = first(summaryOnly);
    await expectRefused(inputFor(found), 'SUMMARY_ONLY_CASE', /only summary-only offences/);
    const magistratesCase = await supergraph.courts.system.databases.magistrates.db
      .selectFrom('magistratesCase')
      .select('sentToCrownCaseNumber')
      .where('urn', '=', found.urn)
      .executeTakeFirstOrThrow();
    expect(magistratesCase.sentToCrownCaseNumber).toBeNull();
  });

  it('refuses a court code the register does not know', async () => {
    await expectRefused(
      inputFor(first(triable), { crownCourtCode: 'C99ZZ00' }),
      'UNKNOWN_COURT',
      /C99ZZ00 is not a court/,
    );
  });

  it("refuses a magistrates' court code given as the Crown Court", async () => {
    const found = first(triable);
    await expectRefused(
      inputFor(found, { crownCourtCode: found.courtCode }),
      'NOT_A_CROWN_COURT',
      /a magistrates' court: a case can only be sent to a Crown Court centre/,
    );
  });

  it('refuses a malformed court code or URN, and a case that does not exist', async () => {
    await expectRefused(
      inputFor(first(triable), { crownCourtCode: 'LEEDS' }),
      'BAD_USER_INPUT',
      /not a valid court code/,
    );
    await expectRefused(
      { ...inputFor(first(triable)), urn: '99ZZ9999999' },
      'CASE_NOT_FOUND',
      /no magistrates' case/,
    );
  });

  it('refuses a first hearing in the past, at a weekend or more than a year ahead', async () => {
    const found = first(triable);
    let saturday = hearingDateAhead(7);
    while (!isWeekend(saturday)) saturday = addDays(saturday, 1);
    await expectRefused(
      inputFor(found, { firstHearingOn: '2020-01-06' }),
      'BAD_USER_INPUT',
      /cannot be before/,
    );
    await expectRefused(
      inputFor(found, { firstHearingOn: saturday }),
      'BAD_USER_INPUT',
      /does not sit at weekends/,
    );
    await expectRefused(
      inputFor(found, { firstHearingOn: addDays(firstHearingOn, 400) }),
      'BAD_USER_INPUT',
      /more than a year ahead/,
    );
  });

  it('refuses a committal for sentence or an appeal where nobody was convicted', async () => {
    const convicted = await supergraph.courts.system.databases.magistrates.db
      .selectFrom('magistratesOffence')
      .select('urn')
      .where((eb) => eb.or([eb('plea', '=', 'GUILTY'), eb('verdict', '=', 'GUILTY')]))
      .where(
        'urn',
        'in',
        triable.map((candidate) => candidate.urn),
      )
      .execute();
    const found = triable.find((candidate) => !convicted.some((row) => row.urn === candidate.urn));
    if (!found) throw new Error('no seeded unconvicted case');
    await expectRefused(
      inputFor(found, { sendingType: 'COMMITTED_FOR_SENTENCE' }),
      'NOT_CONVICTED',
      /nothing to commit for sentence/,
    );
    await expectRefused(
      inputFor(found, { sendingType: 'APPEAL' }),
      'NOT_CONVICTED',
      /nothing to appeal against/,
    );
  });

  it('refuses to send a case already sent to another court, and answers for the court it went to', async () => {
    const elsewhere = sentOnPaper.courtCode === 'C13LS00' ? 'C14SF00' : 'C13LS00';
    await expectRefused(
      { ...inputFor({ urn: sentOnPaper.urn, courtCode: 'B13LS00' }), crownCourtCode: elsewhere },
      'ALREADY_SENT',
      new RegExp(`already been sent to .* as ${sentOnPaper.caseNumber}`),
    );
    const repeated = await send({
      ...inputFor({ urn: sentOnPaper.urn, courtCode: 'B13LS00' }),
      crownCourtCode: sentOnPaper.courtCode,
    });
    expect(repeated.data?.sendCaseToCrownCourt).toMatchObject({
      repeated: true,
      transferId: null,
      crownCourtCase: { caseNumber: sentOnPaper.caseNumber },
    });
  });
});

describe('who may send a case', () => {
  it.each([
    ['offender-manager', {}],
    ['analyst', {}],
    ['prison-staff', { caseload: 'LEI' }],
    ['financial-investigator', {}],
  ])('refuses %s, who cannot write to the courts', async (agency, options) => {
    const found = triable[triable.length - 1] ?? first(triable);
    const token = await supergraph.tokenFor(agency, options);
    const response = await send(inputFor(found), token);
    expect(response.data?.sendCaseToCrownCourt ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toMatch(
      /UNAUTHORIZED_FIELD_OR_TYPE|PERSISTED_QUERY_NOT_IN_LIST/,
    );
    expect(await transfersOf(found.urn)).toEqual([]);
  });

  it('lets court staff send, and refuses them the analysts’ figures; analysts get figures but no case', async () => {
    const found = triable[triable.length - 1] ?? first(triable);
    const sent = await send(inputFor(found));
    expect(sent.errors).toBeUndefined();
    const figures = await supergraph.queryAs(courtStaff, WAITING_TIMES, {});
    expect(figures.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const analyst = await supergraph.tokenFor('analyst');
    const caseNumber = sent.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber;
    const view = await supergraph.queryAs(analyst, CROWN_CASE_VIEW, { caseNumber });
    expect(view.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const analysed = await supergraph.queryAs<{ crownCourtWaitingTimes: { overall: { casesSent: number } } }>(
      analyst,
      WAITING_TIMES,
      {},
    );
    expect(analysed.errors).toBeUndefined();
    expect(analysed.data?.crownCourtWaitingTimes.overall.casesSent).toBeGreaterThan(0);
  });
});
