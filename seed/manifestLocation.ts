import { join } from 'node:path';

/**
 * Where the manifest of a data folder is written. A module of its own so that what only reads a seeded folder
 * (the tests' stores copied from a template) does not load the generator and its dependencies.
 */
export function manifestPath(dataDir: string): string {
  return join(dataDir, 'manifest.json');
}
