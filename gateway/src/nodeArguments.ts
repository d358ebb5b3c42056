/**
 * How node runs the gateway wherever it is started (`npm run start:gateway`, `npm start`, the benchmark): its
 * TypeScript through tsx's CommonJS hook alone. `--import tsx`, which the tsx command uses, also registers tsx's
 * ES module hooks, and Node 20 runs those on a loader thread with a V8 heap of its own for the life of the
 * process; the gateway is CommonJS (its ES-module-only dependencies are loaded by require) and needs none of it,
 * and without it uses less memory for the same CPU.
 *
 * `--heap-growing-percent=100`: after each full collection V8 lets the old generation grow to twice what
 * survived, no further. Under load the requests in flight promote short-lived objects, and V8's own growth
 * factor let the old generation grow to several times the live heap before collecting it; the flag holds peak
 * memory down for a little more CPU per request (more frequent full collections). Node refuses the flag in
 * NODE_OPTIONS, so it is passed here. The figures, and the commands that measured them: docs/PERFORMANCE.md.
 *
 * package.json's start:gateway spells out the same arguments (tests/gateway/nodeArguments.test.ts checks).
 */
export const GATEWAY_NODE_ARGUMENTS = ['--require', 'tsx/cjs', '--heap-growing-percent=100'];
