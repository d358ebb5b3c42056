/**
 * `npm run build`: compiles what production runs into dist/ with esbuild, one CommonJS bundle per process entry
 * (the gateway, any subgraph, `npm start`'s supervisor and the operators' scripts), so that they run with plain
 * `node`, without a TypeScript loader. Dependencies stay in node_modules (not bundled); `@lib/*` imports resolve
 * through tsconfig.json's paths. Types are checked by `npm run typecheck`, not here. Each bundle has a source map,
 * so stack traces name the TypeScript lines (`node --enable-source-maps`).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { COMPILED_DIR } from '@lib/config/processCommands';
import { PROJECT_ROOT } from '@lib/config/projectRoot';

/** Each bundle under dist/node/ and the TypeScript entry it is built from. */
export const ENTRIES: Record<string, string> = {
  'gateway/main': 'gateway/src/main.ts',
  'subgraphs/main': 'subgraphs/main.ts',
  'scripts/start': 'scripts/start.ts',
  'scripts/token': 'scripts/token.ts',
  'scripts/audit-verify': 'scripts/audit-verify.ts',
  // The container image's health check and its one-shot seeding job (compose.yaml).
  'scripts/healthcheck': 'scripts/healthcheck.ts',
  'scripts/seed-if-empty': 'scripts/seed-if-empty.ts',
  // The benchmark preloads it into each service it runs compiled.
  'bench/requestTimingHook': 'bench/latency/requestTimingHook.ts',
};

/** The entry that serves subgraphs: the only bundle that holds their composition roots. */
const SUBGRAPH_ENTRY = 'subgraphs/main';

/**
 * Keeps the subgraphs' composition roots (stores, services, resolvers) out of every bundle but the subgraphs':
 * the gateway and the scripts read the registry, whose descriptors import each root lazily and never call it
 * there, but esbuild would otherwise bundle every root into each of them.
 */
const subgraphRootsLeftOut: Plugin = {
  name: 'subgraph-roots-left-out',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/[A-Za-z]+Root$/ }, (args) =>
      /subgraphs[\\/][^\\/]+[\\/]src[\\/][^\\/]+Subgraph\.ts$/.test(args.importer)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

/**
 * Leaves the dependencies in node_modules, required at run time, and bundles the project's own code. esbuild's
 * `packages: 'external'` would take the project's `@lib/*` alias (tsconfig.json's paths) for a package too.
 */
const dependenciesLeftOut: Plugin = {
  name: 'dependencies-left-out',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@lib/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Compiles every entry into `outDir`, replacing what was there. */
export async function buildProcesses(outDir: string = COMPILED_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const common: BuildOptions = {
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  const entryPoints = (names: string[]) =>
    Object.fromEntries(names.map((name) => [name, join(PROJECT_ROOT, ENTRIES[name] ?? '')]));
  const others = Object.keys(ENTRIES).filter((name) => name !== SUBGRAPH_ENTRY);
  await Promise.all([
    build({ ...common, entryPoints: entryPoints([SUBGRAPH_ENTRY]), plugins: [dependenciesLeftOut] }),
    build({
      ...common,
      entryPoints: entryPoints(others),
      plugins: [dependenciesLeftOut, subgraphRootsLeftOut],
    }),
  ]);
}

if (require.main === module) {
  const started = Date.now();
  buildProcesses().then(
    () =>
      console.log(
        `Built ${Object.keys(ENTRIES).length} processes into ${COMPILED_DIR} in ${Date.now() - started} ms`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
