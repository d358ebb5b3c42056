import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The project's root folder: the nearest one above this module that holds package.json. Files the services read
 * at run time (the SDLs, the supergraph, the trusted documents, the built web pages) are found from it, so that
 * the same path works from the TypeScript sources (run by tsx) and from the compiled bundles under dist/, whose
 * own folders differ.
 */
function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return resolve(start, '../..');
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/** A path under the project's root. */
export function projectPath(...segments: string[]): string {
  return resolve(PROJECT_ROOT, ...segments);
}
