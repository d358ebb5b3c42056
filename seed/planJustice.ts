import { type Day, parseDay } from './calendar';
import { planContacts, type PlannedContact } from './contacts/prisonerContacts';
import type { IncentiveLevel } from '../subgraphs/pnomis/src/store/pnomisTables';
import { planIncentiveLevels } from './visits/incentiveLevels';
import type { IdentifierKeys } from './identifiers';
import { planConfiscationOrders, SAMPLES_PER_KIND } from './journeys/confiscationOrders';
import { courtsOnlyChunk, type CourtsOnlySpec } from './journeys/courtsOnlyCases';
import { numberCrownCases } from './journeys/crownCaseNumbers';
import { planCrownNonCustodialJourney } from './journeys/crownNonCustodialJourney';
import { planCustodialJourney } from './journeys/custodialJourney';
import { injectFaults } from './journeys/injectFaults';
import type { JourneyContext } from './journeys/journeyContext';
import type { Journey } from './journeys/journeyTypes';
import { planRemandJourney } from './journeys/remandJourney';
import { chance, intBetween, seededFaker, STREAM } from './random';
import type { SeedSamples } from './seedManifest';
import { DEFAULT_GENERATE_OPTIONS, type GenerateOptions, type Volumes, volumesFor } from './seedOptions';

/** Everything decided before rows are written: the people with Crown cases, their orders, faults and samples. */
export interface JusticePlan {
  options: Required<GenerateOptions>;
  asOf: Day;
  volumes: Volumes;
  identifierKeys: IdentifierKeys;
  journeys: Journey[];
  courtsOnly: CourtsOnlySpec;
  samples: SeedSamples;
  /** The social contacts of everyone taken into custody, by prison number: P-Nomis's, and the visitors of visits. */
  contacts: ReadonlyMap<string, PlannedContact[]>;
  /** The incentive level of everyone taken into custody, by prison number: P-Nomis's, and their visiting orders. */
  incentiveLevels: ReadonlyMap<string, IncentiveLevel>;
}

/** The sentenced and released people placed so that a confiscation order can follow (sample candidates). */
const CONFISCATION_CANDIDATES = 2 * SAMPLES_PER_KIND;

/** Checks generation options (seed, scale, as-of date, fault rate) and fills in the default fault rate. */
export function checkedOptions(options: GenerateOptions): Required<GenerateOptions> {
  const faultRate = options.faultRate ?? DEFAULT_GENERATE_OPTIONS.faultRate;
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be a whole number, got ${options.seed}`);
  if (!(faultRate >= 0 && faultRate <= 0.1))
    throw new Error(`faultRate must be from 0 to 0.1, got ${faultRate}`);
  parseDay(options.asOf);
  volumesFor(options.scale);
  return { ...options, faultRate };
}

function identifierKeysFor(seed: number): IdentifierKeys {
  const faker = seededFaker(seed, STREAM.identifiers);
  const key = (): number => intBetween(faker, 0, 0x7fffffff);
  return {
    pnc: key(),
    cro: key(),
    prisonNumber: key(),
    bookingNumber: key(),
    urn: key(),
    accountNumber: key(),
    visitReference: key(),
  };
}

/** The journeys of every shape, people numbered from 0 in this order: sentenced, remand, released, Crown-only. */
function planJourneys(context: JourneyContext, volumes: Volumes): Journey[] {
  const journeys: Journey[] = [];
  for (let index = 0; index < volumes.sentenced; index += 1) {
    const spec = {
      position: journeys.length,
      released: false,
      confiscationCandidate: index < CONFISCATION_CANDIDATES,
    };
    journeys.push(planCustodialJourney(context, spec));
  }
  for (let index = 0; index < volumes.remand; index += 1) {
    // About a quarter never had a PNC ID; the first always, so that every scale has one.
    const recorded = index > 0 && !chance(context.faker, 0.25);
    journeys.push(planRemandJourney(context, { position: journeys.length, recorded }));
  }
  for (let index = 0; index < volumes.released; index += 1) {
    const spec = {
      position: journeys.length,
      released: true,
      confiscationCandidate: index < CONFISCATION_CANDIDATES,
    };
    journeys.push(planCustodialJourney(context, spec));
  }
  for (let index = 0; index < volumes.crownNonCustodial; index += 1) {
    journeys.push(planCrownNonCustodialJourney(context, journeys.length));
  }
  return journeys;
}

/** The manifest samples: five of each shape where there are five, all without faults. */
function pickSamples(journeys: readonly Journey[], courtsOnly: CourtsOnlySpec): SeedSamples {
  const clean = journeys.filter((journey) => journey.sample && journey.fault === null);
  const withOrder = (shape: Journey['shape']) =>
    clean
      .filter((journey) => journey.shape === shape && journey.order !== null)
      .slice(0, SAMPLES_PER_KIND)
      .map((journey) => ({
        pncId: journey.person.pncId ?? '',
        prisonNumber: journey.custody?.prisonNumber ?? '',
      }));
  return {
    fullJourney: withOrder('SENTENCED'),
    courtsOnly: courtsOnlyChunk(courtsOnly, 0)
      .slice(0, SAMPLES_PER_KIND)
      .map((courtsOnlyCase) => ({ pncId: courtsOnlyCase.person.pncId ?? '' })),
    remandPrisoner: clean
      .filter((journey) => journey.shape === 'REMAND')
      .map((journey) => ({ prisonNumber: journey.custody?.prisonNumber ?? '' })),
    releasedWithConfiscation: withOrder('RELEASED'),
  };
}

/**
 * Plans a data set: every person with a Crown Court case and their whole journey, the Crown case numbers, the
 * confiscation orders, the injected faults and the samples. Courts-only people are left to be made as their
 * rows are written (there are over a million at scale 1). The same options always give the same plan.
 */
export function planJustice(options: GenerateOptions): JusticePlan {
  const checked = checkedOptions(options);
  const asOf = parseDay(checked.asOf);
  const volumes = volumesFor(checked.scale);
  const identifierKeys = identifierKeysFor(checked.seed);
  const context: JourneyContext = {
    faker: seededFaker(checked.seed, STREAM.journeys),
    peopleFaker: seededFaker(checked.seed, STREAM.people),
    asOf,
    identifierKeys,
    nextCustodyPosition: 0,
  };
  const journeys = planJourneys(context, volumes);
  const issuedSerials = numberCrownCases(journeys);
  const confiscationFaker = seededFaker(checked.seed, STREAM.confiscation);
  planConfiscationOrders(confiscationFaker, journeys, volumes.confiscationOrders, asOf, identifierKeys);
  const unrecordedRemand = journeys.filter(
    (journey) => journey.shape === 'REMAND' && journey.person.pncId === null,
  );
  for (const journey of unrecordedRemand.slice(0, SAMPLES_PER_KIND)) journey.sample = true;
  injectFaults(seededFaker(checked.seed, STREAM.faults), journeys, checked.faultRate, {
    asOf,
    issuedSerials,
  });
  const courtsOnly = {
    seed: checked.seed,
    asOf,
    identifierKeys,
    firstPosition: journeys.length,
    count: volumes.courtsOnly,
  };
  return {
    options: checked,
    asOf,
    volumes,
    identifierKeys,
    journeys,
    courtsOnly,
    samples: pickSamples(journeys, courtsOnly),
    contacts: planContacts(seededFaker(checked.seed, STREAM.contacts), journeys, asOf),
    incentiveLevels: planIncentiveLevels(seededFaker(checked.seed, STREAM.incentives), journeys),
  };
}
