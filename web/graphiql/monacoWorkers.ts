import type { Environment } from 'monaco-editor';

/**
 * Monaco runs its language services in web workers. GraphiQL's own set-up files load them from esm.sh or rely on
 * a bundler's `new URL(..., import.meta.url)`; here they are the bundles scripts/build-web.ts writes, served by
 * the gateway itself, so no request leaves the machine.
 */
const WORKER_FILES: Record<string, string> = {
  json: 'json.worker.js',
  graphql: 'graphql.worker.js',
};

const environment: Environment = {
  getWorker(_workerId: string, label: string) {
    const file = WORKER_FILES[label] ?? 'editor.worker.js';
    return new Worker(new URL(`/web/workers/${file}`, self.location.origin), { name: `monaco-${label}` });
  },
};

self.MonacoEnvironment = environment;
