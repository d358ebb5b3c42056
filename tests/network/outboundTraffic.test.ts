import { purposeHeaders } from '../support/purposeHeaders';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevToken } from '../../scripts/token';
import type { SeedManifest } from '../../seed/seedManifest';
import { JOURNEY_QUERY } from '../support/journeyQuery';
import {
  describeRefusal,
  readTrapLog,
  trapLogIn,
  trappedEnvironment,
} from '../support/outbound/outboundTrapLog';
import { startOneCommandSystem, waitFor, type OneCommandSystem } from '../support/oneCommandSystem';
import { seededDataDir } from '../support/seededDataDir';
import type { GraphQLResponse } from '../support/startSupergraph';
import { freshKey, registeredOperation } from '../visits/support/visitsFixture';

const ROOT = join(__dirname, '../..');

/**
 * The whole system as `npm start` runs it (scripts/start.ts: four subgraphs and the gateway, each a process of its
 * own), with the outbound trap preloaded into every process through NODE_OPTIONS. Nothing any of them does may
 * reach past loopback: a journey, a booking, a supergraph reload and a shutdown are each driven through it.
 */
describe('the one-command system sends nothing off the machine', () => {
  let scratch: string;
  let manifest: SeedManifest;
  let dataDir: string;
  let trapLog: string;
  let supergraphPath: string;
  let system: OneCommandSystem;
  let gatewayUrl: string;
  const output = () => system.output();

  beforeAll(async () => {
    ({ dataDir, manifest } = await seededDataDir());
    scratch = mkdtempSync(join(tmpdir(), 'outbound-trap-'));
    trapLog = trapLogIn(scratch);
    supergraphPath = join(scratch, 'supergraph.graphql');
    copyFileSync(join(ROOT, 'schema/supergraph.graphql'), supergraphPath);
    system = await startOneCommandSystem(
      trappedEnvironment(trapLog, {
        ...process.env,
        DATA_DIR: dataDir,
        SUPERGRAPH_PATH: supergraphPath,
        LOG_LEVEL: 'info',
      }),
    );
    gatewayUrl = system.gatewayUrl;
  }, 150_000);

  afterAll(() => {
    system.kill();
    rmSync(scratch, { recursive: true, force: true });
  });

  const post = <Data>(token: string, query: string, variables: Record<string, unknown>) =>
    postAs<Data>(gatewayUrl, token, query, variables);

  const tokenFor = (agency: string, extra: string[] = []) =>
    createDevToken(['--agency', agency, '--subject', `trap-${agency}`, ...extra], {
      ...process.env,
      DATA_DIR: dataDir,
    });

  it('answers a journey across all four systems', async () => {
    const sample = manifest.samples.fullJourney[0];
    if (!sample) throw new Error('the seed has no full-journey sample');
    const journey = await post<{ offender: { prisonNumber: string; timeline: unknown[] } }>(
      await tokenFor('offender-manager'),
      JOURNEY_QUERY,
      { pncId: sample.pncId },
    );
    expect(journey.errors).toBeUndefined();
    expect(journey.data?.offender.prisonNumber).toBe(sample.prisonNumber);
    expect(journey.data?.offender.timeline.length).toBeGreaterThan(0);
  });

  it('links a prisoner to a booking account and books a visit, visits asking P-Nomis live', async () => {
    const booked = await bookFirstOpenSession(gatewayUrl, tokenFor, manifest);
    expect(booked).toMatchObject({ status: 'BOOKED' });
  });

  it('reloads a new supergraph while serving', async () => {
    appendFileSync(supergraphPath, '\n# republished by the outbound-traffic test\n');
    await waitFor(
      () => output().includes('supergraph reloaded'),
      10_000,
      () => 'no reload logged',
    );
    const analyst = await tokenFor('analyst');
    const answer = await post<{ __typename: string }>(analyst, '{ __typename }', {});
    expect(answer.data?.__typename).toBe('Query');
  });

  it('stops on Ctrl-C, and no process it ran tried to reach past loopback', async () => {
    const exited = once(system.supervisor, 'exit');
    system.supervisor.kill('SIGINT');
    await exited;
    // The services may outlive their supervisor by a moment: let them finish closing before the log is read.
    await waitFor(
      () => !anyProcessAlive(readTrapLog(trapLog).loadedPids),
      15_000,
      () => 'still running',
    );
    const { loadedPids, refused } = readTrapLog(trapLog);
    // The supervisor, four subgraphs and the gateway: the trap was in every one of them.
    expect(loadedPids.size).toBeGreaterThanOrEqual(6);
    expect(refused.map(describeRefusal)).toEqual([]);
  }, 30_000);
});

