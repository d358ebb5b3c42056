import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import type { CaseFinder } from '../services/crownCaseNaming';
import { type CrownCaseKey, crownCaseKeyText } from '../store/crownCaseKey';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { MagistratesCaseTable } from '../store/magistratesTables';

/** A defendant as the graph shows it, from whichever system's record holds the particulars. */
export function defendantOf(row: MagistratesCaseTable | CrownCaseTable) {
  return {
    firstName: row.defendantFirstName,
    lastName: row.defendantLastName,
    dateOfBirth: row.defendantDateOfBirth,
    pncId: row.defendantPncId,
    croNumber: row.defendantCroNumber,
  };
}

/**
 * The magistrates' case a Crown Court case was received from by digital transfer, whose record holds the
 * defendant's particulars; null for a case that keyed in its own (received on paper).
 */
function linkedRecord(row: CrownCaseTable, context: CourtsContext) {
  return row.defendantFirstName === null && row.urn ? context.magistratesCaseByUrn.load(row.urn) : null;
}

/** The defendant of a Crown Court case: its own record, or, for a case received by transfer, the linked one. */
export async function crownDefendantOf(row: CrownCaseTable, context: CourtsContext) {
  const linked = await linkedRecord(row, context);
  if (row.defendantFirstName !== null || !linked) return defendantOf(row);
  return defendantOf(linked);
}

/** Records, for the audit log, whose Crown Court case is being returned (through the link if need be). */
export async function discloseCrownCase<T extends CrownCaseTable | null>(context: CourtsContext, row: T) {
  if (!row) return row;
  const pncId = row.defendantPncId ?? (await linkedRecord(row, context))?.defendantPncId;
  disclose(context, pncId ?? row.urn ?? row.caseNumber);
  return row;
}

/**
 * A person's Crown Court cases, oldest first: those the Crown Court system holds under their PNC ID, and those
 * their magistrates' cases were sent to by digital transfer, which record no PNC ID of their own (returned or
 * withdrawn ones included: their timeline says so).
 */
export async function crownCasesOf(pncId: string, context: CourtsContext): Promise<CrownCaseTable[]> {
  const [byPncId, magistratesCases] = await Promise.all([
    context.crownCasesByPncId.load(pncId),
    context.magistratesCasesByPncId.load(pncId),
  ]);
  const closed = await Promise.all(magistratesCases.map((row) => context.closedSendingsByUrn.load(row.urn)));
  const known = new Set(byPncId.map(crownCaseKeyText));
  const sentTo: CrownCaseKey[] = [
    ...magistratesCases.flatMap((row) =>
      row.sentToCrownCourtCode && row.sentToCrownCaseNumber
        ? [{ courtCode: row.sentToCrownCourtCode, caseNumber: row.sentToCrownCaseNumber }]
        : [],
    ),
    ...closed.flat().map((row) => ({ courtCode: row.crownCourtCode, caseNumber: row.crownCaseNumber })),
  ];
  const linkedKeys = [...new Set(sentTo.map(crownCaseKeyText))].filter((key) => !known.has(key));
  if (linkedKeys.length === 0) return byPncId;
  const linked = await Promise.all(linkedKeys.map((key) => context.crownCaseByKey.load(key)));
  return [...byPncId, ...linked.filter((row): row is CrownCaseTable => row !== null)].sort(
    (a, b) =>
      a.receivedOn.localeCompare(b.receivedOn) ||
      a.caseNumber.localeCompare(b.caseNumber) ||
      a.courtCode.localeCompare(b.courtCode),
  );
}

/** The Crown Court store's reads of cases by key and by number, through the request's loaders. */
export function loadedCaseFinder(context: CourtsContext): CaseFinder {
  return {
    caseByKey: async (key) => (await context.crownCaseByKey.load(crownCaseKeyText(key))) ?? undefined,
    casesByNumber: (caseNumber) => context.crownCasesByNumber.load(caseNumber),
  };
}
