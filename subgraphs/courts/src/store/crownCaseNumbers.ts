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
 * A series of Crown Court case numbers: one centre's numbers of one kind and year, the prefix and the year of
 * receipt followed by a four-digit serial (T20230123 is the 123rd trial case the centre received in 2023), as the
 * Crown Court numbers them. Each centre has its own series, so the same number is issued at several centres.
 */
export interface CaseNumberSeries {
  /** The court code of the centre that issues the numbers. */
  courtCode: string;
  prefix: 'T' | 'S' | 'A';
  year: string;
  /** The lowest and highest case numbers of the series, for a range query on the primary key. */
  first: string;
  last: string;
}

/** The series a case of this kind received at this centre on this date is numbered in. */
export function caseNumberSeries(
  courtCode: string,
  sendingType: SendingType,
  receivedOn: string,
): CaseNumberSeries {
  const prefix = CASE_NUMBER_PREFIX[sendingType];
  const year = receivedOn.slice(0, 4);
  return { courtCode, prefix, year, first: `${prefix}${year}0000`, last: `${prefix}${year}${LAST_SERIAL}` };
}

/**
 * The number after the highest one the series has issued (null when none has been), or null when the series
 * is full. The store's primary key, (court code, case number), is what guarantees that no two cases of a centre
 * share a number: a caller that loses a race for this number asks again.
 */
export function nextCaseNumber(series: CaseNumberSeries, highestIssued: string | null): string | null {
  const serial = highestIssued ? Number(highestIssued.slice(-4)) + 1 : 1;
  if (serial > LAST_SERIAL) return null;
  return `${series.prefix}${series.year}${String(serial).padStart(4, '0')}`;
}
