import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** Where the run's seeded SQLite template is, published to the test files through the environment they inherit. */
const TEMPLATE_DIR_VARIABLE = 'JUSTICE_TEST_SQLITE_TEMPLATE_DIR';

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

/** Removes the run's template, if this process seeded one. */
export function removeSqliteTemplate(): void {
  const templateDir = process.env[TEMPLATE_DIR_VARIABLE];
  if (!templateDir) return;
  delete process.env[TEMPLATE_DIR_VARIABLE];
  rmSync(templateDir, { recursive: true, force: true });
}

/**
 * Copies the run's seeded template into `dataDir` and returns true, or returns false when the run has none (a
 * test file run by something other than jest's projects): the caller then seeds. A copy, not links: tests change
 * their stores and may tamper with a document's bytes on disk, which must not reach another file's stores.
 */
export function copySqliteTemplate(dataDir: string): boolean {
  const templateDir = process.env[TEMPLATE_DIR_VARIABLE];
  if (!templateDir) return false;
  cpSync(templateDir, dataDir, { recursive: true, preserveTimestamps: true });
  return true;
}
