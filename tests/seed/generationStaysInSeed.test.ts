import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const seedDir = join(root, 'seed');

/** Every TypeScript file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

const subgraphFiles = sourceFiles(join(root, 'subgraphs'));

describe('synthetic data is made by the seed alone', () => {
  it('finds subgraph sources to check', () => {
    expect(subgraphFiles.length).toBeGreaterThan(50);
  });

  it('keeps faker and the seed out of every subgraph', () => {
    const offending = subgraphFiles.flatMap((file) =>
      importsOf(file)
        .filter(
          (specifier) =>
            specifier.startsWith('@faker-js/') ||
            (specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(`${seedDir}/`)),
        )
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('has no store import a service: the layers point one way, resolvers to services to stores', () => {
    const importing = subgraphFiles
      .filter((file) => /\/src\/store\//.test(file))
      .filter((file) => importsOf(file).some((specifier) => /(^|\/)services\//.test(specifier)))
      .map((file) => relative(root, file))
      .sort();
    expect(importing).toEqual([]);
  });
});
