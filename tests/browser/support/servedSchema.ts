import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SUPERGRAPH = resolve(__dirname, '../../../schema/supergraph.graphql');

/**
 * Whether the supergraph the gateway serves has a field, by name: the subgraphs grow while these pages are
 * built, and a page feature whose field has not landed yet (booking, say) is tested once it has.
 */
export function supergraphHasField(name: string): boolean {
  return new RegExp(`^\\s+${name}[(:]`, 'm').test(readFileSync(SUPERGRAPH, 'utf8'));
}
