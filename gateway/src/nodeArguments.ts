/**
 * How node runs the gateway wherever it is started (`npm run start:gateway`, `npm start`, the benchmark): its
 * TypeScript through tsx's CommonJS hook alone. `--import tsx`, which the tsx command uses, also registers tsx's
 * ES module hooks, and Node 20 runs those on a loader thread with a V8 heap of its own for the life of the
 * process; the gateway is CommonJS (its ES-module-only dependencies are loaded by require) and needs none of it.
 * Measured on the benchmark's workloads: 12 to 33 MB less peak resident memory, the same CPU per request.
 *
 * `--heap-growing-percent=100`: after each full collection V8 lets the old generation grow to twice what
 * survived, no further. The gateway's live heap is about 50 MB, but under load the requests in flight promote
 * short-lived objects, and V8's own growth factor let the old generation reach 130 to 190 MB before collecting
 * it: peak resident memory of 290 to 330 MB under the benchmark's workloads, against 220 to 245 MB with this
 * flag, for 5 to 7% more CPU per request (more frequent full collections). Node refuses the flag in
 * NODE_OPTIONS, so it is passed here.
 *
 * package.json's start:gateway spells out the same arguments (tests/gateway/nodeArguments.test.ts checks).
 */
export const GATEWAY_NODE_ARGUMENTS = ['--require', 'tsx/cjs', '--heap-growing-percent=100'];
