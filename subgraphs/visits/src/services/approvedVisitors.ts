import type { VisitorApproval } from '../prisoners/prisonerLocator';
import type { CheckedVisitor } from './visitorRules';
import { visitRefusal } from './visitRefusal';

function until(endsOn: string | null): string {
  return endsOn ? `until ${endsOn}` : 'with no end date set';
}

/**
 * Refuses a visit naming anyone P-Nomis does not let come on the day, the first such visitor in the order named:
 * someone who is not an approved contact of the prisoner (VISITOR_NOT_APPROVED: not a contact at all reads the
 * same), a contact banned that day (VISITOR_BANNED), or one restricted to closed visits named on an open visit
 * (VISITOR_CLOSED_VISITS_ONLY). `approvals` are P-Nomis's verdicts, in the visitors' order.
 */
export function requireApprovedVisitors(
  visitors: readonly CheckedVisitor[],
  approvals: readonly VisitorApproval[],
  restriction: 'OPEN' | 'CLOSED',
): void {
  visitors.forEach((visitor, index) => {
    const approval = approvals[index];
    const name = `${visitor.firstName} ${visitor.lastName}`;
    const detail = { visitorIndex: index };
    switch (approval?.verdict) {
      case 'APPROVED':
        return;
      case 'BANNED':
        throw visitRefusal(
          'VISITOR_BANNED',
          `${name} is banned from visiting this prisoner ${until(approval.restrictionEndsOn)}`,
          detail,
        );
      case 'CLOSED_VISITS_ONLY':
        if (restriction === 'CLOSED') return;
        throw visitRefusal(
          'VISITOR_CLOSED_VISITS_ONLY',
          `${name} may visit this prisoner only in a closed visit ${until(approval.restrictionEndsOn)}: book a closed visit`,
          detail,
        );
      default:
        throw visitRefusal(
          'VISITOR_NOT_APPROVED',
          `${name}, born ${visitor.dateOfBirth}, is not an approved visitor of this prisoner: only contacts ` +
            'the prison has approved, named as the prison records them, may visit',
          detail,
        );
    }
  });
}
