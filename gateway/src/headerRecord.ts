/** A fetch Headers, as @apollo/gateway hands them to a data source (node-fetch's, which also has `raw()`). */
export interface FetchHeaders extends Iterable<[string, string]> {
  raw?: () => Record<string, string[]>;
}

/**
 * The headers as a plain record of lower-case names, as Node's http client takes them. node-fetch's Headers sort
 * and copy every header at each step of their iterator, so iterating them costs a sort per header per fetch:
 * their raw map is read instead, in one pass, with the values joined as the iterator joins them.
 */
export function headerRecord(headers: FetchHeaders): Record<string, string> {
  const raw = headers.raw?.();
  if (raw === undefined) return Object.fromEntries(headers);
  const record: Record<string, string> = {};
  for (const name of Object.keys(raw)) record[name.toLowerCase()] = (raw[name] ?? []).join(', ');
  return record;
}
