import { badUserInput } from '@lib/graphql/errors';

/** The most a list of the confiscation subgraph returns in one page. */
const PAGE_LIMIT = 200;

/** A page size as the `first` argument gives it: 50 when omitted, else 1 to 200 or BAD_USER_INPUT. */
export function readPageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_LIMIT) {
    throw badUserInput(`first must be 1 to ${PAGE_LIMIT}, got ${size}`, 'first');
  }
  return size;
}
