/**
 * Runs one registered subgraph as a process of its own: `node subgraphs/main.ts <name>` (`npm run
 * start:subgraph -- courts`). Every subgraph is started the same way, by its name in the registry.
 */
// First, so that tracing instruments node:http, pg and graphql before anything uses them.
import { subgraphTracing } from './tracing';
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { runSubgraphProcess } from '@lib/subgraph/runSubgraphProcess';
import { findSubgraph, SUBGRAPHS } from './registry';

loadDotEnv();
const name = process.argv[2] ?? '';
const descriptor = findSubgraph(name);
if (!descriptor) {
  console.error(
    `Usage: subgraphs/main.ts <name>, where name is one of ${SUBGRAPHS.map((known) => known.name).join(', ')}` +
      (name ? ` (got "${name}")` : ''),
  );
  process.exit(2);
}
runSubgraphProcess(descriptor, subgraphTracing);
