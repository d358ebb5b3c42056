import { sql } from 'kysely';
import { IDENTIFIER_FORMATS } from '@lib/identifiers/identifierFormats';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

// A Crown Court centre numbers its own cases, so P-Nomis names the case a sentence was passed in by the centre's
// court code and the number: what the seed stores is what the graph serves, and the pair is a case the courts hold.

type Manifest = Awaited<ReturnType<typeof seededDataDir>>['manifest'];

let supergraph: RunningSupergraph;
let token: string;
let manifest: Manifest;

beforeAll(async () => {
  const seeded = await seededDataDir();
  manifest = seeded.manifest;
  supergraph = await startSupergraph(seeded.dataDir);
  token = await supergraph.tokenFor('offender-manager');
});

afterAll(() => supergraph.stop());

const SENTENCE_CASES = /* GraphQL */ `
  #graphql
  query SentenceCases($prisonNumber: ID!) {
    offender(prisonNumber: $prisonNumber) {
      custody {
        bookings {
          bookingNumber
          sentences {
            crownCourtCaseNumber
            crownCourtCode
          }
        }
      }
      crownCourtCases {
        caseNumber
        court {
          code
        }
      }
    }
  }
`;

interface SentenceCasesData {
  offender: {
    custody: {
      bookings: {
        bookingNumber: string;
        sentences: { crownCourtCaseNumber: string | null; crownCourtCode: string | null }[];
      }[];
    } | null;
    crownCourtCases: { caseNumber: string; court: { code: string } }[] | null;
  } | null;
}

async function sentenceCases(prisonNumber: string) {
  const response = await supergraph.queryAs<SentenceCasesData>(token, SENTENCE_CASES, { prisonNumber });
  expect(response.errors).toBeUndefined();
  const offender = response.data?.offender;
  if (!offender) throw new Error(`no offender ${prisonNumber}`);
  return offender;
}

const sentencesOf = (offender: NonNullable<SentenceCasesData['offender']>) =>
  (offender.custody?.bookings ?? []).flatMap((booking) => booking.sentences);

describe("a sentence's Crown Court case, through the gateway", () => {
  it("names the case by its centre's court code and number: a case the courts hold for the same person", async () => {
    const samples = [...manifest.samples.fullJourney, ...manifest.samples.releasedWithConfiscation];
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      const offender = await sentenceCases(sample.prisonNumber);
      const sentences = sentencesOf(offender);
      expect(sentences.length).toBeGreaterThan(0);
      const heldByTheCourts = (offender.crownCourtCases ?? []).map(
        (crownCase) => `${crownCase.court.code} ${crownCase.caseNumber}`,
      );
      for (const sentence of sentences) {
        expect(sentence.crownCourtCode).toMatch(IDENTIFIER_FORMATS.courtCode.pattern);
        expect(heldByTheCourts).toContain(`${sentence.crownCourtCode} ${sentence.crownCourtCaseNumber}`);
      }
    }
  });

  it('is stored by the seed as a pair the Crown Court store holds, for every sentence with a case number', async () => {
    const stored = await supergraph.pnomis.system.database.db
      .selectFrom('sentence')
      .select(['crownCourtCaseNumber', 'crownCourtCode'])
      .execute();
    const withCase = stored.filter((sentence) => sentence.crownCourtCaseNumber !== null);
    expect(withCase.length).toBeGreaterThan(0);
    const crownCases = await supergraph.courts.system.databases.crown.db
      .selectFrom('crownCase')
      .select(['courtCode', 'caseNumber'])
      .execute();
    const held = new Set(crownCases.map((crownCase) => `${crownCase.courtCode} ${crownCase.caseNumber}`));
    for (const sentence of withCase) {
      expect(sentence.crownCourtCode).toMatch(/^C\d{2}[A-Z]{2}00$/);
      expect(held).toContain(`${sentence.crownCourtCode} ${sentence.crownCourtCaseNumber}`);
    }
  });

  it('serves a sentence stored without its court code as having none, inventing nothing from the courts', async () => {
    const sample = manifest.samples.fullJourney[0];
    if (!sample) throw new Error('no full-journey sample');
    // As a sentence recorded before P-Nomis kept the court code is stored.
    await sql`update sentence set crown_court_code = null where booking_id in
      (select booking_id from booking where prison_number = ${sample.prisonNumber})`.execute(
      supergraph.pnomis.system.database.db,
    );
    const sentences = sentencesOf(await sentenceCases(sample.prisonNumber));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      expect(sentence.crownCourtCaseNumber).toMatch(IDENTIFIER_FORMATS.crownCourtCaseNumber.pattern);
      expect(sentence.crownCourtCode).toBeNull();
    }
  });
});
