import type { Faker } from '@faker-js/faker';
import { foldedPersonNames } from '../../subgraphs/pnomis/src/store/foldedPersonNames';
import { formatDay, formatInstant } from '../calendar';
import { prisonOn } from '../journeys/custodyPlan';
import type { CustodyPlan, Journey } from '../journeys/journeyTypes';
import type { JusticePlan } from '../planJustice';
import { intBetween, seededFaker, STREAM } from '../random';
import type { PnomisRows } from './rowTypes';

type MovementRow = NonNullable<PnomisRows['movement']>[number];

/** A movement at a random minute between `from` and `to` (minutes after midnight UTC). */
function movement(
  faker: Faker,
  custody: CustodyPlan,
  day: number,
  [from, to]: readonly [number, number],
  fields: Pick<MovementRow, 'type' | 'direction' | 'fromLocation' | 'toLocation' | 'reason'>,
): MovementRow {
  return {
    bookingId: custody.bookingId,
    occurredAt: formatInstant(day, intBetween(faker, from, to)),
    ...fields,
  };
}

/**
 * A booking's movements in time order: admission from the court; out to court and back on each hearing day in
 * custody (before the day's hearing, back in the evening); a transfer when the prison changed; release.
 */
function movementsOf(faker: Faker, journey: Journey, custody: CustodyPlan): MovementRow[] {
  const firstPrison = custody.stays[0]?.prisonCode ?? '';
  const rows = [
    movement(faker, custody, custody.admittedOn, [1020, 1140], {
      type: 'ADMISSION',
      direction: 'IN',
      fromLocation: custody.admittedFrom,
      toLocation: firstPrison,
      reason: custody.admissionReason,
    }),
  ];
  const hearings = [...journey.magistrates.hearings, ...journey.crown.hearings].sort((a, b) => a.day - b.day);
  for (const planned of hearings) {
    const prison = prisonOn(custody, planned.day);
    if (planned.day <= custody.admittedOn || prison === null) continue;
    const fields = { type: 'COURT' as const, reason: 'Production at court' };
    rows.push(
      movement(faker, custody, planned.day, [450, 510], {
        ...fields,
        direction: 'OUT',
        fromLocation: prison,
        toLocation: planned.courtCode,
      }),
    );
    rows.push(
      movement(faker, custody, planned.day, [990, 1110], {
        ...fields,
        direction: 'IN',
        fromLocation: planned.courtCode,
        toLocation: prison,
      }),
    );
  }
  custody.stays.slice(1).forEach((stay, index) => {
    const previous = custody.stays[index]?.prisonCode ?? '';
    rows.push(
      movement(faker, custody, stay.from, [540, 660], {
        type: 'TRANSFER',
        direction: 'IN',
        fromLocation: previous,
        toLocation: stay.prisonCode,
        reason: 'Transfer',
      }),
    );
  });
  const lastPrison = custody.stays[custody.stays.length - 1]?.prisonCode ?? firstPrison;
  if (custody.releasedOn !== null) {
    rows.push(
      movement(faker, custody, custody.releasedOn, [480, 600], {
        type: 'RELEASE',
        direction: 'OUT',
        fromLocation: lastPrison,
        toLocation: 'OUT',
        reason: 'Conditional release',
      }),
    );
  }
  // ISO instants of one form sort as text; a plain comparison is much cheaper than localeCompare.
  return rows.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
}

/**
 * The P-Nomis store's rows: for each person taken into custody, the offender (without the PNC ID where a
 * PNOMIS_PNC_MISSING fault says so), one booking, its movements, their contacts with any restrictions and, once
 * sentenced, the sentence.
 */
export function* pnomisRowGroups(plan: JusticePlan): Generator<PnomisRows> {
  const faker = seededFaker(plan.options.seed, STREAM.pnomis);
  for (const journey of plan.journeys) {
    const { custody, person } = journey;
    if (!custody) continue;
    const released = custody.releasedOn !== null;
    const sentence = custody.sentence;
    const contacts = plan.contacts.get(custody.prisonNumber) ?? [];
    yield {
      offender: [
        {
          prisonNumber: custody.prisonNumber,
          pncId: journey.fault?.kind === 'PNOMIS_PNC_MISSING' ? null : person.pncId,
          croNumber: person.croNumber,
          firstName: person.firstName,
          lastName: person.lastName,
          ...foldedPersonNames(person),
          dateOfBirth: formatDay(person.dateOfBirth),
        },
      ],
      booking: [
        {
          bookingId: custody.bookingId,
          bookingNumber: custody.bookingNumber,
          prisonNumber: custody.prisonNumber,
          prisonCode: custody.stays[custody.stays.length - 1]?.prisonCode ?? '',
          active: released ? 0 : 1,
          inOutStatus: released ? 'OUT' : 'IN',
          status: custody.status,
          beganOn: formatDay(custody.admittedOn),
          endedOn: released ? formatDay(custody.releasedOn ?? 0) : null,
          admissionReason: custody.admissionReason,
          releaseDate: sentence ? formatDay(sentence.conditionalReleaseDate) : null,
          incentiveLevel: plan.incentiveLevels.get(custody.prisonNumber) ?? 'STANDARD',
        },
      ],
      movement: movementsOf(faker, journey, custody),
      prisonerContact: contacts.map((contact) => ({
        contactId: contact.contactId,
        prisonNumber: custody.prisonNumber,
        firstName: contact.firstName,
        lastName: contact.lastName,
        dateOfBirth: formatDay(contact.dateOfBirth),
        relationship: contact.relationship,
        approvedVisitor: contact.approved ? 1 : 0,
      })),
      contactRestriction: contacts.flatMap((contact) =>
        contact.restrictions.map((restriction) => ({
          contactId: contact.contactId,
          restrictionType: restriction.type,
          startsOn: formatDay(restriction.startsOn),
          endsOn: restriction.endsOn === null ? null : formatDay(restriction.endsOn),
        })),
      ),
      sentence: sentence
        ? [
            {
              bookingId: custody.bookingId,
              calculationType: 'ADIMP',
              description: 'Sentence of imprisonment',
              startDate: formatDay(sentence.startDate),
              termMonths: sentence.termMonths,
              conditionalReleaseDate: formatDay(sentence.conditionalReleaseDate),
              sentenceExpiryDate: formatDay(sentence.expiryDate),
              crownCourtCaseNumber: journey.crown.caseNumber,
              crownCourtCode: journey.crown.courtCode,
            },
          ]
        : [],
    };
  }
}
