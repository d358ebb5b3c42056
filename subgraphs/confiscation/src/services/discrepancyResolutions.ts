import { requirePncId } from '@lib/identifiers/requireIdentifier';
import type { ResolutionKind } from '../store/workflowTables';
import { readReason } from './amendOrder';
import type { Discrepancy, DiscrepancyKind } from './discrepancies';
import { correctionToCourtValue, isIdentityDiscrepancy } from './discrepancyCorrections';
import { enforcementError } from './enforcementErrors';
import { readAccountNumber } from './enforcementInput';
import { readIdempotencyKey } from './recordPayment';
import { type Resolved, type ResolutionDeps, resolveWithCourts } from './resolveDiscrepancy';

/** A resolution as the mutation's input reads it. */
export interface ResolutionRequest {
  accountNumber: string;
  kind: DiscrepancyKind;
  resolution: ResolutionKind;
  reason: string;
  idempotencyKey: string;
}

/** A confirmation of the probable defendant, as the mutation's input reads it. */
export interface ConfirmationRequest {
  accountNumber: string;
  pncId: string;
  reason: string;
  idempotencyKey: string;
}

function noSuchDiscrepancy(accountNumber: string, what: string): never {
  throw enforcementError(
    'DISCREPANCY_NOT_FOUND',
    `Order ${accountNumber} shows no ${what} discrepancy with the Crown Court's record`,
  );
}

/**
 * Resolves one of an order's discrepancies with the Crown Court's record, as corrected (the order takes the
 * court's value), the court's error (the Crown Court is asked to correct its record) or explained.
 */
export function resolveDiscrepancy(request: ResolutionRequest, deps: ResolutionDeps): Promise<Resolved> {
  const accountNumber = readAccountNumber(request.accountNumber, 'accountNumber');
  const reason = readReason(request.reason);
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  return resolveWithCourts(
    {
      accountNumber,
      resolution: request.resolution,
      reason,
      idempotencyKey,
      pick: (live) =>
        live.find((discrepancy) => discrepancy.kind === request.kind) ??
        noSuchDiscrepancy(accountNumber, request.kind),
      ...(request.resolution === 'CORRECTED'
        ? { correction: { cause: 'DISCREPANCY_CORRECTED' as const, proposed: correctionToCourtValue } }
        : {}),
    },
    (earlier) =>
      earlier.accountNumber === accountNumber &&
      earlier.kind === request.kind &&
      earlier.resolution === request.resolution &&
      earlier.reason === reason,
    deps,
  );
}

/**
 * Confirms the probable defendant the courts find for an order, relinking the order to them: its PNC ID
 * discrepancy is resolved as CORRECTED, the order taking the confirmed PNC ID. The PNC ID given must be the one
 * the courts find now, so that what is confirmed is what the investigator was shown.
 */
export function confirmProbableDefendant(
  request: ConfirmationRequest,
  deps: ResolutionDeps,
): Promise<Resolved> {
  const accountNumber = readAccountNumber(request.accountNumber, 'accountNumber');
  const pncId = requirePncId(request.pncId, 'pncId');
  const reason = readReason(request.reason);
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  return resolveWithCourts(
    {
      accountNumber,
      resolution: 'CORRECTED',
      reason,
      idempotencyKey,
      pick: (live: readonly Discrepancy[]) =>
        live.find(isIdentityDiscrepancy) ?? noSuchDiscrepancy(accountNumber, 'PNC ID'),
      correction: { cause: 'DEFENDANT_CONFIRMED', proposed: () => ({ defendantPncId: pncId }) },
      check: (view) => {
        const found = view.probableDefendant;
        if (!found) {
          throw enforcementError(
            'NO_PROBABLE_DEFENDANT',
            `The courts find no probable defendant for order ${accountNumber}`,
          );
        }
        if (found.pncId !== pncId) {
          throw enforcementError(
            'NOT_THE_PROBABLE_DEFENDANT',
            `The probable defendant of order ${accountNumber} is ${found.pncId}, not ${pncId}`,
            { probableDefendant: found.pncId },
          );
        }
      },
    },
    (earlier) =>
      earlier.accountNumber === accountNumber && isIdentityDiscrepancy(earlier) && earlier.reason === reason,
    deps,
  );
}
