import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { NamedSubgraphSdl } from '@lib/federation/apiSchema';
import { readRoverConfig } from '@lib/federation/composeSupergraph';

/** The file that names a release, beside its SDLs in schema/released/. */
export const RELEASE_FILE = 'release.json';
/** The composed supergraph's file, beside the subgraphs' SDLs. */
export const SUPERGRAPH_FILE = 'supergraph.graphql';

/** What a release says of itself. */
export interface ReleaseInfo {
  version: string;
  releasedOn: string;
}

/** The schema at one moment: each subgraph's SDL, by name, and the supergraph composed from them. */
export interface SchemaSnapshot {
  subgraphs: NamedSubgraphSdl[];
  supergraphSdl: string;
}

/** The schema as it now is in the working tree: the subgraphs rover.yaml lists, and schema/supergraph.graphql. */
export function currentSnapshot(root: string): SchemaSnapshot {
  return {
    subgraphs: readRoverConfig(join(root, 'rover.yaml')).map(({ name, sdl }) => ({ name, sdl })),
    supergraphSdl: readFileSync(join(root, 'schema', SUPERGRAPH_FILE), 'utf8'),
  };
}

/** The last released schema kept in `releasedDir`, or null when none has been cut. */
export function releasedSnapshot(releasedDir: string): (SchemaSnapshot & { release: ReleaseInfo }) | null {
  const releaseFile = join(releasedDir, RELEASE_FILE);
  if (!existsSync(releaseFile)) return null;
  const files = readdirSync(releasedDir).filter(
    (file) => file.endsWith('.graphql') && file !== SUPERGRAPH_FILE,
  );
  return {
    release: JSON.parse(readFileSync(releaseFile, 'utf8')) as ReleaseInfo,
    subgraphs: files.sort().map((file) => ({
      name: basename(file, '.graphql'),
      sdl: readFileSync(join(releasedDir, file), 'utf8'),
    })),
    supergraphSdl: readFileSync(join(releasedDir, SUPERGRAPH_FILE), 'utf8'),
  };
}
