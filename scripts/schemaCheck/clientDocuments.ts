import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exampleOperations } from '../../web/graphiql/examples';

/** An operation that a client sends, and where it is kept. */
export interface ClientDocument {
  /** Where it comes from: a file, a manifest's operation, an example's title. */
  source: string;
  body: string;
}

function filesUnder(folder: string, keep: (path: string) => boolean): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** The partner agencies' registered operations, as written (operations/<agency>/*.graphql). */
function registeredOperations(root: string): ClientDocument[] {
  return filesUnder(join(root, 'operations'), (path) => path.endsWith('.graphql')).map((path) => ({
    source: relative(root, path),
    body: readFileSync(path, 'utf8'),
  }));
}

interface PersistedQueryManifest {
  operations: { name: string; body: string }[];
}

/** The registered operations as the gateway runs them: the trusted-document manifests built from them. */
function trustedDocuments(root: string): ClientDocument[] {
  return filesUnder(join(root, 'trusted-documents'), (path) => path.endsWith('.json')).flatMap((path) =>
    (JSON.parse(readFileSync(path, 'utf8')) as PersistedQueryManifest).operations.map((operation) => ({
      source: `${relative(root, path)} ${operation.name}`,
      body: operation.body,
    })),
  );
}

/** The examples GraphiQL offers analysts and caseworkers. */
function graphiqlExamples(): ClientDocument[] {
  return exampleOperations('2026-11-01').map((example) => ({
    source: `GraphiQL example "${example.title}"`,
    body: example.query,
  }));
}

/**
 * The journey page's operations and fragments, each written as graphql(`…`) in web/journey (GraphQL Code
 * Generator's client preset), read from the sources as one document so that operations find their fragments.
 */
function journeyPageOperations(root: string): ClientDocument[] {
  const bodies = filesUnder(join(root, 'web/journey'), (path) => path.endsWith('.ts')).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/\bgraphql\(\s*`([^`]*)`/g)].map((match) => match[1] ?? ''),
  );
  return [{ source: 'the journey page (web/journey)', body: bodies.join('\n') }];
}

/** Every operation a client of the gateway is known to send: registered, in manifests, examples, the journey page. */
export function clientDocuments(root: string): ClientDocument[] {
  return [
    ...registeredOperations(root),
    ...trustedDocuments(root),
    ...graphiqlExamples(),
    ...journeyPageOperations(root),
  ];
}
