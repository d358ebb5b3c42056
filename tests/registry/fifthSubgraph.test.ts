import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeSupergraph, subgraphDefinitions } from '@lib/federation/composeSupergraph';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { JOURNEY_QUERY } from '../support/journeyQuery';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { probationSubgraph } from './toySubgraph/probationSubgraph';

/**
 * The walk-through of docs/DEVELOPING.md ("Adding a subgraph"), followed by a test: a toy fifth system is its own
 * folder (tests/registry/toySubgraph: SDL, descriptor, composition root) and one more entry in the list of
 * subgraphs; composition, start-up, the gateway's routing and its answers need nothing else.
 */
describe('a fifth subgraph added to the registry', () => {
  const registry = [...SUBGRAPHS, probationSubgraph];
  let scratch: string;
  let supergraph: RunningSupergraph;
  let sample: { pncId: string; prisonNumber: string } | undefined;

  beforeAll(async () => {
    const seeded = await seededDataDir();
    sample = seeded.manifest.samples.fullJourney[0];
    scratch = mkdtempSync(join(tmpdir(), 'fifth-subgraph-'));
    const outcome = composeSupergraph(subgraphDefinitions(registry));
    if (!outcome.ok) throw new Error(`composition failed:\n${outcome.errors.join('\n')}`);
    const supergraphPath = join(scratch, 'supergraph.graphql');
    writeFileSync(supergraphPath, outcome.supergraphSdl);
    supergraph = await startSupergraph(seeded.dataDir, { SUPERGRAPH_PATH: supergraphPath }, registry);
  }, 60_000);

  afterAll(async () => {
    await supergraph?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('composes with the others and answers through the gateway', async () => {
    const token = await supergraph.tokenFor('analyst');
    const answer = await supergraph.queryAs<{ probationRegions: { code: string; name: string }[] }>(
      token,
      /* GraphQL */ `
        #graphql
        query ProbationRegions {
          probationRegions {
            code
            name
          }
        }
      `,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.probationRegions).toEqual([
      { code: 'N07', name: 'London' },
      { code: 'N51', name: 'North West' },
      { code: 'N53', name: 'Wales' },
    ]);
  });

  it('leaves the others serving as before', async () => {
    if (!sample) throw new Error('the seed has no full-journey sample');
    const token = await supergraph.tokenFor('offender-manager');
    const journey = await supergraph.queryAs<{ offender: { prisonNumber: string } }>(token, JOURNEY_QUERY, {
      pncId: sample.pncId,
    });
    expect(journey.errors).toBeUndefined();
    expect(journey.data?.offender.prisonNumber).toBe(sample.prisonNumber);
  });

  it('is started and served like the registered ones, with its own readiness', async () => {
    const ready = await Promise.all(
      supergraph.subgraphs.map(async (subgraph) => {
        const response = await fetch(`${subgraph.url}/health/ready`);
        return ((await response.json()) as { subgraph: string }).subgraph;
      }),
    );
    expect(ready).toEqual(['courts', 'pnomis', 'visits', 'confiscation', 'notifications', 'probation']);
  });
});
