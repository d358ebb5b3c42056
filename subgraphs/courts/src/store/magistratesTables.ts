import type { Generated } from 'kysely';

/** A prosecution case in the magistrates' courts system. */
export interface MagistratesCaseTable {
  urn: string;
  courtCode: string;
  defendantFirstName: string;
  defendantLastName: string;
  defendantDateOfBirth: string;
  defendantPncId: string | null;
  defendantCroNumber: string | null;
  chargedOn: string;
  allocationDecision: 'SUMMARY_TRIAL' | 'CROWN_COURT_TRIAL' | null;
  bailStatus: 'UNCONDITIONAL_BAIL' | 'CONDITIONAL_BAIL' | 'REMANDED_IN_CUSTODY';
  outcome: string | null;
  /** The Crown Court case number the case was sent to: the only trace of the sending on this side. */
  sentToCrownCaseNumber: string | null;
}

/** An offence charged in a magistrates' case. */
export interface MagistratesOffenceTable {
  offenceId: Generated<number>;
  urn: string;
  sequence: number;
  code: string;
  wording: string;
  modeOfTrial: 'SUMMARY_ONLY' | 'EITHER_WAY' | 'INDICTABLE_ONLY';
  committedOn: string;
  plea: 'GUILTY' | 'NOT_GUILTY' | null;
  verdict: 'GUILTY' | 'NOT_GUILTY' | null;
}

/** A hearing of a magistrates' case. */
export interface MagistratesHearingTable {
  hearingId: Generated<number>;
  urn: string;
  courtCode: string;
  startsAt: string;
  type: string;
  outcome: string | null;
}

/** The magistrates' courts store's tables. */
export interface MagistratesTables {
  magistratesCase: MagistratesCaseTable;
  magistratesOffence: MagistratesOffenceTable;
  magistratesHearing: MagistratesHearingTable;
}
