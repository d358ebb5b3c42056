import { defaultTermBand, maximumDefaultTermMonths } from '@lib/reference/defaultTerms';
import { regionOfCourt } from '../../subgraphs/confiscation/src/services/courtRegions';
import { yearOf } from '../../subgraphs/confiscation/src/services/collectionFigures';
import {
  type CourtRecord,
  discrepanciesOf,
  type OrderFacts,
} from '../../subgraphs/confiscation/src/services/discrepancies';
import { sizeBandOf } from '@lib/reference/orderSizeBands';

const ORDER: OrderFacts = {
  accountNumber: '250000001A',
  crownCourtCaseNumber: 'T20250001',
  defendantPncId: '2012/0052494Q',
  orderedOn: '2025-06-02',
  amountOrderedPence: 1_234_500,
};

const RECORD: CourtRecord = {
  caseFound: true,
  likelyCaseNumber: null,
  courtCode: 'C13LS00',
  defendantPncId: '2012/0052494Q',
  orderPncKnownAsDefendant: true,
  caseOutcome: 'CUSTODY',
  orderAmount: '12345.00',
  orderedOn: '2025-06-02',
  hearingStartsAt: '2025-06-02T09:30:00.000Z',
};

const kinds = (order: Partial<OrderFacts>, record: Partial<CourtRecord>) =>
  discrepanciesOf({ ...ORDER, ...order }, { ...RECORD, ...record }).map((found) => found.kind);

describe('comparing an order with the court record of the hearing that made it', () => {
  it('finds nothing when they agree, the short and long forms of a PNC ID alike', () => {
    expect(kinds({}, {})).toEqual([]);
    expect(kinds({ defendantPncId: '12/52494Q' }, {})).toEqual([]);
  });

  it('names both values and the system holding each', () => {
    expect(discrepanciesOf({ ...ORDER, amountOrderedPence: 123_450 }, RECORD)).toEqual([
      {
        kind: 'AMOUNT_MISMATCH',
        field: 'amountOrdered',
        enforcement: { system: 'CONFISCATION', record: '250000001A', value: '1234.50' },
        court: { system: 'CROWN_COURT', record: 'T20250001', value: '12345.00' },
        description: 'The order is for £1,234.50; the court recorded £12,345.00',
      },
    ]);
  });

  it('finds a different date, taking the hearing’s London date when the court recorded no order date', () => {
    expect(kinds({ orderedOn: '2025-02-06' }, {})).toEqual(['DATE_MISMATCH']);
    // 23:30 UTC on 1 June is 00:30 on 2 June in London (summer time).
    expect(kinds({}, { orderedOn: null, hearingStartsAt: '2025-06-01T23:30:00.000Z' })).toEqual([]);
  });

  it('reports an unknown case once, with the case the defendant’s order looks to be in', () => {
    const found = discrepanciesOf(ORDER, {
      ...RECORD,
      caseFound: false,
      likelyCaseNumber: 'T20250002',
      defendantPncId: null,
      orderAmount: null,
      orderedOn: null,
    });
    expect(found.map(({ kind, enforcement, court }) => ({ kind, enforcement, court }))).toEqual([
      {
        kind: 'CASE_UNKNOWN',
        enforcement: { system: 'CONFISCATION', record: '250000001A', value: 'T20250001' },
        court: { system: 'CROWN_COURT', record: 'T20250002', value: 'T20250002' },
      },
    ]);
  });

  it('reports a case with no order recorded, and a case with no conviction', () => {
    expect(kinds({}, { orderAmount: null, orderedOn: null, hearingStartsAt: null })).toEqual([
      'NO_ORDER_AT_COURT',
    ]);
    expect(kinds({}, { caseOutcome: 'ACQUITTED' })).toEqual(['OUTCOME_NOT_CONVICTION']);
    expect(kinds({}, { caseOutcome: null })).toEqual(['OUTCOME_NOT_CONVICTION']);
  });

  it('tells a malformed PNC ID from another person’s, and from one no court knows', () => {
    expect(kinds({ defendantPncId: '2012/0052495Q' }, {})).toEqual(['PNC_MALFORMED']);
    expect(kinds({ defendantPncId: '2012/52494' }, {})).toEqual(['PNC_MALFORMED']);
    expect(kinds({ defendantPncId: '12/394773H' }, { orderPncKnownAsDefendant: true })).toEqual([
      'PNC_OTHER_PERSON',
    ]);
    expect(kinds({ defendantPncId: '12/394773H' }, { orderPncKnownAsDefendant: false })).toEqual([
      'PNC_MISMATCH',
    ]);
    expect(kinds({ defendantPncId: null }, { orderPncKnownAsDefendant: false })).toEqual(['PNC_MISMATCH']);
  });
});

describe('the figures’ groupings', () => {
  it('put amounts in the auditors’ size bands, each including its upper bound', () => {
    expect(sizeBandOf(100_000)).toBe('UP_TO_1_THOUSAND');
    expect(sizeBandOf(100_001)).toBe('UP_TO_10_THOUSAND');
    expect(sizeBandOf(1_000_000)).toBe('UP_TO_10_THOUSAND');
    expect(sizeBandOf(10_000_000)).toBe('UP_TO_100_THOUSAND');
    expect(sizeBandOf(100_000_000)).toBe('UP_TO_1_MILLION');
    expect(sizeBandOf(100_000_001)).toBe('OVER_1_MILLION');
  });

  it('place courts in regions by the area code of the court register', () => {
    expect(regionOfCourt('B01LO00')).toBe('LONDON');
    expect(regionOfCourt('C13LS00')).toBe('NORTH_EAST');
    expect(regionOfCourt('B24CF00')).toBe('WALES');
    expect(regionOfCourt('B99ZZ00')).toBe('UNKNOWN');
  });

  it('name financial years from 1 April, and calendar years', () => {
    expect(yearOf('2025-03-31', 'FINANCIAL')).toBe('2024-25');
    expect(yearOf('2025-04-01', 'FINANCIAL')).toBe('2025-26');
    expect(yearOf('1999-12-31', 'FINANCIAL')).toBe('1999-00');
    expect(yearOf('2025-03-31', 'CALENDAR')).toBe('2025');
  });
});

describe('the statutory default-term bands', () => {
  it('take the longest default term the law allows for the amount', () => {
    expect(
      [1_000_000, 1_000_001, 50_000_000, 100_000_000, 100_000_001].map(maximumDefaultTermMonths),
    ).toEqual([6, 60, 60, 84, 168]);
  });

  it('name the band an amount falls in, with the longest term of the band below', () => {
    expect(defaultTermBand(1_000_000)).toEqual({
      abovePence: 0,
      upToPence: 1_000_000,
      aboveMonths: 0,
      maximumMonths: 6,
    });
    expect(defaultTermBand(100_000_001)).toMatchObject({ abovePence: 100_000_000, aboveMonths: 84 });
  });
});
