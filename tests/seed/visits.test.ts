import { AS_OF, dayOf, generated, groupBy, indexBy } from './seedFixture';

const asOf = dayOf(AS_OF);
const { plan, rows } = generated();
const templates = indexBy(rows.visits.sessionTemplate, (row) => row.sessionTemplateId);
const visitors = groupBy(rows.visits.visitor, (row) => row.visitReference);
const journeyByPrisonNumber = new Map(
  plan.journeys.flatMap((journey) => (journey.custody ? [[journey.custody.prisonNumber, journey]] : [])),
);

function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

describe('seeded visits', () => {
  it('never books more visits into a session on a date than its capacity for the restriction', () => {
    const booked = groupBy(
      rows.visits.visit.filter((visit) => visit.status === 'BOOKED'),
      (visit) => `${visit.sessionTemplateId}|${visit.sessionDate}|${visit.restriction}`,
    );
    for (const [key, visits] of booked) {
      const [id, , restriction] = key.split('|');
      const template = templates.get(Number(id));
      expect(visits.length).toBeLessThanOrEqual(
        (restriction === 'OPEN' ? template?.openCapacity : template?.closedCapacity) ?? 0,
      );
    }
  });

  it('places each visit at the prison holding the prisoner that day, in custody and not at court', () => {
    for (const visit of rows.visits.visit) {
      const journey = journeyByPrisonNumber.get(visit.prisonNumber);
      const day = dayOf(visit.sessionDate);
      const stay = journey?.custody?.stays.find(
        (candidate) => day >= candidate.from && (candidate.until === null || day < candidate.until),
      );
      expect(stay?.prisonCode).toBe(visit.prisonCode);
      const courtDays = [...(journey?.magistrates.hearings ?? []), ...(journey?.crown.hearings ?? [])].map(
        (hearing) => hearing.day,
      );
      expect(courtDays).not.toContain(day);
    }
  });

  it('holds a session on its template’s weekday and times, from a year before to 28 days after the as-of date', () => {
    for (const visit of rows.visits.visit) {
      const template = templates.get(visit.sessionTemplateId);
      const day = dayOf(visit.sessionDate);
      expect(template).toMatchObject({
        prisonCode: visit.prisonCode,
        startTime: visit.startTime,
        endTime: visit.endTime,
        dayOfWeek: isoWeekday(day),
      });
      expect(day).toBeGreaterThanOrEqual(asOf - 365);
      expect(day).toBeLessThanOrEqual(asOf + 28);
      const bookedDay = Math.floor(Date.parse(visit.bookedAt) / 86_400_000);
      expect(day - bookedDay).toBeGreaterThanOrEqual(2);
      expect(day - bookedDay).toBeLessThanOrEqual(28);
      expect(bookedDay).toBeLessThan(asOf);
    }
  });

  it('gives a prisoner at most one visit a date, and a remand prisoner at most three a week', () => {
    for (const [prisonNumber, visits] of groupBy(rows.visits.visit, (visit) => visit.prisonNumber)) {
      const dates = visits.map((visit) => visit.sessionDate);
      expect(new Set(dates).size).toBe(dates.length);
      if (journeyByPrisonNumber.get(prisonNumber)?.shape !== 'REMAND') continue;
      const perWeek = groupBy(dates, (date) => Math.floor((dayOf(date) + 3) / 7));
      for (const week of perWeek.values()) expect(week.length).toBeLessThanOrEqual(3);
    }
  });

  it('names one to six visitors, at most three adults, led by exactly one adult', () => {
    for (const visit of rows.visits.visit) {
      const party = visitors.get(visit.reference) ?? [];
      const ageOn = (dateOfBirth: string) => (dayOf(visit.sessionDate) - dayOf(dateOfBirth)) / 365.2425;
      expect(party.length).toBeGreaterThanOrEqual(1);
      expect(party.length).toBeLessThanOrEqual(6);
      expect(party.filter((visitor) => ageOn(visitor.dateOfBirth) >= 18).length).toBeLessThanOrEqual(3);
      const leads = party.filter((visitor) => visitor.lead === 1);
      expect(leads).toHaveLength(1);
      expect(ageOn(leads[0]?.dateOfBirth ?? '')).toBeGreaterThanOrEqual(18);
      for (const visitor of party) expect(ageOn(visitor.dateOfBirth)).toBeGreaterThan(0);
    }
  });

  it('books about the scaled national volume, a twentieth of it cancelled', () => {
    const past = rows.visits.visit.filter((visit) => dayOf(visit.sessionDate) < asOf);
    expect(past.length / plan.volumes.visitsPerYear).toBeGreaterThan(0.8);
    expect(past.length / plan.volumes.visitsPerYear).toBeLessThan(1.2);
    const cancelled =
      rows.visits.visit.filter((visit) => visit.status === 'CANCELLED').length / rows.visits.visit.length;
    expect(cancelled).toBeGreaterThan(0.02);
    expect(cancelled).toBeLessThan(0.09);
  });

  it('opens each prison four to six days a week, two sessions a day, valid well before the history', () => {
    for (const sessions of groupBy(rows.visits.sessionTemplate, (row) => row.prisonCode).values()) {
      const days = groupBy(sessions, (row) => row.dayOfWeek);
      expect(days.size).toBeGreaterThanOrEqual(4);
      expect(days.size).toBeLessThanOrEqual(6);
      for (const daySessions of days.values()) expect(daySessions).toHaveLength(2);
      for (const session of sessions) {
        expect(session.closedCapacity).toBeGreaterThanOrEqual(1);
        expect(session.closedCapacity).toBeLessThanOrEqual(4);
        expect(dayOf(session.validFrom)).toBeLessThan(asOf - 730);
      }
    }
  });
});
