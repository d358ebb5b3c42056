/**
 * A request refused before GraphQL execution (no or bad credentials, an untrusted operation), answered with an
 * HTTP status and a GraphQL-shaped error body whose `extensions.code` is `code`.
 */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
