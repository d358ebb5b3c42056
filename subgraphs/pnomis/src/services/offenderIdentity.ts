import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';
import { noteIdentity } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import type { OffenderTable } from '../store/pnomisTables';

/** An offender as P-Nomis hands it to the graph: both keys as far as P-Nomis knows them, and its own record. */
export interface OffenderIdentity {
  pncId: string | null;
  prisonNumber: string | null;
  record: OffenderTable | null;
}

/** The identifiers a caller or the gateway gives to find an offender. */
export interface OffenderKeys {
  pncId?: string | null;
  prisonNumber?: string | null;
}

/** Checks that exactly one identifier is given and that it is well formed; returns it in canonical form. */
export function requireOneIdentifier(keys: OffenderKeys): OffenderKeys {
  const given = [keys.pncId, keys.prisonNumber].filter((value) => value !== undefined && value !== null);
  if (given.length !== 1) {
    throw badUserInput('Give exactly one of pncId or prisonNumber to identify an offender');
  }
  return keys.pncId
    ? { pncId: requirePncId(keys.pncId, 'pncId') }
    : { prisonNumber: requireIdentifier('prisonNumber', keys.prisonNumber ?? '', 'prisonNumber') };
}

/**
 * Tells the gateway's audit log which identifiers P-Nomis holds for a person the request concerned: the one
 * system that links a prison number to a PNC ID (and a CRO number), so that the data-protection officer finds a
 * look-up by either, whatever the caller asked to see.
 */
export function noteRecordIdentity(context: PnomisContext, record: OffenderTable): void {
  noteIdentity(context, {
    pncId: record.pncId,
    prisonNumber: record.prisonNumber,
    croNumber: record.croNumber,
  });
}

/**
 * Links an offender's two keys through P-Nomis. A person P-Nomis does not know keeps the key they were asked
 * by and no record: other systems may still know them (a person known only to the courts, say).
 */
export async function identifyOffender(
  keys: OffenderKeys,
  context: PnomisContext,
): Promise<OffenderIdentity> {
  const record = keys.prisonNumber
    ? await context.offenderByPrisonNumber.load(keys.prisonNumber)
    : keys.pncId
      ? await context.offenderByPncId.load(keys.pncId)
      : null;
  if (record) noteRecordIdentity(context, record);
  if (keys.prisonNumber) {
    return { prisonNumber: keys.prisonNumber, pncId: record?.pncId ?? keys.pncId ?? null, record };
  }
  if (keys.pncId) return { pncId: keys.pncId, prisonNumber: record?.prisonNumber ?? null, record };
  return { pncId: null, prisonNumber: null, record: null };
}
