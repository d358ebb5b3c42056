import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb, DEFAULT_WEB_DIR, isStale } from '../../../scripts/build-web';

/**
 * The web build the browser tests serve: the one `npm test` makes first (pretest), or, when a test file runs on
 * its own and that build is missing or older than web/, a fresh build in a folder of its own, so that parallel
 * test files never build over each other. Pass it to the gateway as WEB_DIR.
 */
export async function webDirForTests(): Promise<string> {
  if (!isStale(DEFAULT_WEB_DIR)) return DEFAULT_WEB_DIR;
  const dir = join(mkdtempSync(join(tmpdir(), 'justice-gateway-web-')), 'web');
  await buildWeb(dir);
  return dir;
}
