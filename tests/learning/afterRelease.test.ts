import { resolve } from 'node:path';
import { readManifests } from '../../gateway/src/trustedDocuments/persistedQueryManifest';
import { createDevToken } from '../../scripts/token';
import { addPrisoners } from '../journey/support/prisoners';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { careersOperation as registered, daysFromToday } from './support/learningDocuments';

let supergraph: RunningSupergraph;
let dataDir: string;
let careers: string;
let released: string;
let inCustody: string;

const shared = readManifests(resolve(__dirname, '../../trusted-documents')).get('employer');
const SHARED_RECORD = [...(shared?.values() ?? [])].find(
  (operation) => operation.name === 'EmployerSharedLearnerRecord',
)?.body as string;

const employer = (subject: string) =>
  createDevToken(['--agency', 'employer', '--subject', subject], { ...process.env, DATA_DIR: dataDir });

interface SharedRecord {
  prisonNumber: string;
  sharedUntil: string;
  qualifications: { subject: string; level: string; verification: string }[];
  skills: { area: string; level: string; assessedOn: string }[];
}

const readShared = async (token: string, prisonNumber: string) =>
  supergraph.queryAs<{ sharedLearnerRecord: SharedRecord }>(token, SHARED_RECORD, { prisonNumber });

const consent = (prisonNumber: string, overrides: Record<string, unknown> = {}) =>
  supergraph.queryAs<{ recordSharingConsent: { id: string; recordedBy: string; expiresOn: string } }>(
    careers,
    registered('CareersRecordSharingConsent'),
    {
      input: {
        prisonNumber,
        employerId: 'employer-acme',
        employerName: 'Acme Catering Ltd',
        givenOn: daysFromToday(0),
        expiresOn: daysFromToday(30),
        ...overrides,
      },
    },
  );

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  ({ dataDir } = await seededDataDir());
  supergraph = await startSupergraph(dataDir);
  const db = supergraph.pnomis.system.database.db;
  [released = '', inCustody = ''] = await addPrisoners(db, [
    {
      firstName: 'Share',
      lastName: 'Released',
      dateOfBirth: '1990-02-02',
      bookings: [{ prisonCode: 'LEI', beganOn: '2025-01-01', endedOn: '2026-05-01' }],
    },
    {
      firstName: 'Share',
      lastName: 'Held',
      dateOfBirth: '1990-02-02',
      bookings: [{ prisonCode: 'LEI', beganOn: '2025-01-01' }],
    },
  ]);
  await db
    .insertInto('qualification')
    .values({
      prisonNumber: released,
      subject: 'Food Safety',
      level: 'LEVEL_2',
      grade: 'Merit',
      awardedOn: '2025-09-01',
      awardingBody: 'Highfield',
      verification: 'VERIFIED',
      prisonCode: 'LEI',
      enrolmentId: null,
    })
    .execute();
  await db
    .insertInto('skillsAssessment')
    .values({
      prisonNumber: released,
      area: 'ENGLISH',
      level: 'LEVEL_1',
      assessedOn: '2025-02-01',
      prisonCode: 'LEI',
      learningNeeds: 'Dyslexia',
    })
    .execute();
  careers = await supergraph.tokenFor('careers-service');
});

afterAll(() => supergraph.stop());

describe('a released person’s education record', () => {
  it('is read by the careers service, and refused to prison staff of the prison that released them', async () => {
    const read = await supergraph.queryAs<{ offender: { learning: { qualifications: unknown[] } | null } }>(
      careers,
      registered('CareersLearnerRecord'),
      { prisonNumber: released },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.offender.learning?.qualifications).toHaveLength(1);
    const staff = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
    const refused = await supergraph.queryAs<{ offender: { learning: unknown } }>(
      staff,
      'query ($p: ID) { offender(prisonNumber: $p) { learning { prisonNumber } } }',
      { p: released },
    );
    expect(refused.data?.offender.learning).toBeNull();
    expect(code(refused)).toBe('RECORD_CLOSED_AFTER_RELEASE');
  });
});

