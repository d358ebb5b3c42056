/**
 * `npm run build:web`: bundles the pages the gateway serves (GraphiQL for analysts, the caseworker journey page)
 * and Monaco's web workers with esbuild into dist/web/, so that a browser fetches everything from the gateway and
 * nothing from a CDN. `npm start` and `npm test` run it first with --if-stale, which builds only when the sources
 * (web/, this script, the locked dependencies) are newer than the build; a full build takes about ten seconds.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { PROJECT_ROOT } from '@lib/config/projectRoot';

const root = PROJECT_ROOT;

/** Where the gateway looks for the built pages unless WEB_DIR says otherwise. */
export const DEFAULT_WEB_DIR = join(root, 'dist', 'web');

/** The pages: each an HTML file and a TypeScript entry, served under /web/<name>/. */
const PAGES = {
  graphiql: 'web/graphiql/main.tsx',
  journey: 'web/journey/main.ts',
};

/** Monaco's workers, named as web/graphiql/monacoWorkers.ts asks for them. */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
  // React and its kin pick their production builds by this; the browser has no process.env.
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Builds every page and worker into `outDir`, replacing what was there only once the whole build succeeded. */
export async function buildWeb(outDir: string = DEFAULT_WEB_DIR): Promise<void> {
  mkdirSync(dirname(outDir), { recursive: true });
  // Built beside the target and swapped in, so that a running gateway never serves half a build.
  const staging = mkdtempSync(`${outDir}-building-`);
  try {
    await Promise.all([
      build({
        ...COMMON,
        entryPoints: Object.fromEntries(
          Object.entries(PAGES).map(([name, entry]) => [`${name}/main`, join(root, entry)]),
        ),
        outdir: staging,
        format: 'esm',
        // Monaco's icon font: a file of its own, referenced from the CSS by a relative URL.
        loader: { '.ttf': 'file' },
        assetNames: 'assets/[name]',
      }),
      build({
        ...COMMON,
        entryPoints: Object.fromEntries(
          Object.entries(WORKERS).map(([name, module]) => [`workers/${name}`, require.resolve(module)]),
        ),
        outdir: staging,
        format: 'iife',
      }),
    ]);
    for (const page of Object.keys(PAGES)) {
      copyFileSync(join(root, 'web', page, 'index.html'), join(staging, page, 'index.html'));
    }
    copyFileSync(join(root, 'web', 'favicon.svg'), join(staging, 'favicon.svg'));
    // mkdtemp makes the folder private to its owner; the pages are public files.
    chmodSync(staging, 0o755);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function newestChange(paths: readonly string[]): number {
  return Math.max(
    ...paths.flatMap((path) => {
      const files = statSync(path).isDirectory()
        ? readdirSync(path, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => join(entry.parentPath, entry.name))
        : [path];
      return files.map((file) => statSync(file).mtimeMs);
    }),
  );
}

/** Whether the packages the pages are built from are installed (they are development dependencies). */
function pageDependenciesInstalled(): boolean {
  try {
    ['graphiql/package.json', 'react/package.json', 'react-dom/package.json'].forEach((name) =>
      require.resolve(name),
    );
    return true;
  } catch {
    return false;
  }
}

/** Whether `outDir` lacks a page or is older than anything it is built from. */
export function isStale(outDir: string = DEFAULT_WEB_DIR): boolean {
  const pages = Object.keys(PAGES).map((page) => join(outDir, page, 'index.html'));
  if (!pages.every((page) => existsSync(page))) return true;
  const built = Math.min(...pages.map((page) => statSync(page).mtimeMs));
  const sources = [join(root, 'web'), __filename, join(root, 'package-lock.json')];
  return newestChange(sources) > built;
}

if (require.main === module) {
  const started = Date.now();
  const outDir = resolve(process.env.WEB_DIR ?? DEFAULT_WEB_DIR);
  if (process.argv.includes('--if-stale') && !isStale(outDir)) {
    console.log(`web pages up to date in ${outDir}`);
    process.exit(0);
  }
  if (process.argv.includes('--if-stale') && !pageDependenciesInstalled()) {
    // An install without development dependencies (npm ci --omit=dev) still starts the gateway, whose pages then
    // answer 503 saying how to build them.
    console.warn('web pages not built: GraphiQL and React are development dependencies, not installed here');
    process.exit(0);
  }
  buildWeb(outDir).then(
    () => console.log(`web pages built in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
