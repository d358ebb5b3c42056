import type { Selectable } from 'kysely';
import type { InductionTable, QualificationTable, SkillsAssessmentTable } from './learningTables';
import { QUALIFICATION_LEVELS } from './learningStore';

/** What the careers service looks for in the people released: each criterion optional. */
export interface MatchCriteria {
  /** A qualification at this level or above (and in a subject containing `subject`, if given). */
  minimumLevel: string | null;
  subject: string | null;
  /** Functional skills: the latest assessment in each area at or above its level. */
  skills: readonly { area: string; minimumLevel: string }[];
  /** Sectors the person said at induction they would like to work in. */
  workSectors: readonly string[];
}

/** Why a person matched: what was looked for, and what in their record meets it. */
export interface MatchReason {
  kind: 'QUALIFICATION' | 'SKILLS_ASSESSMENT' | 'WORK_INTEREST';
  detail: string;
}

/** A released person's record, as far as matching reads it. */
export interface ReleasedRecord {
  prisonNumber: string;
  releasedOn: string;
  qualifications: readonly Selectable<QualificationTable>[];
  assessments: readonly Selectable<SkillsAssessmentTable>[];
  induction: Selectable<InductionTable> | undefined;
}

/** A person matched, the score they are ranked by, and why. */
export interface LearnerMatch {
  prisonNumber: string;
  releasedOn: string;
  score: number;
  matchedOn: MatchReason[];
}

const rank = (level: string) => QUALIFICATION_LEVELS.indexOf(level as (typeof QUALIFICATION_LEVELS)[number]);

// Each criterion met scores its weight, and each level beyond the one asked for one point more: a qualification
// is the strongest evidence, a latest skills level next, a stated interest the least.
const WEIGHT = { QUALIFICATION: 3, SKILLS_ASSESSMENT: 2, WORK_INTEREST: 1 } as const;

function qualificationReasons(record: ReleasedRecord, criteria: MatchCriteria): [MatchReason[], number] {
  if (criteria.minimumLevel === null && criteria.subject === null) return [[], 0];
  const subject = criteria.subject?.toLowerCase() ?? null;
  const held = record.qualifications.filter(
    (qualification) =>
      (criteria.minimumLevel === null || rank(qualification.level) >= rank(criteria.minimumLevel)) &&
      (subject === null || qualification.subject.toLowerCase().includes(subject)),
  );
  const best = Math.max(...held.map((qualification) => rank(qualification.level)));
  const beyond = criteria.minimumLevel === null ? 0 : best - rank(criteria.minimumLevel);
  return [
    held.map((qualification) => ({
      kind: 'QUALIFICATION',
      detail:
        `${qualification.subject} at ${qualification.level} (${qualification.awardingBody}, ` +
        `${qualification.verification === 'VERIFIED' ? 'verified' : 'self-declared'}, ${qualification.awardedOn})`,
    })),
    held.length > 0 ? WEIGHT.QUALIFICATION + beyond : 0,
  ];
}

function skillReasons(record: ReleasedRecord, criteria: MatchCriteria): [MatchReason[], number] {
  const reasons: MatchReason[] = [];
  let score = 0;
  for (const wanted of criteria.skills) {
    const latest = record.assessments
      .filter((assessment) => assessment.area === wanted.area)
      .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
    if (!latest || rank(latest.level) < rank(wanted.minimumLevel)) continue;
    reasons.push({
      kind: 'SKILLS_ASSESSMENT',
      detail: `${wanted.area} assessed at ${latest.level} on ${latest.assessedOn} (latest)`,
    });
    score += WEIGHT.SKILLS_ASSESSMENT + rank(latest.level) - rank(wanted.minimumLevel);
  }
  return [reasons, score];
}

function interestReasons(record: ReleasedRecord, criteria: MatchCriteria): [MatchReason[], number] {
  const interests = JSON.parse(record.induction?.workInterests ?? '[]') as {
    sector: string;
    role?: string | null;
  }[];
  const matched = interests.filter((interest) => criteria.workSectors.includes(interest.sector));
  return [
    matched.map((interest) => ({
      kind: 'WORK_INTEREST',
      detail: `Would like to work in ${interest.sector}${interest.role ? ` as ${interest.role}` : ''}`,
    })),
    matched.length * WEIGHT.WORK_INTEREST,
  ];
}

/**
 * Matches released people to what the careers service looks for: a person matches when their record meets at
 * least one criterion given (everyone, when none is), and is ranked by how much it meets, highest first (then
 * the latest released, then by prison number), each with the reasons.
 */
export function matchReleasedLearners(
  records: readonly ReleasedRecord[],
  criteria: MatchCriteria,
): LearnerMatch[] {
  const asked =
    criteria.minimumLevel !== null ||
    criteria.subject !== null ||
    criteria.skills.length > 0 ||
    criteria.workSectors.length > 0;
  const matches: LearnerMatch[] = [];
  for (const record of records) {
    const parts = [
      qualificationReasons(record, criteria),
      skillReasons(record, criteria),
      interestReasons(record, criteria),
    ];
    const matchedOn = parts.flatMap(([reasons]) => reasons);
    if (asked && matchedOn.length === 0) continue;
    const score = parts.reduce((sum, [, points]) => sum + points, 0);
    matches.push({ prisonNumber: record.prisonNumber, releasedOn: record.releasedOn, score, matchedOn });
  }
  return matches.sort(
    (a, b) =>
      b.score - a.score ||
      b.releasedOn.localeCompare(a.releasedOn) ||
      a.prisonNumber.localeCompare(b.prisonNumber),
  );
}
