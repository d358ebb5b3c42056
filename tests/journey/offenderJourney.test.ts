import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

type Manifest = Awaited<ReturnType<typeof seededDataDir>>['manifest'];

let supergraph: RunningSupergraph;
let token: string;
let manifest: Manifest;

beforeAll(async () => {
  const seeded = await seededDataDir();
  manifest = seeded.manifest;
  supergraph = await startSupergraph(seeded.dataDir);
  token = await supergraph.tokenFor('offender-manager');
});

afterAll(() => supergraph.stop());

async function journey(variables: { pncId?: string; prisonNumber?: string }) {
  const response = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, variables);
  expect(response.errors).toBeUndefined();
  const offender = response.data?.offender;
  if (!offender) throw new Error(`no offender for ${JSON.stringify(variables)}`);
  return offender;
}

function expectInOrder(timeline: { occurredAt: string }[]) {
  const instants = timeline.map((event) => event.occurredAt);
  expect(instants).toEqual([...instants].sort());
}

describe("an offender's journey through the gateway", () => {
  it('is the same whether asked by PNC ID or by prison number, and spans all five systems', async () => {
    expect(manifest.samples.fullJourney.length).toBeGreaterThan(0);
    for (const sample of manifest.samples.fullJourney) {
      const byPnc = await journey({ pncId: sample.pncId });
      const byPrisonNumber = await journey({ prisonNumber: sample.prisonNumber });
      expect(byPrisonNumber).toEqual(byPnc);
      expect(byPnc.pncId).toBe(sample.pncId);
      expect(byPnc.prisonNumber).toBe(sample.prisonNumber);
      expect(byPnc.custody?.status).toBe('SENTENCED');
      expect(byPnc.magistratesCases?.length).toBeGreaterThan(0);
      expect(byPnc.crownCourtCases?.length).toBeGreaterThan(0);
      expect(byPnc.visits?.length).toBeGreaterThan(0);
      expect(byPnc.confiscationOrders?.length).toBeGreaterThan(0);
      const timeline = byPnc.timeline ?? [];
      expect(new Set(timeline.map((event) => event.system))).toEqual(
        new Set(['MAGISTRATES_COURT', 'CROWN_COURT', 'PNOMIS', 'VISITS', 'CONFISCATION']),
      );
      expectInOrder(timeline);
    }
  });

  it('merges exactly the events every system contributes into the timeline', async () => {
    const sample = manifest.samples.fullJourney[0];
    if (!sample) throw new Error('no full-journey sample');
    const offender = await journey({ pncId: sample.pncId });
    const contributed = [
      offender.courtEvents,
      offender.custodyEvents,
      offender.visitEvents,
      offender.confiscationEvents,
    ]
      .flatMap((events) => events ?? [])
      .map((event) => event.occurredAt)
      .sort();
    expect(offender.timeline?.map((event) => event.occurredAt)).toEqual(contributed);
  });

  it('links a sent case in both court systems: magistrates to Crown Court and back', async () => {
    const sample = manifest.samples.fullJourney[0];
    if (!sample) throw new Error('no full-journey sample');
    const offender = await journey({ pncId: sample.pncId });
    const sent = offender.magistratesCases?.find((magistratesCase) => magistratesCase.sentToCrownCourt);
    const crownCase = offender.crownCourtCases?.find(
      (candidate) => candidate.caseNumber === sent?.sentToCrownCourt?.caseNumber,
    );
    expect(crownCase?.magistratesCase?.urn).toBe(sent?.urn);
  });

  it('finds a person known only to the courts by PNC ID', async () => {
    for (const sample of manifest.samples.courtsOnly) {
      const offender = await journey({ pncId: sample.pncId });
      expect(offender.prisonNumber).toBeNull();
      expect(offender.custody).toBeNull();
      expect(offender.visits).toEqual([]);
      expect(offender.magistratesCases?.length).toBeGreaterThan(0);
      expect(new Set(offender.timeline?.map((event) => event.system))).toEqual(
        new Set(['MAGISTRATES_COURT']),
      );
    }
  });

  it('finds a remand prisoner with no PNC ID by prison number', async () => {
    for (const sample of manifest.samples.remandPrisoner) {
      const offender = await journey({ prisonNumber: sample.prisonNumber });
      expect(offender.pncId).toBeNull();
      expect(offender.custody?.status).toBe('REMAND');
      // The courts and confiscation know people by PNC ID alone: not asked, they say nothing, not "none".
      expect(offender.magistratesCases).toBeNull();
      expect(offender.confiscationOrders).toBeNull();
      expect(offender.timeline?.some((event) => event.kind === 'ADMISSION')).toBe(true);
      expectInOrder(offender.timeline ?? []);
    }
  });

  it('shows a released person with their confiscation order and release', async () => {
    for (const sample of manifest.samples.releasedWithConfiscation) {
      const offender = await journey({ pncId: sample.pncId });
      expect(offender.custody?.status).toBe('RELEASED');
      expect(offender.custody?.currentPrison).toBeNull();
      expect(offender.confiscationOrders?.length).toBeGreaterThan(0);
      expect(offender.timeline?.some((event) => event.kind === 'RELEASE')).toBe(true);
      expect(offender.timeline?.some((event) => event.system === 'CONFISCATION')).toBe(true);
    }
  });
});
