import { badUserInput } from '@lib/graphql/errors';
import { disclose } from '@lib/subgraph/disclosure';
import type { Resolvers } from '../generated/resolvers';
import type { PnomisContext } from '../context';
import { type MatchCriteria, matchReleasedLearners, type ReleasedRecord } from './releasedLearnerMatching';

const MAX_RELEASED_PAGE = 200;

// People's records are read this many at a time: well below the values one statement may bind.
const CHUNK = 500;

interface ReleasedLearnersArgs {
  releasedFrom: string;
  releasedTo: string;
  minimumLevel?: string | null;
  subject?: string | null;
  skills?: readonly { area: string; minimumLevel: string }[] | null;
  workSectors?: readonly string[] | null;
  first?: number | null;
  offset?: number | null;
}

/** The records of the people released, as matching reads them, a chunk of people at a time. */
async function releasedRecords(
  context: PnomisContext,
  released: readonly { prisonNumber: string; releasedOn: string | null }[],
) {
  const records: ReleasedRecord[] = [];
  for (let start = 0; start < released.length; start += CHUNK) {
    const people = released.slice(start, start + CHUNK);
    const numbers = people.map((person) => person.prisonNumber);
    const [qualifications, assessments, inductions] = await Promise.all([
      context.store.findQualifications(numbers),
      context.store.findAssessments(numbers),
      context.store.findInductions(numbers),
    ]);
    for (const person of people) {
      records.push({
        prisonNumber: person.prisonNumber,
        releasedOn: person.releasedOn ?? '',
        qualifications: qualifications.filter((row) => row.prisonNumber === person.prisonNumber),
        assessments: assessments.filter((row) => row.prisonNumber === person.prisonNumber),
        induction: inductions.find((row) => row.prisonNumber === person.prisonNumber),
      });
    }
  }
  return records;
}

/** The careers service's search of people released, ranked with the reasons each matched. */
export const releasedLearnerResolvers: Resolvers = {
  Query: {
    releasedLearners: async (_parent, args: ReleasedLearnersArgs, context: PnomisContext) => {
      if (args.releasedTo < args.releasedFrom)
        throw badUserInput('releasedTo is before releasedFrom', 'releasedTo');
      const first = args.first ?? 50;
      const offset = args.offset ?? 0;
      if (first < 1 || first > MAX_RELEASED_PAGE) {
        throw badUserInput(`first must be from 1 to ${MAX_RELEASED_PAGE}`, 'first');
      }
      if (offset < 0) throw badUserInput('offset must not be negative', 'offset');
      const criteria: MatchCriteria = {
        minimumLevel: args.minimumLevel ?? null,
        subject: args.subject?.trim() || null,
        skills: args.skills ?? [],
        workSectors: args.workSectors ?? [],
      };
      // One row a person: two bookings ended the same day would otherwise count them twice.
      const released = [
        ...new Map(
          (await context.store.findReleasedPeople(args.releasedFrom, args.releasedTo)).map((row) => [
            row.prisonNumber,
            row,
          ]),
        ).values(),
      ];
      const matches = matchReleasedLearners(await releasedRecords(context, released), criteria).slice(
        offset,
        offset + first,
      );
      matches.forEach((match) => disclose(context, match.prisonNumber));
      return matches.map((match) => ({ ...match, learning: { prisonNumber: match.prisonNumber } }));
    },
  },
};
