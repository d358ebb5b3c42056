import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentPath } from './fileContentStore';
import type { SweptContent } from './sweptContent';

const FOLDER = /^[0-9a-f]{2}$/;
const REST_OF_SHA256 = /^[0-9a-f]{62}$/;
const SET_ASIDE = /^([0-9a-f]{64})-/;

/** What the case documents refer to, as the sweep asks it. */
export interface ContentReferences {
  /**
   * The checksums beginning with `prefix` (a content folder's two characters) that some case document refers to:
   * the scan's first look, one query for a folder's files rather than one for each (7.7 million at national scale).
   */
  under(prefix: string): Promise<Set<string>>;
  /** Whether a case document refers to `sha256`: asked again of each file set aside, just before it is removed. */
  has(sha256: string): Promise<boolean>;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** The names in a folder; none when it does not exist. */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Puts a set-aside file back under its checksum, unless a put has placed the same bytes there since. */
async function putBack(setAside: string, path: string): Promise<void> {
  try {
    await link(setAside, path);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  }
  await rm(setAside, { force: true });
}

/**
 * Removes the content files under `root` that no case document refers to and that were last written more than
 * `graceSeconds` ago, and the temporary files of uploads a stopped process left in `incoming`.
 *
 * Why it never removes content an upload is about to record: a put writes a new file and renames it over the
 * checksum's path, so a file's modification time is its last put. The sweep first renames an old, unreferenced
 * file aside (atomically), then decides on the file it moved: it removes it only if that file is still older
 * than the cutoff and still unreferenced, else puts it back (a hard link, which never replaces a file a put has
 * placed since). A put after the rename places a new file, which the sweep never touches. A put before it made
 * the moved file young, unless it was older than the grace period, in which case its upload recorded its
 * document (or gave up) long before the second reference check, which then sees it. The only trace of a race is
 * that the checksum's path is empty while a file is aside: a document recorded in those microseconds could, if
 * read in them, answer DOCUMENT_UNAVAILABLE once.
 */
export async function sweepFileContent(
  root: string,
  graceSeconds: number,
  references: ContentReferences,
): Promise<SweptContent & { abandonedUploads: number }> {
  const cutoffMs = Date.now() - graceSeconds * 1000;
  const aside = join(root, 'sweeping');
  // Files a stopped sweep left aside go back first: it had not decided on them.
  for (const name of await namesIn(aside)) {
    const sha256 = SET_ASIDE.exec(name)?.[1];
    if (sha256) await putBack(join(aside, name), contentPath(root, sha256));
  }
  const swept = { removed: 0, bytes: 0, abandonedUploads: 0 };
  for (const folder of (await namesIn(root)).filter((name) => FOLDER.test(name))) {
    const names = (await namesIn(join(root, folder))).filter((name) => REST_OF_SHA256.test(name));
    const referenced = names.length > 0 ? await references.under(folder) : new Set<string>();
    for (const rest of names) {
      const sha256 = folder + rest;
      if (referenced.has(sha256)) continue;
      const path = contentPath(root, sha256);
      const before = await stat(path).catch(() => null);
      if (!before || before.mtimeMs > cutoffMs) continue;
      await mkdir(aside, { recursive: true });
      const setAside = join(aside, `${sha256}-${randomUUID()}`);
      try {
        await rename(path, setAside);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue; // another sweep took it
        throw error;
      }
      // Gone when a sweep starting in another process put it back meanwhile: the next sweep decides on it.
      const moved = await stat(setAside).catch(() => null);
      if (!moved) continue;
      if (moved.mtimeMs > cutoffMs || (await references.has(sha256))) {
        await putBack(setAside, path);
        continue;
      }
      await rm(setAside, { force: true });
      swept.removed += 1;
      swept.bytes += moved.size;
    }
  }
  // A temporary file is written to as its upload arrives: one untouched for the grace period has no upload left.
  const incoming = join(root, 'incoming');
  for (const name of await namesIn(incoming)) {
    const path = join(incoming, name);
    const written = await stat(path).catch(() => null);
    if (!written || written.mtimeMs > cutoffMs) continue;
    await rm(path, { force: true });
    swept.abandonedUploads += 1;
  }
  return swept;
}
