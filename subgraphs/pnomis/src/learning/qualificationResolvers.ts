import type { Selectable } from 'kysely';
import { badUserInput, refused } from '@lib/graphql/errors';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { disclose } from '@lib/subgraph/disclosure';
import type { Resolvers } from '../generated/resolvers';
import type { PnomisContext } from '../context';
import { requireHeldInCaseload } from '../services/heldInCaseload';
import { prisonRef, requireEstablishment, requirePrisoner, today } from './learningRequests';
import { requireEndStatus, requireNotBefore, requireNotInFuture, requireText } from './learningRules';
import type { CourseEnrolmentTable, QualificationTable, QualificationVerification } from './learningTables';

/** The qualification an accredited course leads to, as staff give it when they enrol someone. */
export interface AccreditationInput {
  subject: string;
  level: string;
  awardingBody: string;
}

/**
 * The columns of what a course leads to: an accredited course must say which qualification (subject, level,
 * awarding body), and a course that is not accredited leads to none.
 */
export function accreditation(accredited: boolean, leadsTo: AccreditationInput | null | undefined) {
  if (accredited && !leadsTo) {
    throw badUserInput('An accredited course must say the qualification it leads to (leadsTo)', 'leadsTo');
  }
  if (!accredited && leadsTo) {
    throw badUserInput(
      'A course that is not accredited leads to no qualification: leave leadsTo out',
      'leadsTo',
    );
  }
  return {
    qualificationSubject: leadsTo ? requireText(leadsTo.subject, 'leadsTo.subject') : null,
    qualificationLevel: leadsTo?.level ?? null,
    awardingBody: leadsTo ? requireText(leadsTo.awardingBody, 'leadsTo.awardingBody') : null,
  };
}

interface QualificationInput {
  prisonNumber: string;
  subject: string;
  level: string;
  awardingBody: string;
  grade?: string | null;
  awardedOn: string;
  verification: QualificationVerification;
  prisonCode?: string | null;
}

interface CourseEndInput {
  enrolmentId: string;
  status: string;
  endedOn: string;
  outcomeGrade?: string | null;
}

/** Qualifications: recorded by staff, or awarded by completing an accredited course. */
export const qualificationResolvers: Resolvers = {
  CourseEnrolment: {
    leadsTo: (row: Selectable<CourseEnrolmentTable>) =>
      row.accredited === 1 && row.qualificationLevel !== null
        ? { subject: row.qualificationSubject, level: row.qualificationLevel, awardingBody: row.awardingBody }
        : null,
  },
  Qualification: {
    prison: (row: Selectable<QualificationTable>) => (row.prisonCode ? prisonRef(row.prisonCode) : null),
  },
  Mutation: {
    recordQualification: async (
      _parent,
      { input }: { input: QualificationInput },
      context: PnomisContext,
    ) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      // Where it was gained, if in prison, is an establishment that held the person; the person must be in the
      // caller's caseload either way.
      const prisonCode = input.prisonCode
        ? await requireEstablishment(input.prisonCode, prisonNumber, context)
        : null;
      if (!prisonCode) await requireHeldInCaseload(prisonNumber, context);
      requireNotInFuture(input.awardedOn, today(), 'awardedOn');
      disclose(context, prisonNumber);
      return context.store.recordQualification({
        prisonNumber,
        subject: requireText(input.subject, 'subject'),
        level: input.level,
        awardingBody: requireText(input.awardingBody, 'awardingBody'),
        grade: input.grade?.trim() || null,
        awardedOn: input.awardedOn,
        verification: input.verification,
        prisonCode,
        enrolmentId: null,
      });
    },
    endCourse: async (_parent, { input }: { input: CourseEndInput }, context: PnomisContext) => {
      requireEndStatus(input.status);
      const id = Number(input.enrolmentId);
      const enrolment = Number.isInteger(id) ? await context.store.findEnrolment(id) : undefined;
      if (!enrolment) throw refused('ENROLMENT_NOT_FOUND', `No course enrolment ${input.enrolmentId}`);
      // Staff end courses at the prisons they work in, as they enrol them there, for people their caseload holds.
      if (!inCaseload(context.caller, enrolment.prisonCode)) throw outsideCaseload();
      await requireHeldInCaseload(enrolment.prisonNumber, context);
      requireNotBefore(enrolment.startedOn, input.endedOn, 'The end date');
      requireNotInFuture(input.endedOn, today(), 'endedOn');
      const ended = await context.store.endCourse(id, {
        status: input.status,
        endedOn: input.endedOn,
        outcomeGrade: input.status === 'COMPLETED' ? (input.outcomeGrade?.trim() ?? null) : null,
      });
      if (!ended) throw refused('COURSE_ALREADY_ENDED', `Enrolment ${input.enrolmentId} has already ended`);
      disclose(context, ended.enrolment.prisonNumber);
      return ended.enrolment;
    },
  },
};
