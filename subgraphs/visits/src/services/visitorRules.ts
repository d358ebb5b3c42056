import { badUserInput } from '@lib/graphql/errors';
import { ageOn } from '@lib/time/londonTime';
import type { PrisonSettings } from './prisonSettings';
import { visitRefusal } from './visitRefusal';

/** A visitor as a booking request names them. */
export interface VisitorInput {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  lead?: boolean | null;
}

/** A visitor checked and tidied, ready to store. */
export interface CheckedVisitor {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  lead: boolean;
}

type Rules = Pick<PrisonSettings, 'maxVisitors' | 'maxAdults' | 'adultAge'>;

function requireText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text === '' || text.length > maxLength) {
    throw badUserInput(`Each visitor needs a ${field} of 1 to ${maxLength} characters`, 'visitors');
  }
  return text;
}

/**
 * Checks the visitors of a booking against the prison's rules, ages taken on the visit date: at most
 * `maxVisitors` people, at most `maxAdults` adults, and one lead visitor who is an adult. The lead is the
 * visitor marked `lead`, or the first one when none is.
 */
export function checkVisitors(
  visitors: readonly VisitorInput[],
  visitDate: string,
  rules: Rules,
): CheckedVisitor[] {
  if (visitors.length === 0) throw badUserInput('A booking needs at least one visitor', 'visitors');
  if (visitors.length > rules.maxVisitors) {
    throw visitRefusal(
      'TOO_MANY_VISITORS',
      `At most ${rules.maxVisitors} visitors may come to one visit; ${visitors.length} were named`,
    );
  }
  const marked = visitors.filter((visitor) => visitor.lead === true).length;
  if (marked > 1) throw badUserInput('Mark only one visitor as the lead visitor', 'visitors');
  const checked = visitors.map((visitor, index) => {
    if (visitor.dateOfBirth > visitDate) {
      throw badUserInput(`A visitor's date of birth (${visitor.dateOfBirth}) is after the visit`, 'visitors');
    }
    return {
      firstName: requireText(visitor.firstName, 'first name', 100),
      lastName: requireText(visitor.lastName, 'last name', 100),
      dateOfBirth: visitor.dateOfBirth,
      relationship: requireText(visitor.relationship, 'relationship', 50),
      lead: marked === 0 ? index === 0 : visitor.lead === true,
    };
  });
  const adults = checked.filter((visitor) => ageOn(visitor.dateOfBirth, visitDate) >= rules.adultAge).length;
  if (adults > rules.maxAdults) {
    throw visitRefusal(
      'TOO_MANY_ADULTS',
      `At most ${rules.maxAdults} adults (aged ${rules.adultAge} or over) may come to one visit; ${adults} were named`,
    );
  }
  const lead = checked.find((visitor) => visitor.lead);
  if (lead && ageOn(lead.dateOfBirth, visitDate) < rules.adultAge) {
    throw visitRefusal(
      'LEAD_VISITOR_UNDER_AGE',
      `The lead visitor must be aged ${rules.adultAge} or over on the day of the visit`,
    );
  }
  return checked;
}
