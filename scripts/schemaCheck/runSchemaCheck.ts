import { join } from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { composedApiSchema } from '@lib/federation/apiSchema';
import { unacknowledged } from './acknowledgements';
import type { ClientDocument } from './clientDocuments';
import { schemaChanges, type SchemaChange } from './schemaChanges';
import { currentSnapshot, releasedSnapshot, type ReleaseInfo, type SchemaSnapshot } from './schemaSnapshot';

/** Where the check reads from. */
export interface SchemaCheckSources {
  /** The new schema. */
  current: SchemaSnapshot;
  /** The folder of the last release (schema/released). */
  releasedDir: string;
  /** schema/CHANGELOG.md, whose Unreleased section acknowledges breaking changes. */
  changelogPath: string;
  /** The operations clients send, each checked against the new graph. */
  documents: ClientDocument[];
}

/** A client's operation that the new graph would refuse, and why. */
export interface InvalidDocument {
  source: string;
  errors: string[];
}

/** What `npm run schema:check` found. */
export interface SchemaCheckReport {
  release: ReleaseInfo | null;
  changes: SchemaChange[];
  unacknowledged: SchemaChange[];
  invalidDocuments: InvalidDocument[];
  /** True when nothing blocks: no unacknowledged breaking change and every operation valid. */
  passed: boolean;
}

function invalidDocuments(schema: GraphQLSchema, documents: readonly ClientDocument[]): InvalidDocument[] {
  return documents.flatMap((document) => {
    let errors: string[];
    try {
      errors = validate(schema, parse(document.body)).map((error) => error.message);
    } catch (error) {
      errors = [error instanceof Error ? error.message : String(error)];
    }
    return errors.length > 0 ? [{ source: document.source, errors }] : [];
  });
}

/**
 * Compares the new schema with the last release and checks every known client operation against the new graph.
 * With no release cut yet there is nothing to compare: only the operations are checked.
 */
export function runSchemaCheck(sources: SchemaCheckSources): SchemaCheckReport {
  const released = releasedSnapshot(sources.releasedDir);
  const changes = released ? schemaChanges(released, sources.current) : [];
  const blocking = unacknowledged(changes, sources.changelogPath);
  const invalid = invalidDocuments(composedApiSchema(sources.current.subgraphs), sources.documents);
  return {
    release: released?.release ?? null,
    changes,
    unacknowledged: blocking,
    invalidDocuments: invalid,
    passed: blocking.length === 0 && invalid.length === 0,
  };
}

/** The check of this repository: schema/ against schema/released/, with the operations clients are known to send. */
export function repositorySources(root: string, documents: ClientDocument[]): SchemaCheckSources {
  return {
    current: currentSnapshot(root),
    releasedDir: join(root, 'schema/released'),
    changelogPath: join(root, 'schema/CHANGELOG.md'),
    documents,
  };
}
