import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededPostgres } from '../support/postgresStores';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

type Seeded = Awaited<ReturnType<typeof seededPostgres>>;

let supergraph: RunningSupergraph;
let seeded: Seeded;
let token: string;

beforeAll(async () => {
  seeded = await seededPostgres();
  supergraph = await startSupergraph(seeded.dataDir, seeded.env);
  token = await supergraph.tokenFor('offender-manager');
}, 120_000);

afterAll(async () => {
  await supergraph?.stop();
  await seeded?.dropSchemas();
});

describe('the journey with every store on PostgreSQL', () => {
  it('runs on the PostgreSQL stores, not on SQLite', () => {
    expect(supergraph.pnomis.pnomis.database.dialect).toBe('postgres');
    expect(supergraph.courts.courts.databases.crown.dialect).toBe('postgres');
    expect(supergraph.gateway.auditLog).toBeDefined();
  });

  it('is the same by PNC ID and by prison number, spans all five systems, in order', async () => {
    for (const sample of seeded.manifest.samples.fullJourney) {
      const byPnc = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, { pncId: sample.pncId });
      const byPrisonNumber = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, {
        prisonNumber: sample.prisonNumber,
      });
      expect(byPnc.errors).toBeUndefined();
      expect(byPrisonNumber.data).toEqual(byPnc.data);
      const timeline = byPnc.data?.offender?.timeline ?? [];
      expect(new Set(timeline.map((event) => event.system))).toEqual(
        new Set(['MAGISTRATES_COURT', 'CROWN_COURT', 'PNOMIS', 'VISITS', 'CONFISCATION']),
      );
      const instants = timeline.map((event) => event.occurredAt);
      expect(instants).toEqual([...instants].sort());
    }
  });

  it('finds a remand prisoner without a PNC ID, and writes a verifiable audit chain', async () => {
    const sample = seeded.manifest.samples.remandPrisoner[0];
    const response = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, {
      prisonNumber: sample?.prisonNumber,
    });
    expect(response.data?.offender?.custody?.status).toBe('REMAND');
    expect(await supergraph.gateway.auditLog.store.verifyChain()).toMatchObject({ ok: true });
  });
});
