import { GraphQLError } from 'graphql';
import { badUserInput } from '@lib/graphql/errors';
import { parseIsoDate } from '@lib/graphql/scalars';
import { requirePncId } from '@lib/identifiers/requireIdentifier';
import { formatPence, parsePounds } from '@lib/money';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { RecordField } from '../store/recordCorrectionTables';
import type { CorrectionRow, RecordCorrectionsStore } from '../store/recordCorrectionsStore';
import { namedCrownCase, type NamedCrownCase } from './crownCaseNaming';

/** A correction asked for, as the input reads. */
export interface CorrectionRequest {
  caseNumber: string;
  /** The court code of the centre holding the case; needed only when the number is held at several. */
  crownCourtCode?: string | null;
  field: RecordField;
  correctValue: string;
  reason: string;
  accountNumber: string;
  requestReference: string;
}

/** Who acts: the subject of the caller's access token. */
export interface Actor {
  subject: string;
}

function correctionError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function readText(
  input: string | null | undefined,
  argument: string,
  limit: number,
  required: boolean,
): string | null {
  const text = input?.trim() ?? '';
  if (required && text.length === 0) throw badUserInput(`${argument} is required`, argument);
  if (text.length > limit) throw badUserInput(`${argument} must be at most ${limit} characters`, argument);
  return text.length === 0 ? null : text;
}

/** The value a field should take, checked and in the form the graph writes it (amounts as exact decimals). */
function readValue(field: RecordField, input: string): string {
  if (field === 'DEFENDANT_PNC_ID') return requirePncId(input, 'correctValue');
  if (field === 'CONFISCATION_ORDER_DATE') {
    try {
      return parseIsoDate(input.trim());
    } catch {
      throw badUserInput(`"${input}" is not a date of the form YYYY-MM-DD`, 'correctValue');
    }
  }
  const pence = parsePounds(input);
  if (pence === undefined || pence <= 0)
    throw badUserInput(`"${input}" is not an amount above 0.00`, 'correctValue');
  return formatPence(pence);
}

/** The value a case holds for a field, as text in the same form; the defendant's PNC ID as the case shows it. */
export function valueHeld(
  crownCase: CrownCaseTable,
  field: RecordField,
  defendantPncId: string | null,
): string | null {
  if (field === 'DEFENDANT_PNC_ID') return defendantPncId;
  if (field === 'CONFISCATION_ORDER_DATE') return crownCase.confiscationOrderedOn;
  return crownCase.confiscationAmountPence === null ? null : formatPence(crownCase.confiscationAmountPence);
}

/**
 * Records a correction the enforcement system asks of the Crown Court's record, in one transaction; the same
 * request reference returns the first correction. `caseOf` reads the case and the defendant's PNC ID as shown.
 */
export async function requestCorrection(
  store: RecordCorrectionsStore,
  request: CorrectionRequest,
  caseOf: (
    named: NamedCrownCase,
  ) => Promise<{ crownCase: CrownCaseTable; defendantPncId: string | null } | null>,
  actor: Actor,
) {
  const named = namedCrownCase(request.caseNumber, request.crownCourtCode);
  const correctValue = readValue(request.field, request.correctValue);
  const reason = readText(request.reason, 'reason', 1000, true) ?? '';
  const accountNumber = readText(request.accountNumber, 'accountNumber', 12, true) ?? '';
  const requestReference = readText(request.requestReference, 'requestReference', 100, true) ?? '';
  const held = await caseOf(named);
  if (!held) {
    const where = named.crownCourtCode ? ` at ${named.crownCourtCode}` : '';
    throw correctionError('NOT_FOUND', `The Crown Court holds no case ${named.caseNumber}${where}`);
  }
  return store.request({
    courtCode: held.crownCase.courtCode,
    caseNumber: held.crownCase.caseNumber,
    field: request.field,
    recordedValue: valueHeld(held.crownCase, request.field, held.defendantPncId),
    correctValue,
    reason,
    accountNumber,
    requestedBy: actor.subject,
    requestedAt: new Date().toISOString(),
    requestReference,
    status: 'OPEN',
    completedBy: null,
    completedAt: null,
    completionNote: null,
  });
}

/** The value as the case's column keeps it: amounts in pence. */
function storedValue(correction: CorrectionRow): string | number {
  return correction.field === 'CONFISCATION_AMOUNT'
    ? (parsePounds(correction.correctValue) ?? 0)
    : correction.correctValue;
}

/**
 * Makes a correction: the case's record takes the value asked for and the correction is completed, in one
 * transaction (the correction locked on PostgreSQL). Completing it again with the same note is a replay; with
 * another note, CORRECTION_ALREADY_COMPLETED.
 */
export async function completeCorrection(
  store: RecordCorrectionsStore,
  input: { correctionId: string; note?: string | null },
  actor: Actor,
  lockRows: boolean,
) {
  const id = input.correctionId.trim();
  if (!/^[1-9]\d{0,9}$/.test(id))
    throw badUserInput(`"${input.correctionId}" is not a correction number`, 'correctionId');
  const note = readText(input.note, 'note', 1000, false);
  return store.withCorrection(
    Number(id),
    async (correction, complete) => {
      if (!correction) throw correctionError('NOT_FOUND', `There is no correction ${id}`);
      if (correction.status === 'COMPLETED') {
        if (correction.completionNote === note) return { correction, replayed: true };
        throw correctionError(
          'CORRECTION_ALREADY_COMPLETED',
          `Correction ${id} was made already, by ${correction.completedBy ?? 'someone'} at ${correction.completedAt ?? 'an unrecorded time'}`,
        );
      }
      const completed = await complete(storedValue(correction), {
        completedBy: actor.subject,
        completedAt: new Date().toISOString(),
        completionNote: note,
      });
      return { correction: completed, replayed: false };
    },
    lockRows,
  );
}
