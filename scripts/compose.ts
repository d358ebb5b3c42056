/**
 * `npm run compose`: composes the subgraphs listed in rover.yaml into schema/supergraph.graphql, printing
 * composition errors (and exiting non-zero) or hints.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeSupergraph, readRoverConfig } from '../lib/federation/composeSupergraph';
import { PROJECT_ROOT } from '@lib/config/projectRoot';

const projectRoot = PROJECT_ROOT;
const outputPath = resolve(projectRoot, 'schema/supergraph.graphql');

const outcome = composeSupergraph(readRoverConfig(resolve(projectRoot, 'rover.yaml')));
if (!outcome.ok) {
  console.error(`Composition failed with ${outcome.errors.length} error(s):`);
  for (const error of outcome.errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of outcome.hints) console.warn(`hint ${hint}`);
writeFileSync(
  outputPath,
  outcome.supergraphSdl.endsWith('\n') ? outcome.supergraphSdl : `${outcome.supergraphSdl}\n`,
);
console.log(`Wrote ${outputPath} (${outcome.hints.length} hint(s))`);
