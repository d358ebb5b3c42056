/**
 * A fresh key for one booking, so that a retried request books once. Built from getRandomValues rather than
 * randomUUID, which browsers offer only on secure origins: the gateway may be reached over plain HTTP on an
 * internal network.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `visit-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