describe('sharing with a named employer', () => {
  it('needs the person’s recorded consent: who, when and until when; the employer then sees qualifications and skills only', async () => {
    const acme = await employer('employer-acme');
    expect(code(await readShared(acme, released))).toBe('NO_SHARING_CONSENT');
    const given = await consent(released);
    expect(given.data?.recordSharingConsent).toMatchObject({
      recordedBy: 'dev-careers-service',
      expiresOn: daysFromToday(30),
    });
    const read = await readShared(acme, released);
    expect(read.errors).toBeUndefined();
    expect(read.data?.sharedLearnerRecord).toEqual({
      prisonNumber: released,
      sharedUntil: daysFromToday(30),
      qualifications: [
        {
          subject: 'Food Safety',
          level: 'LEVEL_2',
          grade: 'Merit',
          awardedOn: '2025-09-01',
          awardingBody: 'Highfield',
          verification: 'VERIFIED',
        },
      ],
      skills: [{ area: 'ENGLISH', level: 'LEVEL_1', assessedOn: '2025-02-01' }],
    });
    // Learning needs and where the person was held are not the employer's to see.
    expect(JSON.stringify(read.data)).not.toMatch(/Dyslexia|LEI/);
    const [audit] = await supergraph.gateway.auditLog.store.consultationsOf(released, { limit: 1 });
    expect(audit?.agency).toBe('employer');
    expect(audit?.purpose).toMatch(/^RECRUITMENT/);
    // Probation sees the consent on the person's record: who, when, until when, recorded by whom.
    const onRecord = await supergraph.queryAs<{ offender: { sharingConsents: unknown[] } }>(
      await supergraph.tokenFor('offender-manager'),
      'query ($p: ID) { offender(prisonNumber: $p) { sharingConsents { employerId employerName givenOn expiresOn withdrawnOn recordedBy } } }',
      { p: released },
    );
    expect(onRecord.data?.offender.sharingConsents).toEqual([
      {
        employerId: 'employer-acme',
        employerName: 'Acme Catering Ltd',
        givenOn: daysFromToday(0),
        expiresOn: daysFromToday(30),
        withdrawnOn: null,
        recordedBy: 'dev-careers-service',
      },
    ]);
  });

  it('gives any other employer, person or lapsed consent the one refusal, and nothing beyond the shared record', async () => {
    const other = await employer('employer-other');
    expect(code(await readShared(other, released))).toBe('NO_SHARING_CONSENT');
    expect(code(await readShared(other, 'Z9999ZZ'))).toBe('NO_SHARING_CONSENT');
    const acme = await employer('employer-acme');
    const ownQuery = await supergraph.queryAs(
      acme,
      'query ($p: ID) { offender(prisonNumber: $p) { learning { prisonNumber } } }',
      {
        p: released,
      },
    );
    expect(code(ownQuery)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const lapsed = await consent(released, {
      employerId: 'employer-lapsed',
      givenOn: daysFromToday(-40),
      expiresOn: daysFromToday(-1),
    });
    expect(code(lapsed)).toBe('BAD_USER_INPUT');
    // A consent that ran out yesterday, as the store holds it, lets the employer see nothing today.
    await supergraph.pnomis.system.database.db
      .insertInto('learningShareConsent')
      .values({
        prisonNumber: released,
        employerId: 'employer-lapsed',
        employerName: 'Lapsed Ltd',
        givenOn: daysFromToday(-40),
        expiresOn: daysFromToday(-1),
        recordedBy: 'dev-careers-service',
        recordedAt: new Date().toISOString(),
        withdrawnOn: null,
      })
      .execute();
    expect(code(await readShared(await employer('employer-lapsed'), released))).toBe('NO_SHARING_CONSENT');
  });

  it('is recorded only after release, for at most a year, and ends when withdrawn', async () => {
    expect(code(await consent(inCustody))).toBe('PERSON_NOT_RELEASED');
    expect(code(await consent(released, { expiresOn: daysFromToday(400) }))).toBe('BAD_USER_INPUT');
    const staff = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
    const byStaff = await supergraph.queryAs(staff, registered('CareersRecordSharingConsent'), {
      input: {
        prisonNumber: released,
        employerId: 'employer-withdrawn',
        employerName: 'Withdrawn Ltd',
        givenOn: daysFromToday(0),
        expiresOn: daysFromToday(10),
      },
    });
    expect(code(byStaff)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const given = await consent(released, {
      employerId: 'employer-withdrawn',
      employerName: 'Withdrawn Ltd',
    });
    const withdrawnBy = await employer('employer-withdrawn');
    expect((await readShared(withdrawnBy, released)).errors).toBeUndefined();
    const withdrawn = await supergraph.queryAs(careers, registered('CareersWithdrawSharingConsent'), {
      consentId: given.data?.recordSharingConsent.id,
    });
    expect(withdrawn.data).toEqual({
      withdrawSharingConsent: { id: given.data?.recordSharingConsent.id, withdrawnOn: daysFromToday(0) },
    });
    expect(code(await readShared(withdrawnBy, released))).toBe('NO_SHARING_CONSENT');
  });
});
