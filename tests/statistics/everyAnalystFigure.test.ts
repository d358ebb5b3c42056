import { composedSchema } from '../access/support/offenderFieldProbes';
import { seededDataDir, TEST_AS_OF } from '../support/seededDataDir';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';
import { disclosureProblems, figureRoots } from './support/publishedFigureChecks';

/**
 * Every figure analysts can read, in every subgraph, found in the composed schema (a figure field or figure root
 * added later is covered without a change here), asked for whole over the seeded data, where many courts, prisons
 * and years hold fewer than 5 people: nothing published may tell a reader about 1 to 4 people, directly or by
 * subtraction (publishedFigureChecks.ts says exactly what is checked).
 */
const schema = composedSchema();
/** Dates to ask every date argument at: the seeded data's day, and a year and two before it. */
const SAMPLE_DATES = [TEST_AS_OF, '2025-11-01', '2024-11-01'];
const roots = figureRoots(schema, SAMPLE_DATES);

let supergraph: RunningSupergraph;
let analyst: string;

beforeAll(async () => {
  supergraph = await startSupergraph((await seededDataDir()).dataDir);
  analyst = await supergraph.tokenFor('analyst');
});

afterAll(() => supergraph.stop());

type Answer = GraphQLResponse<Record<string, unknown>>;

async function ask(document: string, variables: Record<string, unknown>): Promise<Answer> {
  const answer = await supergraph.queryAs<Record<string, unknown>>(analyst, document, variables);
  expect(answer.errors).toBeUndefined();
  return answer;
}

/** How many published counts above zero, and how many withheld sets, an answer holds: a check on the check. */
function tally(answer: Answer) {
  const text = JSON.stringify(answer.data);
  return {
    withheld: (text.match(/"suppressed":true/g) ?? []).length,
    published: (text.match(/"suppressed":false/g) ?? []).length,
  };
}

describe('every figure analysts can read', () => {
  it('is found in the composed schema, in every subgraph that has figures', () => {
    expect(roots.map((root) => root.field).sort()).toEqual(
      expect.arrayContaining(['confiscationFigures', 'crownCourtWaitingTimes', 'educationStatistics']),
    );
  });

  it.each(roots.map((root) => [root.field, root]))(
    '%s tells a reader nothing about fewer than 5 people, directly or by subtraction, whatever it is asked with',
    async (field, { document, variants }) => {
      const answers: Answer[] = [];
      for (const variables of variants) {
        const answer = await ask(document, variables);
        expect({ variables, problems: disclosureProblems(schema, field, answer.data?.[field]) }).toEqual({
          variables,
          problems: [],
        });
        answers.push(answer);
      }
      // The seeded data is small enough that something is withheld, and large enough that something is not.
      expect(answers.reduce((sum, answer) => sum + tally(answer).withheld, 0)).toBeGreaterThan(0);
      expect(answers.reduce((sum, answer) => sum + tally(answer).published, 0)).toBeGreaterThan(0);
    },
  );
});
