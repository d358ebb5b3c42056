import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import {
  MAX_NAME_MATCHES,
  requireNameSearch,
  tooManyMatches,
  type NameSearchArguments,
} from '../services/defendantSearch';

/** The search by name and date of birth: the matching defendants as Offender entities, by PNC ID. */
export const defendantSearchResolvers = {
  Query: {
    offendersByNameAndDateOfBirth: async (
      _parent: unknown,
      args: NameSearchArguments,
      context: CourtsContext,
    ) => {
      const particulars = requireNameSearch(args, context.caller, context.now());
      // One more than is returned, to tell "exactly the limit" from "more than the limit".
      const pncIds = await context.findDefendantPncIds(particulars, MAX_NAME_MATCHES + 1);
      if (pncIds.length > MAX_NAME_MATCHES) throw tooManyMatches(particulars);
      // That a person of this name and birth date has a court record is itself personal data: audit each.
      pncIds.forEach((pncId) => disclose(context, pncId));
      return pncIds.map((pncId) => ({ pncId }));
    },
  },
};
