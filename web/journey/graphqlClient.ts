import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** An error as the gateway reports it: a message, where it applies, and a code (and the system, when one failed). */
export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; subgraph?: string; [key: string]: unknown };
}

/** Codes that mean the token or the stated purpose was not accepted: put right in the access fields. */
export const ACCESS_REFUSALS: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'PURPOSE_REQUIRED',
  'FORBIDDEN',
]);

/** A GraphQL response: data (possibly partial) and errors. */
export interface GraphQLResult<Data> {
  data?: Data | null;
  errors?: GraphQLErrorBody[];
}

/** Who is asking and why: the gateway audits every look at personal data against both. */
export interface Credentials {
  token: string;
  /** The lawful purpose: one of the codes the token's agency may state (GET /access/purposes). */
  purpose: string;
  /** The purpose in the caller's own words. */
  purposeDetail: string;
}

/**
 * Sends one operation to the gateway, as any front-end would: a POST (the identifiers travel in the body, never
 * in a URL), the bearer token and the stated purpose as headers, and no cookies. Refusals (401, 403) come back
 * as GraphQL errors in the body and are returned like any other answer. An operation made with `graphql()` from
 * ./generated carries the types of its variables and answer.
 */
export async function postGraphQL<Data, Variables = Record<string, unknown>>(
  query: string | ({ toString(): string } & DocumentTypeDecoration<Data, Variables>),
  variables: Variables,
  credentials: Credentials,
): Promise<GraphQLResult<Data>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${credentials.token}`,
      'x-access-purpose': credentials.purpose,
      'x-access-purpose-detail': credentials.purposeDetail,
    },
    body: JSON.stringify({ query: query.toString(), variables }),
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    throw new Error(`The gateway answered ${response.status} ${response.statusText}`.trim());
  }
  return (await response.json()) as GraphQLResult<Data>;
}
