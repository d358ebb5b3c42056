import { crownCourtFor } from '@lib/reference/courtRegister';
import { AS_OF, crownCaseKey, dayOf, generated, groupBy, indexBy } from './seedFixture';

const asOf = dayOf(AS_OF);
const { plan, rows } = generated();
const magistratesCases = indexBy(rows.magistrates.magistratesCase, (row) => row.urn);
const magistratesHearings = groupBy(rows.magistrates.magistratesHearing, (row) => row.urn);
const crownCases = indexBy(rows.crown.crownCase, crownCaseKey);
const crownHearings = groupBy(rows.crown.crownHearing, (row) =>
  crownCaseKey({ courtCode: row.caseCourtCode, caseNumber: row.caseNumber }),
);
const offenders = indexBy(rows.pnomis.offender, (row) => row.prisonNumber);
const bookings = indexBy(rows.pnomis.booking, (row) => row.prisonNumber);
const movements = groupBy(rows.pnomis.movement, (row) => row.bookingId);
const sentences = indexBy(rows.pnomis.sentence, (row) => row.bookingId);
const custodyPncIds = new Set(rows.pnomis.offender.map((row) => row.pncId));

function journeysOf(shape: string) {
  return plan.journeys.filter((journey) => journey.shape === shape);
}

describe('seeded journeys', () => {
  it('sends each Crown case from a magistrates’ case that names it, at the court’s Crown Court', () => {
    const sent = rows.magistrates.magistratesCase.filter((row) => row.sentToCrownCaseNumber !== null);
    expect(sent.length).toBeGreaterThan(0);
    for (const magistratesCase of sent) {
      const crownCase = crownCases.get(
        crownCaseKey({
          courtCode: magistratesCase.sentToCrownCourtCode ?? '',
          caseNumber: magistratesCase.sentToCrownCaseNumber ?? '',
        }),
      );
      expect(crownCase?.urn).toBe(magistratesCase.urn);
      expect(crownCase?.committingCourtCode).toBe(magistratesCase.courtCode);
      expect(crownCase?.courtCode).toBe(crownCourtFor(magistratesCase.courtCode)?.code);
      expect(magistratesCase.outcome).toBe('COMMITTED_TO_CROWN');
      expect(magistratesCase.allocationDecision).toBe(
        crownCase?.sendingType === 'SENT_FOR_TRIAL' ? 'CROWN_COURT_TRIAL' : 'SUMMARY_TRIAL',
      );
      const committal = magistratesHearings
        .get(magistratesCase.urn)
        ?.find((hearing) => hearing.outcome === 'COMMITTED_TO_CROWN');
      expect(committal?.startsAt.slice(0, 10)).toBe(crownCase?.receivedOn);
      expect(magistratesCase.chargedOn <= (crownCase?.receivedOn ?? '')).toBe(true);
    }
  });

  it('numbers Crown cases per centre by prefix, year of receipt and a serial in the order they were received', () => {
    const series = groupBy(rows.crown.crownCase, (row) => `${row.courtCode} ${row.caseNumber.slice(0, 5)}`);
    expect(new Set([...series.keys()].map((key) => key.split(' ')[0])).size).toBeGreaterThan(1);
    for (const [centreAndSeries, cases] of series) {
      for (const crownCase of cases) {
        expect(centreAndSeries).toBe(
          `${crownCase.courtCode} ${crownCase.sendingType === 'SENT_FOR_TRIAL' ? 'T' : 'S'}${crownCase.receivedOn.slice(0, 4)}`,
        );
      }
      const byNumber = [...cases].sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
      expect(byNumber.map((row) => Number(row.caseNumber.slice(5)))).toEqual(
        byNumber.map((_, index) => index + 1),
      );
      const received = byNumber.map((row) => row.receivedOn);
      expect(received).toEqual([...received].sort());
    }
  });

  it('records each person with the same name, date of birth and identifiers in every system', () => {
    for (const { person, magistrates, crown, custody } of plan.journeys) {
      const crownCase = crownCases.get(crownCaseKey(crown));
      const magistratesCase = magistratesCases.get(magistrates.urn);
      const offender = custody ? offenders.get(custody.prisonNumber) : undefined;
      const seen = [
        [
          crownCase?.defendantFirstName,
          crownCase?.defendantLastName,
          crownCase?.defendantDateOfBirth,
          crownCase?.defendantCroNumber,
        ],
        ...(magistratesCase
          ? [
              [
                magistratesCase.defendantFirstName,
                magistratesCase.defendantLastName,
                magistratesCase.defendantDateOfBirth,
                magistratesCase.defendantCroNumber,
              ],
            ]
          : []),
        ...(offender
          ? [[offender.firstName, offender.lastName, offender.dateOfBirth, offender.croNumber]]
          : []),
      ];
      for (const names of seen) expect(names).toEqual(seen[0]);
      expect(crownCase?.defendantPncId).toBe(person.pncId);
      if (magistratesCase) expect(magistratesCase.defendantPncId).toBe(person.pncId);
      const age = (dayOf(AS_OF) - dayOf(crownCase?.defendantDateOfBirth ?? '')) / 365.25;
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(71);
      expect(magistrates.chargedOn - person.dateOfBirth).toBeGreaterThanOrEqual(18 * 365);
    }
  });

  it('holds sentenced prisoners in custody at the as-of date under the sentence their Crown case passed', () => {
    for (const { custody, crown } of journeysOf('SENTENCED')) {
      const booking = bookings.get(custody?.prisonNumber ?? '');
      const sentence = sentences.get(booking?.bookingId ?? -1);
      const crownCase = crownCases.get(crownCaseKey(crown));
      const sentencing = crownHearings
        .get(crownCaseKey(crown))
        ?.find((hearing) => hearing.type === 'SENTENCE');
      expect(booking).toMatchObject({ active: 1, inOutStatus: 'IN', status: 'SENTENCED', endedOn: null });
      expect(crownCase).toMatchObject({ outcome: 'CUSTODY', custodialSentenceMonths: sentence?.termMonths });
      expect(sentencing?.outcome).toBe('CUSTODY');
      expect(sentence).toMatchObject({
        calculationType: 'ADIMP',
        crownCourtCaseNumber: crown.caseNumber,
        crownCourtCode: crown.courtCode,
        startDate: sentencing?.startsAt.slice(0, 10),
      });
      expect(sentence?.conditionalReleaseDate).toBe(booking?.releaseDate);
      expect(dayOf(booking?.releaseDate ?? '')).toBeGreaterThan(asOf);
      expect((sentence?.sentenceExpiryDate ?? '') > (sentence?.conditionalReleaseDate ?? '')).toBe(true);
    }
  });

  it('released people left on their conditional release date within two years of the as-of date', () => {
    for (const { custody } of journeysOf('RELEASED')) {
      const booking = bookings.get(custody?.prisonNumber ?? '');
      const last = movements.get(booking?.bookingId ?? -1)?.at(-1);
      expect(booking).toMatchObject({ active: 0, inOutStatus: 'OUT', status: 'SENTENCED' });
      expect(booking?.endedOn).toBe(booking?.releaseDate);
      expect(dayOf(booking?.endedOn ?? '')).toBeLessThan(asOf);
      expect(dayOf(booking?.endedOn ?? '')).toBeGreaterThanOrEqual(asOf - 730);
      expect(last).toMatchObject({ type: 'RELEASE', direction: 'OUT', toLocation: 'OUT' });
      expect(last?.occurredAt.slice(0, 10)).toBe(booking?.endedOn);
    }
  });

  it('holds remand prisoners awaiting trial, about a quarter of them with no PNC ID anywhere', () => {
    const remand = journeysOf('REMAND');
    for (const { custody, crown, magistrates, person } of remand) {
      expect(bookings.get(custody?.prisonNumber ?? '')).toMatchObject({
        active: 1,
        status: 'REMAND',
        releaseDate: null,
      });
      expect(crownCases.get(crownCaseKey(crown))?.outcome).toBeNull();
      if (magistratesCases.has(magistrates.urn))
        expect(magistratesCases.get(magistrates.urn)?.bailStatus).toBe('REMANDED_IN_CUSTODY');
      if (person.pncId === null) expect(offenders.get(custody?.prisonNumber ?? '')?.pncId).toBeNull();
    }
    const unrecorded = remand.filter((journey) => journey.person.pncId === null).length / remand.length;
    expect(unrecorded).toBeGreaterThan(0.12);
    expect(unrecorded).toBeLessThan(0.4);
  });

  it('moves prisoners from place to place: admitted, to court and back, transferred, released', () => {
    for (const booking of rows.pnomis.booking) {
      const moves = movements.get(booking.bookingId) ?? [];
      expect(moves[0]?.type).toBe('ADMISSION');
      expect(moves[0]?.occurredAt.slice(0, 10)).toBe(booking.beganOn);
      let location = moves[0]?.toLocation;
      for (const move of moves.slice(1)) {
        expect(move.fromLocation).toBe(location);
        location = move.toLocation;
      }
      expect(location).toBe(booking.active ? booking.prisonCode : 'OUT');
      const times = moves.map((move) => move.occurredAt);
      expect(times).toEqual([...times].sort());
    }
  });

  it('lists Crown hearings in date order from receipt, the confiscation hearing on the order date', () => {
    for (const crownCase of rows.crown.crownCase) {
      const hearings = crownHearings.get(crownCaseKey(crownCase)) ?? [];
      const days = hearings.map((hearing) => hearing.startsAt);
      expect(days).toEqual([...days].sort());
      if (hearings[0]) expect(hearings[0].startsAt.slice(0, 10) >= crownCase.receivedOn).toBe(true);
      const confiscation = hearings.filter((hearing) => hearing.type === 'CONFISCATION');
      expect(confiscation.map((hearing) => hearing.startsAt.slice(0, 10))).toEqual(
        crownCase.confiscationOrderedOn ? [crownCase.confiscationOrderedOn] : [],
      );
      if (crownCase.outcome)
        expect(hearings.some((hearing) => hearing.outcome === crownCase.outcome)).toBe(true);
    }
  });

  it('never puts non-custodial Crown defendants or courts-only people in prison', () => {
    for (const { person, crown } of journeysOf('CROWN_NON_CUSTODIAL')) {
      expect(['COMMUNITY_ORDER', 'ACQUITTED']).toContain(crownCases.get(crownCaseKey(crown))?.outcome);
      expect(custodyPncIds.has(person.pncId)).toBe(false);
    }
    const courtsOnly = rows.magistrates.magistratesCase.filter((row) => row.sentToCrownCaseNumber === null);
    expect(courtsOnly.length).toBeGreaterThan(plan.journeys.length);
    for (const row of courtsOnly) {
      expect(['FINE', 'COMMUNITY_ORDER', 'DISCHARGE', 'ADJOURNED']).toContain(row.outcome);
      expect(row.bailStatus).not.toBe('REMANDED_IN_CUSTODY');
      expect(dayOf(row.chargedOn)).toBeGreaterThanOrEqual(asOf - 365);
      expect(custodyPncIds.has(row.defendantPncId)).toBe(false);
    }
  });

  it('writes times as ISO instants in UTC and dates as YYYY-MM-DD', () => {
    const instants = [
      ...rows.magistrates.magistratesHearing.map((row) => row.startsAt),
      ...rows.crown.crownHearing.map((row) => row.startsAt),
      ...rows.pnomis.movement.map((row) => row.occurredAt),
      ...rows.visits.visit.map((row) => row.bookedAt),
    ];
    for (const instant of instants) expect(new Date(instant).toISOString()).toBe(instant);
    const dates = [
      ...rows.magistrates.magistratesCase.flatMap((row) => [row.chargedOn, row.defendantDateOfBirth]),
      ...rows.pnomis.booking.flatMap((row) => [row.beganOn, row.endedOn, row.releaseDate]),
      ...rows.confiscation.payment.map((row) => row.paidOn),
    ];
    for (const date of dates)
      if (date !== null && date !== undefined)
        expect(new Date(`${date}T00:00:00.000Z`).toISOString().slice(0, 10)).toBe(date);
  });
});
