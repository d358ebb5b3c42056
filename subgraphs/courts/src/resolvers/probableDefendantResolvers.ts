import { requireNoCaseload } from '@lib/authorization/caseload';
import { readPncId } from '@lib/identifiers/pncId';
import { parsePounds } from '@lib/money';
import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import { crownCaseKeyText } from '../store/crownCaseKey';
import {
  orderCaseKey,
  type OrderReference as ConfiscationOrderReference,
} from './confiscationCourtRecordResolvers';
import { probableDefendantOf, type RecordedPerson } from '../services/probableDefendant';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { MagistratesCaseTable } from '../store/magistratesTables';

/** The order as the gateway hands it to the courts for this field: its key and the fields it requires. */
type OrderReference = Omit<ConfiscationOrderReference, 'accountNumber'>;

function personOf(row: CrownCaseTable | MagistratesCaseTable): RecordedPerson {
  return {
    firstName: row.defendantFirstName,
    lastName: row.defendantLastName,
    dateOfBirth: row.defendantDateOfBirth,
  };
}

/** Whom a PNC ID belongs to in the courts: the defendant of the first case recorded under it, or null. */
async function ownerOf(pncId: string | null, context: CourtsContext): Promise<RecordedPerson | null> {
  if (pncId === null) return null;
  const [crownCases, magistratesCases] = await Promise.all([
    context.crownCasesByPncId.load(pncId),
    context.magistratesCasesByPncId.load(pncId),
  ]);
  const recorded = [...crownCases, ...magistratesCases].find((row) => row.defendantLastName !== null);
  return recorded ? personOf(recorded) : null;
}

async function probableDefendant(order: OrderReference, context: CourtsContext) {
  requireNoCaseload(
    context.caller,
    'The courts cannot tell where a person is held: staff limited to a prison caseload do not read court records',
  );
  const crownCase = await context.crownCaseByKey.load(crownCaseKeyText(orderCaseKey(order)));
  if (!crownCase) return null;
  // A case received by digital transfer keys in no particulars of its own: they are read through its URN.
  const linked = crownCase.urn ? await context.magistratesCaseByUrn.load(crownCase.urn) : null;
  const particulars = crownCase.defendantLastName !== null || !linked ? crownCase : linked;
  const defendant = {
    ...personOf(particulars),
    pncId: crownCase.defendantPncId ?? linked?.defendantPncId ?? null,
  };
  const keyed = order.defendantPncId ? readPncId(order.defendantPncId) : null;
  const keyedCanonical = keyed?.valid ? keyed.canonical : null;
  // The order names the case's defendant, as most do: nobody to find, and no search by name to run.
  if (defendant.pncId !== null && defendant.pncId === keyedCanonical) return null;
  const [namesakePncIds, keyedOwner] = await Promise.all([
    defendant.lastName && defendant.dateOfBirth
      ? context.findDefendantPncIds(
          {
            lastName: defendant.lastName,
            firstName: defendant.firstName,
            dateOfBirth: defendant.dateOfBirth,
          },
          10,
        )
      : Promise.resolve([]),
    keyedCanonical !== defendant.pncId ? ownerOf(keyedCanonical, context) : Promise.resolve(null),
  ]);
  const amountPence = order.amountOrdered ? (parsePounds(order.amountOrdered) ?? null) : null;
  const found = probableDefendantOf({
    keyedPncId: order.defendantPncId ?? null,
    caseNumber: crownCase.caseNumber,
    defendant,
    namesakePncIds,
    keyedOwner,
    courtOrderMatches:
      amountPence !== null &&
      crownCase.confiscationAmountPence === amountPence &&
      crownCase.confiscationOrderedOn === (order.orderedOn ?? null),
  });
  // Recorded for the audit log: the person found, and the person the keyed PNC ID belongs to.
  if (found) disclose(context, found.pncId);
  if (found && keyedOwner) disclose(context, keyedCanonical);
  return found;
}

/** The courts' answer to who a confiscation order probably concerns (services/probableDefendant.ts). */
export const probableDefendantResolvers = {
  ConfiscationOrder: {
    probableDefendant: (order: OrderReference, _args: unknown, context: CourtsContext) =>
      probableDefendant(order, context),
  },
};
