import { endOfBusinessDay, type JourneyEvent } from '@lib/journey/journeyEvent';
import { displayPence } from '@lib/money';
import type { EnforcementActionKind, EnforcementActionTable } from '../store/confiscationTables';

type Action = Pick<
  EnforcementActionTable,
  'kind' | 'takenOn' | 'outcome' | 'newAmountPence' | 'dueOn' | 'outcomeOn'
>;

/** Each kind of action as the timeline names it, and what taking it is. */
const ACTIONS: Readonly<Record<EnforcementActionKind, { name: string; taken: string }>> = {
  PAYMENT_REMINDER: { name: 'Payment reminder', taken: 'sent' },
  ENFORCEMENT_HEARING: { name: 'Enforcement hearing', taken: 'listed' },
  DEFAULT_WARRANT: { name: 'Warrant of commitment in default', taken: 'issued' },
  DEFAULT_TERM_SERVED: { name: 'Default term', taken: 'begun: committed to prison' },
  ASSET_REALISATION: { name: 'Sale of restrained assets', taken: 'sought' },
  RECEIVERSHIP: { name: 'Enforcement receiver', taken: 'sought' },
  VARIATION: { name: 'Variation of the amount', taken: 'sought' },
  WRITE_OFF: { name: 'Discharge of the order', taken: 'sought' },
};

/** What a result means for each kind: succeeded, failed or withdrawn. */
const RESULT: Readonly<
  Record<EnforcementActionKind, Readonly<Record<'SUCCEEDED' | 'FAILED' | 'WITHDRAWN', string>>>
> = {
  PAYMENT_REMINDER: {
    SUCCEEDED: 'paid on the reminder',
    FAILED: 'not paid on the reminder',
    WITHDRAWN: 'withdrawn',
  },
  ENFORCEMENT_HEARING: {
    SUCCEEDED: 'held, enforcement ordered',
    FAILED: 'not effective',
    WITHDRAWN: 'vacated',
  },
  DEFAULT_WARRANT: { SUCCEEDED: 'executed', FAILED: 'not executed', WITHDRAWN: 'withdrawn' },
  DEFAULT_TERM_SERVED: {
    SUCCEEDED: 'served and released',
    FAILED: 'not served',
    WITHDRAWN: 'released early on payment',
  },
  ASSET_REALISATION: { SUCCEEDED: 'assets realised', FAILED: 'sale fell through', WITHDRAWN: 'withdrawn' },
  RECEIVERSHIP: { SUCCEEDED: 'receiver appointed', FAILED: 'refused', WITHDRAWN: 'withdrawn' },
  VARIATION: { SUCCEEDED: 'amount varied', FAILED: 'refused', WITHDRAWN: 'withdrawn' },
  WRITE_OFF: {
    SUCCEEDED: 'order discharged, balance written off',
    FAILED: 'refused',
    WITHDRAWN: 'withdrawn',
  },
};

function event(accountNumber: string, date: string, summary: string): JourneyEvent {
  return {
    occurredAt: endOfBusinessDay(date),
    system: 'CONFISCATION',
    kind: 'ENFORCEMENT_ACTION',
    reference: accountNumber,
    summary,
  };
}

/**
 * The journey events of an enforcement action: the action when it was taken, and its result when it came about
 * (one event when it was recorded with its result the same day). The officer's notes stay on the action.
 */
export function enforcementEvents(accountNumber: string, action: Action): JourneyEvent[] {
  const variedTo = action.newAmountPence === null ? '' : ` to ${displayPence(action.newAmountPence)}`;
  const { name, taken } = ACTIONS[action.kind];
  const named = `${name}${variedTo}`;
  if (action.outcome === 'PENDING') {
    const due = action.dueOn ? `, result due by ${action.dueOn}` : '';
    return [event(accountNumber, action.takenOn, `${named} ${taken}${due}`)];
  }
  const result = RESULT[action.kind][action.outcome];
  const resultOn = action.outcomeOn ?? action.takenOn;
  if (resultOn === action.takenOn)
    return [event(accountNumber, action.takenOn, `${named} ${taken}: ${result}`)];
  return [
    event(accountNumber, action.takenOn, `${named} ${taken}`),
    event(accountNumber, resultOn, `${named}: ${result}`),
  ];
}
