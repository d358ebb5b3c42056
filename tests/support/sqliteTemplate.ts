import { execFile } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

/** Where the run's seeded SQLite template is, published to the test files through the environment they inherit. */
const TEMPLATE_DIR_VARIABLE = 'JUSTICE_TEST_SQLITE_TEMPLATE_DIR';
/**
 * The courts' content files under a data folder (documentsDirOf in subgraphs/courts/src/documents/
 * documentSettings.ts, not imported: jest's global set-up, which loads this module, does not map `@lib/` paths).
 */
const CONTENT_FOLDER = 'magistrates-documents';

/**
 * Seeds the run's SQLite template once, before any test file runs (jest's global set-up for the sqlite project):
 * the same generator, scale and seed as every test's stores, in a process of its own as the PostgreSQL template
 * is (the generator runs under tsx, which resolves the project's path aliases). Each test file then copies it
 * (seededDataDir.ts): a copy of the files takes a fraction of the seconds the generator takes, and a run seeded
 * its stores some sixty times over.
 */
export async function seedSqliteTemplateOnce(): Promise<void> {
  if (process.env[TEMPLATE_DIR_VARIABLE]) return;
  const templateDir = mkdtempSync(join(tmpdir(), 'justice-gateway-sqlite-template-'));
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'seedSqliteTemplate.ts'), templateDir],
    { cwd: resolve(__dirname, '../..') },
  );
  process.env[TEMPLATE_DIR_VARIABLE] = templateDir;
}

/** The run's seeded template's folder, or null when the run has none. */
export function sqliteTemplateDir(): string | null {
  return process.env[TEMPLATE_DIR_VARIABLE] ?? null;
}

/** Removes the run's template, if this process seeded one. */
export function removeSqliteTemplate(): void {
  const templateDir = process.env[TEMPLATE_DIR_VARIABLE];
  if (!templateDir) return;
  delete process.env[TEMPLATE_DIR_VARIABLE];
  rmSync(templateDir, { recursive: true, force: true });
}

/**
 * Copies the run's seeded template into `dataDir` and returns true, or returns false when the run has none (a
 * test file run by something other than jest's projects): the caller then seeds. The stores are copied, not
 * linked: tests change them. The case documents' content files (some 16,000 at the test scale, 64 MB) are hard
 * links to the template's: the content store never writes a stored file in place (an upload is written aside and
 * renamed over it: fileContentStore.ts), and a test that alters stored bytes replaces the file rather than writing
 * into it (tests/courts/support/alteredContent.ts), so no test's change reaches the template or another file's
 * stores. Copying them took 3 to 14 s per test file, a good part of a full run; linking them takes a fraction of one.
 */
export function copySqliteTemplate(dataDir: string): boolean {
  const templateDir = process.env[TEMPLATE_DIR_VARIABLE];
  if (!templateDir) return false;
  copyTree(templateDir, dataDir, join(templateDir, CONTENT_FOLDER));
  return true;
}

/** Copies the folder `from` into `to`, the files under `linkedFolder` as hard links. */
function copyTree(from: string, to: string, linkedFolder: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      copyTree(source, target, linkedFolder);
    } else if (!source.startsWith(linkedFolder + sep) || !linked(source, target)) {
      copyFileSync(source, target);
      const { atime, mtime } = statSync(source);
      utimesSync(target, atime, mtime);
    }
  }
}

/** Links `target` to `source`; false where the two are on different file systems (TMPDIR moved, say). */
function linked(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EXDEV') return false;
    throw error;
  }
}
