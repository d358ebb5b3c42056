import type { ContactOnRecord } from '../../bench/load/visitorParty';
import type { PrisonerInCustody } from '../../bench/system/population';
import { planContendedJobs } from '../../scripts/bookingBench/contendedJobs';

// The booking benchmark's contended share: a popular session is asked for by more prisoners than its places, and
// the share never grows past what was asked for, however large a session is (at national scale, hundreds of places).
const SATURDAY_AFTERNOON = 'HMP1|2026-12-12|14:00';
const SUNDAY_AFTERNOON = 'HMP1|2026-12-13|14:00';

const prisoners: PrisonerInCustody[] = Array.from({ length: 1000 }, (_, index) => ({
  prisonNumber: `A${String(index).padStart(4, '0')}AA`,
  prisonCode: 'HMP1',
  dateOfBirth: '1990-01-01',
}));
const adult: ContactOnRecord = {
  firstName: 'Ann',
  lastName: 'Visitor',
  dateOfBirth: '1970-05-05',
  relationship: 'MOTHER',
  approved: true,
  restrictions: [],
};
const contacts = new Map(prisoners.map((prisoner) => [prisoner.prisonNumber, [adult]]));

function plan(placesLeft: Record<string, number>, wanted: number) {
  return planContendedJobs(prisoners, new Map(Object.entries(placesLeft)), contacts, wanted);
}

describe("the booking benchmark's contended share", () => {
  it('asks for a small session three times over its places, plus two', () => {
    const planned = plan({ [SATURDAY_AFTERNOON]: 5 }, 100);
    expect(planned.sessions).toEqual([{ key: SATURDAY_AFTERNOON, placesLeft: 5, contenders: 17 }]);
    expect(planned.jobs).toHaveLength(17);
  });

  it('cuts a large session’s contenders to the share asked for, still more than its places', () => {
    const planned = plan({ [SATURDAY_AFTERNOON]: 297 }, 600);
    expect(planned.sessions).toEqual([{ key: SATURDAY_AFTERNOON, placesLeft: 297, contenders: 600 }]);
    expect(new Set(planned.jobs.map((job) => job.prisonNumber)).size).toBe(600);
  });

  it('leaves out a session the share asked for cannot outnumber, and takes a smaller one instead', () => {
    const planned = plan({ [SATURDAY_AFTERNOON]: 297, [SUNDAY_AFTERNOON]: 10 }, 40);
    expect(planned.sessions).toEqual([{ key: SUNDAY_AFTERNOON, placesLeft: 10, contenders: 32 }]);
    expect(planned.jobs.length).toBeLessThanOrEqual(40);
  });
});
