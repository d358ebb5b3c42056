/**
 * How node runs the gateway. In production (`npm start`, `npm run start:gateway`, the benchmark) it runs the
 * compiled bundle (dist/node/gateway/main.js, `npm run build`) with plain node:
 * - `--enable-source-maps`: stack traces name the TypeScript lines; ownSourceMapsOnly.ts keeps Node from reading
 *   the source maps of every dependency too, for stack traces inside libraries that no one reads.
 * - `--heap-growing-percent=100`: after each full collection V8 lets the old generation grow to twice what
 *   survived, no further. Under load the requests in flight promote short-lived objects, and V8's own growth
 *   factor let the old generation grow far past the live heap before collecting it: a lower peak resident memory
 *   for a few percent more CPU per request (docs/PERFORMANCE.md has the figures). Node refuses the flag in
 *   NODE_OPTIONS, so it is passed here.
 *
 * package.json's start:gateway spells out the same arguments (tests/gateway/nodeArguments.test.ts checks).
 */
export const GATEWAY_NODE_ARGUMENTS = ['--enable-source-maps', '--heap-growing-percent=100'];

/**
 * The same, for the TypeScript sources in development and tests: through tsx's CommonJS hook alone. `--import
 * tsx` would also register tsx's ES module hooks, which Node 20 runs on a loader thread with a heap of its own;
 * the gateway is CommonJS and needs none of it.
 */
export const GATEWAY_SOURCE_NODE_ARGUMENTS = ['--require', 'tsx/cjs', '--heap-growing-percent=100'];
