import type { CrownCaseTable } from './crownCourtTables';

type SendingType = CrownCaseTable['sendingType'];

/** The case-number prefix of each kind of sending: T for trial, S for committal for sentence, A for appeal. */
export const CASE_NUMBER_PREFIX: Record<SendingType, 'T' | 'S' | 'A'> = {
  SENT_FOR_TRIAL: 'T',
  COMMITTED_FOR_SENTENCE: 'S',
  APPEAL: 'A',
};

/** The largest serial a case number's four digits can hold. */
export const LAST_SERIAL = 9999;

/**
 * A series of Crown Court case numbers: the prefix and the year of receipt, followed by a four-digit serial
 * (T20230123 is the 123rd trial case received in 2023), as the Crown Court numbers them.
 */
export interface CaseNumberSeries {
  prefix: 'T' | 'S' | 'A';
  year: string;
  /** The lowest and highest case numbers of the series, for a range query on the primary key. */
  first: string;
  last: string;
}

/** The series a case of this kind received on this date is numbered in. */
export function caseNumberSeries(sendingType: SendingType, receivedOn: string): CaseNumberSeries {
  const prefix = CASE_NUMBER_PREFIX[sendingType];
  const year = receivedOn.slice(0, 4);
  return { prefix, year, first: `${prefix}${year}0000`, last: `${prefix}${year}${LAST_SERIAL}` };
}

/**
 * The number after the highest one the series has issued (null when none has been), or null when the series
 * is full. The store's primary key is what guarantees no two cases share a number: a caller that loses a race
 * for this number asks again.
 */
export function nextCaseNumber(series: CaseNumberSeries, highestIssued: string | null): string | null {
  const serial = highestIssued ? Number(highestIssued.slice(-4)) + 1 : 1;
  if (serial > LAST_SERIAL) return null;
  return `${series.prefix}${series.year}${String(serial).padStart(4, '0')}`;
}
