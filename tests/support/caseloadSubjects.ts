import { seededDataDir } from './seededDataDir';
import { startSupergraph, type RunningSupergraph } from './startSupergraph';

/** A person P-Nomis holds or held, where they are held now (or were last), and a prison whose staff may not see them. */
export interface CaseloadSubject {
  prisonNumber: string;
  pncId: string | null;
  /** The prison of the active booking, or of the latest one once released: the one that decides. */
  establishment: string;
  /** A prison outside the person's caseload: one that held them before, where the story has one. */
  elsewhere: string;
}

/** The people the caseload tests look at, each chosen from the seeded stores for the shape of their record. */
export interface CaseloadSubjects {
  /** In custody, with a PNC ID, a course and visits at the prison holding them; `elsewhere` never held them. */
  inCustody: CaseloadSubject;
  /** In custody after a transfer, with visits at the prison they were transferred from (`elsewhere`). */
  transferred: CaseloadSubject;
  /** Released, last held at `establishment`, with visits at a prison that held them earlier (`elsewhere`). */
  released: CaseloadSubject;
}

const PRISONS_TRIED = ['LEI', 'MDI', 'BMI', 'WWI', 'SWI', 'OWI', 'NMI'];

/** Finds, in the seeded stores, one person of each shape the caseload rules must hold for. */
export async function caseloadSubjects(supergraph: RunningSupergraph): Promise<CaseloadSubjects> {
  const pnomis = supergraph.pnomis.system;
  const bookings = await pnomis.database.db
    .selectFrom('booking')
    .innerJoin('offender', 'offender.prisonNumber', 'booking.prisonNumber')
    .select(['booking.prisonNumber', 'booking.prisonCode', 'booking.active', 'offender.pncId'])
    .orderBy('booking.prisonNumber')
    .orderBy('booking.active', 'desc')
    .orderBy('booking.beganOn', 'desc')
    .orderBy('booking.bookingId', 'desc')
    .execute();
  const enrolled = new Set(
    (await pnomis.database.db.selectFrom('courseEnrolment').select('prisonNumber').execute()).map(
      (row) => row.prisonNumber,
    ),
  );
  const visited = new Set(
    (
      await supergraph.visits.system.database.db
        .selectFrom('visit')
        .select(['prisonNumber', 'prisonCode'])
        .where('status', 'in', ['BOOKED', 'CANCELLED'])
        .execute()
    ).map((row) => `${row.prisonNumber}@${row.prisonCode}`),
  );
  // The first booking of each person in this order is the one that decides: active, else the latest.
  const people = new Map<string, (typeof bookings)[number]>();
  for (const booking of bookings)
    if (!people.has(booking.prisonNumber)) people.set(booking.prisonNumber, booking);

  async function find(
    shape: string,
    fits: (person: (typeof bookings)[number]) => boolean,
    elsewhereOf: (everHeld: ReadonlySet<string>, person: (typeof bookings)[number]) => string | undefined,
  ): Promise<CaseloadSubject> {
    for (const person of people.values()) {
      if (!fits(person)) continue;
      const elsewhere = elsewhereOf(await pnomis.store.prisonsEverHeld(person.prisonNumber), person);
      if (elsewhere) {
        return {
          prisonNumber: person.prisonNumber,
          pncId: person.pncId,
          establishment: person.prisonCode,
          elsewhere,
        };
      }
    }
    throw new Error(`the seeded stores hold no ${shape}`);
  }
  const heldBefore = (everHeld: ReadonlySet<string>, person: { prisonNumber: string; prisonCode: string }) =>
    [...everHeld].find((code) => code !== person.prisonCode && visited.has(`${person.prisonNumber}@${code}`));
  return {
    inCustody: await find(
      'prisoner in custody with a course and visits',
      (person) =>
        person.active === 1 &&
        person.pncId !== null &&
        enrolled.has(person.prisonNumber) &&
        visited.has(`${person.prisonNumber}@${person.prisonCode}`),
      (everHeld) => PRISONS_TRIED.find((code) => !everHeld.has(code)),
    ),
    transferred: await find(
      'transferred prisoner with visits before',
      (person) => person.active === 1,
      heldBefore,
    ),
    released: await find('released prisoner with visits before', (person) => person.active === 0, heldBefore),
  };
}

/** The whole system over freshly seeded stores, and the people the caseload tests look at in it. */
export async function caseloadSystem(): Promise<{
  supergraph: RunningSupergraph;
  subjects: CaseloadSubjects;
}> {
  const supergraph = await startSupergraph((await seededDataDir()).dataDir);
  return { supergraph, subjects: await caseloadSubjects(supergraph) };
}
