import { createHash } from 'node:crypto';

/** The SHA-256 of some bytes, lower-case hex: the checksum a case-file document is stored and served with. */
export function sha256Of(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
