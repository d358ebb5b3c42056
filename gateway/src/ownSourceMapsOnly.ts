import Module from 'node:module';
import { sep } from 'node:path';

type Compile = (this: Module, content: string, filename: string) => unknown;

const prototype = Module.prototype as unknown as { _compile: Compile };
const compile = prototype._compile;
const DEPENDENCY = `${sep}node_modules${sep}`;

/**
 * Keeps source maps for the gateway's own TypeScript only. tsx turns Node's source maps on so that stack traces
 * point at the .ts lines it compiled; Node then also reads, parses and keeps, for the life of the process, the
 * source map of every dependency that ships one (@apollo/*, OpenTelemetry, graphql and the rest), with the line
 * lengths of its code: tens of MB more peak memory under load (docs/PERFORMANCE.md), for stack traces inside
 * libraries that no one reads. A module under node_modules is compiled with source maps off; the gateway's own with them on.
 * Imported first by main.ts, before any dependency is loaded.
 */
prototype._compile = function compileWithOwnSourceMaps(this: Module, content: string, filename: string) {
  if (!process.sourceMapsEnabled || !filename.includes(DEPENDENCY))
    return compile.call(this, content, filename);
  process.setSourceMapsEnabled(false);
  try {
    return compile.call(this, content, filename);
  } finally {
    process.setSourceMapsEnabled(true);
  }
};