describe('the outbound trap itself', () => {
  it('catches and refuses what stock @apollo/gateway does when its telemetry is left on', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'outbound-trap-control-'));
    try {
      const trapLog = trapLogIn(scratch);
      const script = join(scratch, 'stockGateway.js');
      // The library as its documentation constructs it, without this project's switch (vendorReporting.ts).
      writeFileSync(
        script,
        `const { ApolloGateway } = require(${JSON.stringify(require.resolve('@apollo/gateway'))});
         const sdl = require('node:fs').readFileSync(${JSON.stringify(join(ROOT, 'schema/supergraph.graphql'))}, 'utf8');
         new ApolloGateway({ supergraphSdl: sdl });
         setTimeout(() => process.exit(0), 3000);`,
      );
      const env = trappedEnvironment(trapLog, { ...process.env });
      delete env.APOLLO_TELEMETRY_DISABLED;
      spawnSync(process.execPath, [script], { env, stdio: 'ignore', timeout: 20_000 });
      const targets = readTrapLog(trapLog).refused.map((event) => event.target);
      expect(targets).toEqual(expect.arrayContaining(['169.254.169.254:80', '100.100.100.200:80']));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});

/** Sends an operation to the gateway with a bearer token and a stated purpose. */
async function postAs<Data>(
  gatewayUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...purposeHeaders(token, 'Checking that nothing leaves the machine'),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

type Custody = { dateOfBirth: string; currentPrison: { code: string } | null };
type Contact = { firstName: string; lastName: string; dateOfBirth: string; relationship: string };
type ContactOnRecord = Contact & { approvedVisitor: boolean; restrictions: unknown[] };

/**
 * Books the first open session of the first full-journey prisoner with one, as a public booker would: the booker
 * links the prisoner to their account with the number, date of birth and prison they know (read here from P-Nomis),
 * looks up the sessions, and books naming an approved contact of the prisoner (read as prison staff there).
 */
async function bookFirstOpenSession(
  gatewayUrl: string,
  tokenFor: (agency: string, extra?: string[]) => Promise<string>,
  manifest: SeedManifest,
) {
  const booker = await tokenFor('public-visit-booker');
  const sendAs = <Data>(name: string, variables: Record<string, unknown>) =>
    postAs<Data>(gatewayUrl, booker, registeredOperation(name), variables);
  const read = async <Data>(token: string, fields: string, prisonNumber: string) =>
    (
      await postAs<{ offender: Data }>(
        gatewayUrl,
        token,
        `query Read($prisonNumber: ID) { offender(prisonNumber: $prisonNumber) { ${fields} } }`,
        { prisonNumber },
      )
    ).data?.offender;
  for (const { prisonNumber } of manifest.samples.fullJourney) {
    const manager = await tokenFor('offender-manager');
    const custody = (
      await read<{ custody: Custody }>(
        manager,
        'custody { dateOfBirth currentPrison { code } }',
        prisonNumber,
      )
    )?.custody;
    const prisonCode = custody?.currentPrison?.code;
    if (!custody || !prisonCode) continue;
    const staff = await tokenFor('prison-staff', ['--caseload', prisonCode]);
    const contacts = await read<{ contacts: ContactOnRecord[] }>(
      staff,
      'contacts { firstName lastName dateOfBirth relationship approvedVisitor restrictions { type } }',
      prisonNumber,
    );
    const lead = contacts?.contacts.find(
      (contact) => contact.approvedVisitor && contact.restrictions.length === 0,
    );
    if (!lead) continue;
    const linked = await sendAs<{ linkPrisonerToBookingAccount: unknown }>('LinkPrisonerToBookingAccount', {
      input: { prisonNumber, dateOfBirth: custody.dateOfBirth, prisonCode },
    });
    if (!linked.data?.linkPrisonerToBookingAccount) return linked.errors;
    const from = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 27 * 86_400_000).toISOString().slice(0, 10);
    const availability = await sendAs<{
      visitAvailability: {
        prison: { code: string };
        sessions: { date: string; startTime: string; bookable: boolean }[];
      };
    }>('VisitAvailabilityForPrisoner', { prisonNumber, from, to });
    const offer = availability.data?.visitAvailability;
    const session = offer?.sessions.find((candidate) => candidate.bookable);
    if (!offer || !session) continue;
    const { firstName, lastName, dateOfBirth, relationship } = lead;
    const booking = await sendAs<{ bookVisit: { status: string } }>('VisitBooking', {
      input: {
        prisonNumber,
        prisonCode: offer.prison.code,
        date: session.date,
        startTime: session.startTime,
        restriction: 'OPEN',
        idempotencyKey: freshKey(),
        visitors: [{ firstName, lastName, dateOfBirth, relationship, lead: true }],
      },
    });
    return booking.data?.bookVisit ?? booking.errors;
  }
  throw new Error('no full-journey prisoner has an open session to book');
}

function anyProcessAlive(pids: Set<number>): boolean {
  return [...pids].some((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}
