import { GraphQLError } from 'graphql';
import type { CourtsClient, CourtView } from '../courts/courtsClient';
import type { Order } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { LedgerUnit } from '../store/enforcementWrites';
import type { ResolutionRow } from '../store/workflowWrites';
import type { AmendmentCause, ResolutionKind } from '../store/workflowTables';
import { type Actor, amendInTransaction } from './amendOrder';
import type { ProposedFacts } from './amendmentRules';
import { type Discrepancy, discrepanciesOf } from './discrepancies';
import { courtCorrectionOf } from './discrepancyCorrections';
import { coveringResolution } from './discrepancyStatus';
import { enforcementError } from './enforcementErrors';

/** What a resolution needs besides the request: the store, the courts, the caller's credential, today, the rate. */
export interface ResolutionDeps {
  store: ConfiscationStore;
  courts: CourtsClient;
  credential: string | null;
  actor: Actor;
  today: string;
  rate: number;
}

/** A resolution to record, already read: which discrepancy it picks, how it resolves it, and what it sets. */
export interface ResolutionPlan {
  accountNumber: string;
  resolution: ResolutionKind;
  reason: string;
  idempotencyKey: string;
  /** Picks the discrepancy among those the order shows now, or refuses. */
  pick: (live: readonly Discrepancy[]) => Discrepancy;
  /** For CORRECTED: the facts the order takes, and why it is amended. */
  correction?: { cause: AmendmentCause; proposed: (discrepancy: Discrepancy) => ProposedFacts };
  /** Refuses a plan the courts' view does not bear out (a probable defendant who is not theirs). */
  check?: (view: CourtView) => void;
}

/** What resolving gives back. */
export interface Resolved {
  resolution: ResolutionRow;
  order: Order;
  replayed: boolean;
}

/**
 * Records a resolution in one transaction on the order's ledger: the discrepancy is found again among those the
 * order shows against the court's record, refused when an explanation or a court's error already covers it, and
 * for CORRECTED the order is amended to the court's value (the amendment recorded with who, when and why).
 */
async function recordInTransaction(
  unit: LedgerUnit,
  plan: ResolutionPlan,
  view: CourtView,
  deps: ResolutionDeps,
): Promise<Resolved> {
  const order = unit.order;
  if (!order) throw enforcementError('NOT_FOUND', `There is no confiscation order ${plan.accountNumber}`);
  const earlier = await unit.resolutionByKey(plan.idempotencyKey);
  if (earlier) return { resolution: earlier, order, replayed: true };
  const discrepancy = plan.pick(discrepanciesOf(order, view.courtRecord ?? unreadable()));
  const covering = coveringResolution(discrepancy, order.crownCourtCode, await unit.resolutions());
  if (covering) {
    throw enforcementError(
      'DISCREPANCY_ALREADY_RESOLVED',
      `The ${discrepancy.kind} discrepancy on order ${order.accountNumber} was resolved already as ${covering.resolution} (resolution ${covering.resolutionId})`,
      { resolutionId: String(covering.resolutionId) },
    );
  }
  if (plan.resolution === 'COURT_ERROR') courtCorrectionOf(discrepancy);
  const amended = plan.correction
    ? await amendInTransaction(
        unit,
        order,
        plan.correction.proposed(discrepancy),
        { cause: plan.correction.cause, reason: plan.reason, actor: deps.actor, idempotencyKey: null },
        deps.today,
        deps.rate,
      )
    : null;
  const resolution = await unit.insertResolution({
    accountNumber: order.accountNumber,
    kind: discrepancy.kind,
    field: discrepancy.field,
    enforcementValue: discrepancy.enforcement.value,
    courtValue: discrepancy.court.value,
    courtRecord: discrepancy.court.record,
    crownCourtCode: order.crownCourtCode,
    resolution: plan.resolution,
    reason: plan.reason,
    resolvedBy: deps.actor.subject,
    resolvedAt: new Date().toISOString(),
    amendmentId: amended?.amendment.amendmentId ?? null,
    courtCorrectionId: null,
    idempotencyKey: plan.idempotencyKey,
  });
  return { resolution, order: amended?.order ?? order, replayed: false };
}

function unreadable(): never {
  throw new GraphQLError("The Crown Court's record of the order could not be read", {
    extensions: { code: 'COURT_RECORD_UNAVAILABLE' },
  });
}

/**
 * Tells the Crown Court of a correction its record needs, once: a COURT_ERROR resolution without the court's task
 * yet asks for it (under the resolution's key, so the court makes one task however often it is asked) and keeps
 * the task's number. Failing, the resolution stands and a repeat of the request asks again.
 */
async function tellTheCourt(resolved: Resolved, deps: ResolutionDeps): Promise<Resolved> {
  const { resolution } = resolved;
  if (resolution.resolution !== 'COURT_ERROR' || resolution.courtCorrectionId !== null) return resolved;
  const asked = courtCorrectionOf({
    kind: resolution.kind as Discrepancy['kind'],
    enforcement: {
      system: 'CONFISCATION',
      record: resolution.accountNumber,
      value: resolution.enforcementValue,
    },
    court: { system: 'CROWN_COURT', record: resolution.courtRecord, value: resolution.courtValue },
  });
  let correctionId: string;
  try {
    correctionId = await deps.courts.requestCorrection(
      {
        ...asked,
        // The case the resolution judged, at the centre the order named then (it may have been amended since).
        crownCourtCode: resolution.crownCourtCode,
        reason: resolution.reason,
        accountNumber: resolution.accountNumber,
        requestReference: resolution.idempotencyKey,
      },
      deps.credential,
    );
  } catch (error) {
    const cause = error instanceof GraphQLError ? error.message : 'no answer';
    throw new GraphQLError(
      `Resolution ${resolution.resolutionId} is recorded, but the Crown Court could not be asked to correct its record (${cause}): repeat the request with the same idempotency key to ask again`,
      { extensions: { code: 'COURTS_UNAVAILABLE', resolutionId: String(resolution.resolutionId) } },
    );
  }
  const updated = await deps.store.withOrderLedger(resolution.accountNumber, (unit) =>
    unit.setCourtCorrection(resolution.resolutionId, correctionId),
  );
  return { ...resolved, resolution: updated };
}

/**
 * Resolves a discrepancy: a repeated idempotency key returns the first resolution (asking the court again if it
 * was not told); otherwise the courts are asked for their record of the order as it stands, the resolution is
 * recorded in one transaction, and for COURT_ERROR the court is then asked to correct its record.
 */
export async function resolveWithCourts(
  plan: ResolutionPlan,
  sameRequest: (earlier: ResolutionRow) => boolean,
  deps: ResolutionDeps,
): Promise<Resolved> {
  const earlier = await deps.store.findResolutionByKey(plan.idempotencyKey);
  const [order] = await deps.store.findOrdersByAccountNumbers([plan.accountNumber]);
  if (earlier) {
    if (!sameRequest(earlier) || !order) {
      throw enforcementError(
        'IDEMPOTENCY_KEY_REUSED',
        `Idempotency key "${plan.idempotencyKey}" was already used for a different resolution`,
      );
    }
    return tellTheCourt({ resolution: earlier, order, replayed: true }, deps);
  }
  if (!order) throw enforcementError('NOT_FOUND', `There is no confiscation order ${plan.accountNumber}`);
  const view = await deps.courts.viewOf(order, deps.credential);
  plan.check?.(view);
  const resolved = await deps.store.withOrderLedger(plan.accountNumber, (unit) =>
    recordInTransaction(unit, plan, view, deps),
  );
  return tellTheCourt(resolved, deps);
}
