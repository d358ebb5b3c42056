import { GraphQLError } from 'graphql';
import type { DeniedField } from './analyseOperation';

/** The error Apollo Router gives for a field the caller may not see; the same code here keeps clients portable. */
export const UNAUTHORIZED_CODE = 'UNAUTHORIZED_FIELD_OR_TYPE';

/** One error per denied field, at its path. */
export function deniedFieldErrors(denied: readonly DeniedField[]): GraphQLError[] {
  return denied.map(
    (field) =>
      new GraphQLError('Unauthorized field or type', {
        path: field.path,
        extensions: { code: UNAUTHORIZED_CODE },
      }),
  );
}

function setNullAt(value: unknown, path: readonly string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) setNullAt(item, path);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const [key, ...rest] = path;
  if (key === undefined) return;
  const record = value as Record<string, unknown>;
  if (rest.length === 0) record[key] = null;
  else setNullAt(record[key], rest);
}

/** Puts null where each denied field would have been, at every index of the lists on its path. */
export function nullDeniedFields(data: Record<string, unknown>, denied: readonly DeniedField[]): void {
  for (const field of denied) setNullAt(data, field.path);
}
