import { join } from 'node:path';
import { GATEWAY_NODE_ARGUMENTS, GATEWAY_SOURCE_NODE_ARGUMENTS } from '../../gateway/src/nodeArguments';
import { projectPath } from './projectRoot';

/** Where `npm run build` puts the compiled processes, one bundle per entry. */
export const COMPILED_DIR = projectPath('dist', 'node');

/** The compiled bundle of an entry, e.g. `gateway/main`. */
export function compiledEntry(bundle: string): string {
  return join(COMPILED_DIR, `${bundle}.js`);
}

/**
 * Whether this process runs compiled code: a bundle's own file name ends in .js, the TypeScript source's in .ts.
 * A supervisor that is compiled starts compiled services; one run from the sources (tsx) starts sources.
 */
export const RUNNING_COMPILED = __filename.endsWith('.js');

/** The node arguments and entry of a service, compiled or from the TypeScript sources. */
export interface ServiceCommand {
  /** Arguments to node before the entry (how the code is loaded, V8 flags). */
  node: string[];
  /** The entry and its own arguments. */
  argv: string[];
}

/**
 * How a service runs from its sources in watch mode (`npm run dev`): under `tsx watch`, which restarts it when a
 * file it imports changes, so that an edit to one subgraph restarts that subgraph alone.
 */
function watched(entry: string, ...args: string[]): ServiceCommand {
  return { node: [require.resolve('tsx/cli'), 'watch', '--clear-screen=false'], argv: [entry, ...args] };
}

/** How to run the gateway: compiled, from its sources, or from its sources restarted on every change. */
export function gatewayCommand(compiled: boolean = RUNNING_COMPILED, watch = false): ServiceCommand {
  if (watch) return watched(projectPath('gateway/src/main.ts'));
  return compiled
    ? { node: GATEWAY_NODE_ARGUMENTS, argv: [compiledEntry('gateway/main')] }
    : { node: GATEWAY_SOURCE_NODE_ARGUMENTS, argv: [projectPath('gateway/src/main.ts')] };
}

/** How to run the subgraph called `name`: compiled, from its sources, or from its sources restarted on every change. */
export function subgraphCommand(
  name: string,
  compiled: boolean = RUNNING_COMPILED,
  watch = false,
): ServiceCommand {
  if (watch) return watched(projectPath('subgraphs/main.ts'), name);
  return compiled
    ? { node: ['--enable-source-maps'], argv: [compiledEntry('subgraphs/main'), name] }
    : { node: ['--import', 'tsx'], argv: [projectPath('subgraphs/main.ts'), name] };
}
