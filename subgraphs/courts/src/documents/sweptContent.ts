/** What one sweep of unreferenced content removed. */
export interface SweptContent {
  /** Contents removed: bytes stored under a checksum that no case document refers to. */
  removed: number;
  /** Their size, in bytes. */
  bytes: number;
}
