import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/** One registered operation, as in Apollo's persisted-query manifest format. */
export interface ManifestOperation {
  /** The SHA-256 of `body`, in hex: what a client sends instead of the text. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** An agency's registered operations, in Apollo's persisted-query manifest format. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

/** The SHA-256 of an operation's text, in hex. */
export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Builds an agency's manifest from its registered operation files: each file holds one named operation, stored
 * in graphql-js's printed form so that layout does not change its id.
 */
export function buildManifest(files: readonly { path: string; text: string }[]): PersistedQueryManifest {
  const operations = files.map(({ path, text }) => {
    const document = parse(text);
    const definitions = document.definitions;
    const operation = definitions[0] as OperationDefinitionNode | undefined;
    if (definitions.length !== 1 || operation?.kind !== Kind.OPERATION_DEFINITION || !operation.name) {
      throw new Error(`${path} must hold exactly one named operation and no fragments`);
    }
    const body = print(document);
    return { id: operationId(body), name: operation.name.value, type: operation.operation, body };
  });
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: operations.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The operation files of each agency under `operationsDir/<agency>/*.graphql`. */
export function readOperationFiles(operationsDir: string): Map<string, { path: string; text: string }[]> {
  const agencies = new Map<string, { path: string; text: string }[]>();
  for (const agency of readdirSync(operationsDir, { withFileTypes: true })) {
    if (!agency.isDirectory()) continue;
    const folder = join(operationsDir, agency.name);
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.graphql'))
      .sort()
      .map((file) => ({ path: join(folder, file), text: readFileSync(join(folder, file), 'utf8') }));
    agencies.set(agency.name, files);
  }
  return agencies;
}

/** The registered operations of every agency with a manifest in `manifestDir`, by agency and id. */
export function readManifests(manifestDir: string): Map<string, Map<string, ManifestOperation>> {
  const manifests = new Map<string, Map<string, ManifestOperation>>();
  if (!existsSync(manifestDir)) return manifests;
  for (const file of readdirSync(manifestDir).filter((name) => name.endsWith('.json'))) {
    const manifest = JSON.parse(readFileSync(join(manifestDir, file), 'utf8')) as PersistedQueryManifest;
    if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
      throw new Error(`${file} is not an Apollo persisted-query manifest (version 1)`);
    }
    manifests.set(
      file.replace(/\.json$/, ''),
      new Map(manifest.operations.map((operation) => [operation.id, operation])),
    );
  }
  return manifests;
}
