import type { Selectable } from 'kysely';
import { badUserInput, refused } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { addDays } from '@lib/time/londonTime';
import { disclose } from '@lib/subgraph/disclosure';
import type { Resolvers } from '../generated/resolvers';
import type { PnomisContext } from '../context';
import { requirePrisoner, today } from './learningRequests';
import { requireNotInFuture, requireNotInPast, requireText } from './learningRules';
import type { LearningShareConsentTable } from './learningTables';
import { isReleased, requireLearningReadable } from './recordAfterRelease';
import type { OffenderIdentity } from '../services/offenderIdentity';

/** The longest a consent to share may run: a year from the day it was given. */
const LONGEST_CONSENT_DAYS = 365;

interface SharingConsentInput {
  prisonNumber: string;
  employerId: string;
  employerName: string;
  givenOn: string;
  expiresOn: string;
}

function subjectOf(context: PnomisContext): string {
  if (!context.caller) throw refused('UNAUTHENTICATED', 'Sign in first');
  return context.caller.subject;
}

/** The one answer an employer gets whenever it may not read a record, so that a refusal tells it nothing. */
const noConsent = () =>
  refused(
    'NO_SHARING_CONSENT',
    'No consent in force lets you see the qualifications and skills of this person',
  );

/**
 * A released person's consent to share their qualifications and skills with a named employer for a time, recorded
 * by the careers service or probation; and what the employer then reads: qualifications and skills, nothing else.
 */
export const sharingConsentResolvers: Resolvers = {
  Offender: {
    sharingConsents: async (offender: OffenderIdentity, _args, context: PnomisContext) => {
      if (!offender.record) return null;
      await requireLearningReadable(offender.record.prisonNumber, context);
      disclose(context, offender.record.prisonNumber);
      return context.store.findSharingConsents([offender.record.prisonNumber]);
    },
  },
  SharingConsent: {
    id: (row: Selectable<LearningShareConsentTable>) => String(row.consentId),
  },
  Query: {
    sharedLearnerRecord: async (_parent, args: { prisonNumber: string }, context: PnomisContext) => {
      const prisonNumber = requireIdentifier('prisonNumber', args.prisonNumber, 'prisonNumber');
      const consent = await context.store.findConsentInForce(prisonNumber, subjectOf(context), today());
      if (!consent) throw noConsent();
      disclose(context, prisonNumber);
      const [qualifications, skills] = await Promise.all([
        context.learning.qualifications.load(prisonNumber),
        context.learning.assessments.load(prisonNumber),
      ]);
      return {
        prisonNumber,
        sharedUntil: consent.expiresOn,
        qualifications,
        // Only the area, level and date: learning needs and where it was assessed are not the employer's.
        skills: skills.map(({ area, level, assessedOn }) => ({ area, level, assessedOn })),
      };
    },
  },
  Mutation: {
    recordSharingConsent: async (
      _parent,
      { input }: { input: SharingConsentInput },
      context: PnomisContext,
    ) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      if (!(await isReleased(prisonNumber, context))) {
        throw refused(
          'PERSON_NOT_RELEASED',
          `${prisonNumber} is not released: consent to share with an employer is recorded after release`,
        );
      }
      const employerId = requireText(input.employerId, 'employerId');
      const employerName = requireText(input.employerName, 'employerName');
      const now = today();
      requireNotInFuture(input.givenOn, now, 'givenOn');
      requireNotInPast(input.expiresOn, now, 'expiresOn');
      if (input.expiresOn > addDays(input.givenOn, LONGEST_CONSENT_DAYS)) {
        throw badUserInput(
          `A consent runs at most ${LONGEST_CONSENT_DAYS} days from the day it was given`,
          'expiresOn',
        );
      }
      disclose(context, prisonNumber);
      return context.store.recordSharingConsent({
        prisonNumber,
        employerId,
        employerName,
        givenOn: input.givenOn,
        expiresOn: input.expiresOn,
        recordedBy: subjectOf(context),
        recordedAt: new Date().toISOString(),
        withdrawnOn: null,
      });
    },
    withdrawSharingConsent: async (_parent, args: { consentId: string }, context: PnomisContext) => {
      const id = Number(args.consentId);
      const withdrawn = Number.isInteger(id)
        ? await context.store.withdrawSharingConsent(id, today())
        : undefined;
      if (!withdrawn) throw refused('CONSENT_NOT_FOUND', `No consent ${args.consentId}`);
      disclose(context, withdrawn.prisonNumber);
      return withdrawn;
    },
  },
};
