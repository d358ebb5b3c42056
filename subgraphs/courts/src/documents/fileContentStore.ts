import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentContentStore } from './documentContentStore';

const SHA256 = /^[0-9a-f]{64}$/;

/** Makes a rename or a new file in `directory` durable (the directory's entry, not only the file's bytes). */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Where the bytes of `sha256` live under `root`: `ab/cdef…`, so that no folder holds more than 1/256 of them. */
export function contentPath(root: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
  return join(root, sha256.slice(0, 2), sha256.slice(2));
}

/**
 * Content as files under `root` (by default `<DATA_DIR>/magistrates-documents`). An upload is written to a
 * temporary file in `root/incoming`, fsync'd, then renamed to its checksum's path and the folder fsync'd: a file
 * at a checksum's path is always whole. Stored files are made read-only; what is on disk is still checked against
 * the checksum whenever it is served, since anyone with the disk can change it.
 */
export function fileContentStore(root: string): DocumentContentStore {
  const incoming = join(root, 'incoming');
  return {
    kind: 'files',
    async put(source) {
      await mkdir(incoming, { recursive: true });
      const temporary = join(incoming, randomUUID());
      const handle = await open(temporary, 'wx', 0o600);
      const hash = createHash('sha256');
      let sizeBytes = 0;
      try {
        for await (const chunk of source) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          await handle.write(chunk);
        }
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      const sha256 = hash.digest('hex');
      const path = contentPath(root, sha256);
      await mkdir(dirname(path), { recursive: true });
      await chmod(temporary, 0o440);
      // The same bytes may already be there: the rename replaces them with themselves, in a new file whose
      // modification time is now, which is what the sweep of unreferenced content goes by (fileContentSweep.ts):
      // a re-upload of old content makes it young again until its document is recorded.
      await rename(temporary, path);
      await syncDirectory(dirname(path));
      return { sha256, sizeBytes };
    },
    async read(sha256) {
      const path = contentPath(root, sha256);
      try {
        await stat(path);
      } catch {
        return null;
      }
      return createReadStream(path, { highWaterMark: 64 * 1024 });
    },
  };
}
