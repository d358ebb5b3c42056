import { badUserInput } from '@lib/graphql/errors';
import { formatPence } from '@lib/money';
import type { Order } from '../store/confiscationTables';
import type { LedgerUnit } from '../store/enforcementWrites';
import { enforcementError } from './enforcementErrors';

const ACCOUNT_NUMBER = /^\d{9}[A-Z]$/;

/** An enforcement account number in its stored form, or a BAD_USER_INPUT error naming the argument. */
export function readAccountNumber(input: string, argument: string): string {
  const accountNumber = input.trim().toUpperCase();
  if (!ACCOUNT_NUMBER.test(accountNumber)) {
    throw badUserInput(
      `"${input}" is not an enforcement account number: expected the form 250001234C`,
      argument,
    );
  }
  return accountNumber;
}

/** Refuses an amount of zero or less: nobody pays, or is ordered to pay, nothing. */
export function requirePositive(pence: number, what: string): void {
  if (pence <= 0) {
    throw enforcementError(
      'AMOUNT_NOT_POSITIVE',
      `${what} must be more than 0.00, got ${formatPence(pence)}`,
    );
  }
}

/** Refuses a date after today: the ledger records what happened, not what is planned. */
export function requireNotFuture(date: string, today: string, argument: string): void {
  if (date > today) throw badUserInput(`${argument} ${date} is in the future (today is ${today})`, argument);
}

/** The order a write is about, or NOT_FOUND; and a date on or after the day it was made. */
export function requireOrder(unit: LedgerUnit, accountNumber: string, date: string, argument: string): Order {
  const order = unit.order;
  if (!order) throw enforcementError('NOT_FOUND', `There is no confiscation order ${accountNumber}`);
  if (date < order.orderedOn) {
    throw badUserInput(`${argument} ${date} is before the order was made on ${order.orderedOn}`, argument);
  }
  return order;
}
