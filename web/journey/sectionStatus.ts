import type { GraphQLErrorBody } from './graphqlClient';
import type { Offender } from './journeyQuery';

/** The subgraphs, as the gateway names them in SUBGRAPH_UNAVAILABLE errors' `extensions.subgraph`. */
export type Subgraph = 'courts' | 'pnomis' | 'visits' | 'confiscation';

/** Why a part of the journey is or is not on the page. */
export type SectionStatus =
  | { kind: 'shown' }
  /** The token does not allow it: the section is left out, not shown broken. */
  | { kind: 'denied' }
  /** Its system did not answer: said plainly, with the rest of the page intact. */
  | { kind: 'unavailable'; message: string }
  /** Refused for this person (outside the caseload, say), with the gateway's reason. */
  | { kind: 'refused'; message: string };

const UNAUTHORIZED = 'UNAUTHORIZED_FIELD_OR_TYPE';
const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'STORE_UNAVAILABLE']);

function isAt(error: GraphQLErrorBody, field: string): boolean {
  return error.path?.[0] === 'offender' && error.path[1] === field;
}

/**
 * Explains one field of the person. A value means it is shown. A null is explained by the errors: an
 * UNAUTHORIZED_FIELD_OR_TYPE at the field (the gateway removed it before planning), a SUBGRAPH_UNAVAILABLE naming
 * the field's system (reported at the offender, not the field, since the whole fetch failed), or another error
 * at the field. A null with no error is a real "nothing" (never in prison, say) and is shown as such.
 */
export function fieldStatus(
  offender: Offender,
  errors: readonly GraphQLErrorBody[],
  field: keyof Offender,
  subgraph: Subgraph,
): SectionStatus {
  if (offender[field] !== null && offender[field] !== undefined) return { kind: 'shown' };
  const atField = errors.filter((error) => isAt(error, field));
  if (atField.some((error) => error.extensions?.code === UNAUTHORIZED)) return { kind: 'denied' };
  const down = errors.find(
    (error) => UNAVAILABLE.has(error.extensions?.code ?? '') && error.extensions?.subgraph === subgraph,
  );
  if (down) return { kind: 'unavailable', message: down.message };
  const other = atField[0];
  return other ? { kind: 'refused', message: other.message } : { kind: 'shown' };
}

/** A section over several fields of one system: shown if any is, otherwise the first field's reason. */
export function sectionStatus(
  offender: Offender,
  errors: readonly GraphQLErrorBody[],
  fields: readonly (keyof Offender)[],
  subgraph: Subgraph,
): SectionStatus {
  const statuses = fields.map((field) => fieldStatus(offender, errors, field, subgraph));
  return statuses.find((status) => status.kind === 'shown') ?? statuses[0] ?? { kind: 'shown' };
}
