/**
 * A credential that was refused. `reason` is short and safe to show to the caller ("token expired",
 * "wrong audience"): it says what to fix without echoing the token or the gateway's keys.
 */
export class AuthenticationError extends Error {
  /** Why the credential was refused, fit for a 401 response body. */
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`authentication failed: ${reason}`, options);
    this.name = 'AuthenticationError';
    this.reason = reason;
  }
}
