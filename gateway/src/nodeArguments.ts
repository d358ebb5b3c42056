/**
 * How node runs the gateway wherever it is started (`npm run start:gateway`, `npm start`, the benchmark): its
 * TypeScript through tsx's CommonJS hook alone. `--import tsx`, which the tsx command uses, also registers tsx's
 * ES module hooks, and Node 20 runs those on a loader thread with a V8 heap of its own for the life of the
 * process; the gateway is CommonJS (its ES-module-only dependencies are loaded by require) and needs none of it.
 * Measured on the benchmark's workloads: 12 to 33 MB less peak resident memory, the same CPU per request.
 * package.json's start:gateway spells out the same arguments (tests/gateway/nodeArguments.test.ts checks).
 */
export const GATEWAY_NODE_ARGUMENTS = ['--require', 'tsx/cjs'];
