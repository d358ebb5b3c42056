import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

/** The TypeScript files of what production runs: the gateway, the subgraphs, the shared code, npm start. */
function productionSources(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return walk(path);
      return path.endsWith('.ts') ? [path] : [];
    });
  return [
    ...['gateway', 'subgraphs', 'lib'].flatMap((folder) => walk(join(ROOT, folder))),
    join(ROOT, 'scripts/start.ts'),
  ];
}

/** The variables a source file reads by name: readString(env, 'NAME', ...), env.NAME, env['NAME']. */
function variablesReadBy(source: string): string[] {
  const patterns = [
    /read(?:String|Integer|Url|RedisUrl|LogLevel)\(\s*env,\s*'([A-Z][A-Z0-9_]+)'/g,
    // Read, not written: the gateway sets APOLLO_TELEMETRY_DISABLED itself.
    // Read, not written: the gateway sets APOLLO_TELEMETRY_DISABLED itself.
    /\benv\.([A-Z][A-Z0-9_]+)\b(?!\s*=[^=])/g,
    /\benv\['([A-Z][A-Z0-9_]+)'\]/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

describe('.env.example', () => {
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8');

  it('lists every variable that production code reads by name', () => {
    const unlisted = productionSources().flatMap((file) =>
      variablesReadBy(readFileSync(file, 'utf8'))
        .filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(example))
        .map((name) => `${name} (${relative(ROOT, file)})`),
    );
    expect(unlisted).toEqual([]);
  });

  it('finds the variables it looks for (the check is not vacuous)', () => {
    const read = productionSources().flatMap((file) => variablesReadBy(readFileSync(file, 'utf8')));
    expect(read).toEqual(
      expect.arrayContaining(['GATEWAY_PORT', 'AUTH_ISSUER', 'WEB_DIR', 'AUDIT_DATABASE_URL']),
    );
  });
});
