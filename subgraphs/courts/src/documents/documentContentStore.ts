/** The size and checksum of content as stored. */
export interface StoredContent {
  /** SHA-256 of the bytes, lower-case hex: the key they are stored under. */
  sha256: string;
  sizeBytes: number;
}

/**
 * The magistrates' content-addressed store of case-file documents: bytes kept once under their SHA-256, whoever
 * adds them and however often. Content is streamed in and out in chunks, never held whole.
 */
export interface DocumentContentStore {
  /** Where the bytes are kept, for logs and the README: "files" or "postgres". */
  readonly kind: 'files' | 'postgres';
  /**
   * Streams `source` into the store, hashing it on the way; resolves once the bytes are durable. When `source`
   * throws (a refused upload), nothing is kept and the error is passed on. Content whose document is then not
   * recorded stays until the sweep of unreferenced content (contentSweep.ts); a put of content already stored
   * counts as its newest, so that the sweep spares it until its document is recorded.
   */
  put(source: AsyncIterable<Uint8Array>): Promise<StoredContent>;
  /** The bytes stored under `sha256`, chunk by chunk; null when none are. */
  read(sha256: string): Promise<AsyncIterable<Uint8Array> | null>;
}
