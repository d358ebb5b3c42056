import { badUserInput } from '@lib/graphql/errors';
import { outsideCaseload } from '@lib/authorization/caseload';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';
import { noteIdentity } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import type { OffenderTable } from '../store/pnomisTables';
import { isHeldInCaseload } from './heldInCaseload';

/** An offender as P-Nomis hands it to the graph: both keys as far as P-Nomis knows them, and its own record. */
export interface OffenderIdentity {
  pncId: string | null;
  prisonNumber: string | null;
  record: OffenderTable | null;
  /** Set when the caller's caseload does not hold the person: the key P-Nomis would have linked is withheld. */
  withheld?: true;
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
 * look-up by either, whatever the caller asked to see, or was allowed to.
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
 * by and no record: other systems may still know them (a person known only to the courts, say). Nor does a
 * caller limited to a caseload learn the other key of someone held outside it: which prison number a PNC ID
 * belongs to, and the reverse, is P-Nomis's record of the person too. The audit log is told the link all the
 * same (noteRecordIdentity): it goes to the gateway's log of who was looked at, never to the caller.
 */
export async function identifyOffender(
  keys: OffenderKeys,
  context: PnomisContext,
): Promise<OffenderIdentity> {
  const identity = await linkKeys(keys, context);
  if (identity.record) noteRecordIdentity(context, identity.record);
  if (!identity.record || (await isHeldInCaseload(identity.record.prisonNumber, context))) return identity;
  return {
    pncId: keys.pncId ?? null,
    prisonNumber: keys.prisonNumber ?? null,
    record: identity.record,
    withheld: true,
  };
}

/**
 * A key of an offender as P-Nomis answers it: the one asked by, or the one linked to it; a linked key withheld
 * from the caller is refused (OUTSIDE_CASELOAD) rather than passed off as unknown.
 */
export function keyOf(offender: OffenderIdentity, key: keyof OffenderKeys): string | null {
  if (offender[key] === null && offender.withheld) throw outsideCaseload();
  return offender[key];
}

async function linkKeys(keys: OffenderKeys, context: PnomisContext): Promise<OffenderIdentity> {
  if (keys.prisonNumber) {
    const record = await context.offenderByPrisonNumber.load(keys.prisonNumber);
    return { prisonNumber: keys.prisonNumber, pncId: record?.pncId ?? keys.pncId ?? null, record };
  }
  if (keys.pncId) {
    const record = await context.offenderByPncId.load(keys.pncId);
    return { pncId: keys.pncId, prisonNumber: record?.prisonNumber ?? null, record };
  }
  return { pncId: null, prisonNumber: null, record: null };
}
