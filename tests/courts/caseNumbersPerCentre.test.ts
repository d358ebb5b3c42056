import { ACKNOWLEDGE, type CaseChangeData, RETURN_CASE } from './support/answerOperations';
import { SEND_CASE, type SendCaseData } from './support/courtsOperations';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

/** Friday 27 November 2026, 10:00: cases received today are numbered in the 2026 series. */
const NOW = new Date('2026-11-27T10:00:00.000Z');

/** Two Crown Court centres, each of which numbers its own cases. */
const LEEDS = 'C13LS00';
const LIVERPOOL = 'C05LV00';

const CASE = /* GraphQL */ `
  #graphql
  query CrownCase($caseNumber: ID!, $crownCourtCode: ID) {
    crownCourtCase(caseNumber: $caseNumber, crownCourtCode: $crownCourtCode) {
      caseNumber
      urn
      court {
        code
      }
      status
    }
  }
`;

const SENT_TO = /* GraphQL */ `
  #graphql
  query SentTo($urn: ID!) {
    magistratesCase(urn: $urn) {
      sentToCrownCourt {
        caseNumber
        urn
        court {
          code
        }
      }
    }
  }
`;

interface CrownCaseData {
  crownCourtCase: { caseNumber: string; urn: string; court: { code: string }; status: string } | null;
}

type Errors = readonly { extensions?: Record<string, unknown> }[] | undefined;

let running: RunningCourtsGateway;
let clerk: string;

beforeAll(async () => {
  // Each centre received its first trial case of 2026 on paper: both are T20260001.
  const dataDir = await handMadeDataDir([
    {
      urn: '13LS0000001',
      courtCode: 'B13LS00',
      crown: { caseNumber: 'T20260001', courtCode: LEEDS, receivedOn: '2026-01-05' },
    },
    {
      urn: '05LV0000001',
      courtCode: 'B05LV00',
      crown: { caseNumber: 'T20260001', courtCode: LIVERPOOL, receivedOn: '2026-01-06' },
    },
    { urn: '13LS0000002', courtCode: 'B13LS00' },
    { urn: '05LV0000002', courtCode: 'B05LV00' },
    { urn: '13LS0000003', courtCode: 'B13LS00' },
  ]);
  running = await startCourtsGateway(dataDir, { now: () => NOW });
  clerk = await running.tokenFor('court-staff');
});

afterAll(() => running.stop());

const ask = <Data>(document: string, variables: Record<string, unknown>) =>
  running.queryAs<Data>(clerk, document, variables);

async function send(urn: string, crownCourtCode: string) {
  const sent = await ask<SendCaseData>(SEND_CASE, {
    input: { urn, crownCourtCode, sendingType: 'SENT_FOR_TRIAL', firstHearingOn: '2026-12-14' },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data?.sendCaseToCrownCourt?.crownCourtCase;
}

/** The refusal's code and the centres it names. */
const refusal = (errors: Errors) => ({
  code: errors?.[0]?.extensions?.code,
  crownCourtCodes: errors?.[0]?.extensions?.crownCourtCodes,
});

describe('Crown Court case numbers issued per centre', () => {
  it('finds each centre’s T20260001 by its court code and number', async () => {
    for (const [crownCourtCode, urn] of [
      [LEEDS, '13LS0000001'],
      [LIVERPOOL, '05LV0000001'],
    ]) {
      const found = await ask<CrownCaseData>(CASE, { caseNumber: 'T20260001', crownCourtCode });
      expect(found.errors).toBeUndefined();
      expect(found.data?.crownCourtCase).toEqual({
        caseNumber: 'T20260001',
        urn,
        court: { code: crownCourtCode },
        status: 'ACKNOWLEDGED',
      });
    }
    // A centre that holds no case of that number has none, whatever the others hold.
    const elsewhere = await ask<CrownCaseData>(CASE, { caseNumber: 'T20260001', crownCourtCode: 'C22BS00' });
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.crownCourtCase).toBeNull();
  });

  it('refuses a number held at two centres named without the court code, naming both centres', async () => {
    const ambiguous = await ask<CrownCaseData>(CASE, { caseNumber: 'T20260001' });
    expect(refusal(ambiguous.errors)).toEqual({
      code: 'CASE_NUMBER_AMBIGUOUS',
      crownCourtCodes: [LIVERPOOL, LEEDS],
    });
    expect(ambiguous.data?.crownCourtCase ?? null).toBeNull();
  });

  it('numbers a sending next at the receiving centre, and links the magistrates’ case to that centre’s case', async () => {
    const toLeeds = await send('13LS0000002', LEEDS);
    const toLiverpool = await send('05LV0000002', LIVERPOOL);
    expect(toLeeds).toMatchObject({ caseNumber: 'T20260002', court: { code: LEEDS } });
    expect(toLiverpool).toMatchObject({ caseNumber: 'T20260002', court: { code: LIVERPOOL } });
    for (const [urn, crownCourtCode] of [
      ['13LS0000002', LEEDS],
      ['05LV0000002', LIVERPOOL],
    ]) {
      const linked = await ask<{ magistratesCase: { sentToCrownCourt: unknown } }>(SENT_TO, { urn });
      expect(linked.data?.magistratesCase.sentToCrownCourt).toEqual({
        caseNumber: 'T20260002',
        urn,
        court: { code: crownCourtCode },
      });
    }
  });

  it('answers a case named by its court code and number, and refuses one named by an ambiguous number alone', async () => {
    const ambiguous = await ask<{ acknowledgeSentCase: CaseChangeData | null }>(ACKNOWLEDGE, {
      caseNumber: 'T20260002',
    });
    expect(refusal(ambiguous.errors)).toEqual({
      code: 'CASE_NUMBER_AMBIGUOUS',
      crownCourtCodes: [LIVERPOOL, LEEDS],
    });
    const acknowledged = await ask<{ acknowledgeSentCase: CaseChangeData | null }>(ACKNOWLEDGE, {
      caseNumber: 'T20260002',
      crownCourtCode: LEEDS,
    });
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data?.acknowledgeSentCase?.crownCourtCase).toMatchObject({
      court: { code: LEEDS },
      status: 'ACKNOWLEDGED',
    });
    // Liverpool's T20260002 is untouched: still received, and the magistrates' court may still withdraw it.
    const other = await ask<CrownCaseData>(CASE, { caseNumber: 'T20260002', crownCourtCode: LIVERPOOL });
    expect(other.data?.crownCourtCase?.status).toBe('RECEIVED');
    const returned = await ask<{ returnSentCase: CaseChangeData | null }>(RETURN_CASE, {
      caseNumber: 'T20260002',
      reason: 'Sent to the wrong centre',
    });
    expect(refusal(returned.errors).code).toBe('CASE_NUMBER_AMBIGUOUS');
  });

  it('still finds a case by its number alone while one centre holds that number, as clients did before', async () => {
    await send('13LS0000003', LEEDS);
    const found = await ask<CrownCaseData>(CASE, { caseNumber: 'T20260003' });
    expect(found.errors).toBeUndefined();
    expect(found.data?.crownCourtCase).toMatchObject({ urn: '13LS0000003', court: { code: LEEDS } });
  });

  it('refuses a magistrates’ court code as the centre of a Crown Court case', async () => {
    const refused = await ask<CrownCaseData>(CASE, { caseNumber: 'T20260001', crownCourtCode: 'B13LS00' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'crownCourtCode',
    });
  });
});
