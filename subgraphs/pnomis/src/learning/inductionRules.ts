import { badUserInput } from '@lib/graphql/errors';
import { requireInRange, requireText } from './learningRules';

/** Months of previous work that can be recorded: up to fifty years. */
const MONTHS_WORKED: readonly [number, number] = [1, 600];

/** A sector of work with an optional role, as an induction records interests and previous work. */
interface SectorRole {
  sector: string;
  role?: string | null;
}

/** Refuses an induction that records no intention on release: NOT_SURE is the answer when there is none yet. */
export function requireIntentions(intentions: readonly string[]): string[] {
  if (intentions.length === 0) {
    throw badUserInput(
      'Give at least one intention on release (NOT_SURE if undecided)',
      'intentionsOnRelease',
    );
  }
  return [...new Set(intentions)];
}

/** Trims roles, and refuses an OTHER sector without a role to say what it is. */
export function requireRoles<Entry extends SectorRole>(entries: readonly Entry[], argument: string): Entry[] {
  return entries.map((entry) => {
    const role = entry.role?.trim() || null;
    if (entry.sector === 'OTHER' && !role) throw badUserInput(`A sector of OTHER needs a role`, argument);
    return { ...entry, role };
  });
}

/** Refuses previous work lasting less than a month or more than fifty years. */
export function requireMonthsWorked(entries: readonly { months: number }[]): void {
  for (const entry of entries) requireInRange(entry.months, MONTHS_WORKED, 'previousWork.months');
}

/** Trims qualifications gained before custody, refusing one with no subject. */
export function requireQualificationSubjects<Entry extends { subject: string; grade?: string | null }>(
  entries: readonly Entry[],
): Entry[] {
  return entries.map((entry) => ({
    ...entry,
    subject: requireText(entry.subject, 'qualificationsBeforeCustody.subject'),
    grade: entry.grade?.trim() || null,
  }));
}
