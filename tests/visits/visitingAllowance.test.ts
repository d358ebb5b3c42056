import { addDays, londonNow } from '@lib/time/londonTime';
import { checkVisitingOrders } from '../../scripts/bookingBench/visitingOrderChecks';
import { DEFAULT_PRISON_SETTINGS } from '../../subgraphs/visits/src/services/prisonSettings';
import { visitCalls, visitOf } from './support/visitCalls';
import {
  daysAhead,
  errorCode,
  freshKey,
  registeredOperation,
  startVisitsSupergraph,
  type VisitsSupergraph,
} from './support/visitsFixture';

let fixture: VisitsSupergraph;
let calls: ReturnType<typeof visitCalls>;
let alice: string;
let staff: string;
let startTime: string;

interface Allowance {
  prisonNumber: string;
  basis: 'VISITING_ORDERS' | 'REMAND_WEEKLY_LIMIT';
  visitingOrders: number | null;
  privilegedVisitingOrders: number | null;
  privilegedVisitingOrdersLapseOn: string | null;
  remandWeeks: { weekBeginning: string; visitsBooked: number; visitsLeft: number }[] | null;
  renewsOn: string;
}

const ALLOWANCE = /* GraphQL */ `
  prisonNumber
  basis
  visitingOrders
  privilegedVisitingOrders
  privilegedVisitingOrdersLapseOn
  remandWeeks { weekBeginning visitsBooked visitsLeft }
  renewsOn
`;

const GRANT = /* GraphQL */ `#graphql
  mutation Grant($input: GrantPrivilegedVisitingOrderInput!) {
    grantPrivilegedVisitingOrder(input: $input) { ${ALLOWANCE} }
  }
`;

const ON_RECORD = /* GraphQL */ `#graphql
  query AllowanceOnRecord($prisonNumber: ID!) {
    offender(prisonNumber: $prisonNumber) { visitingAllowance { ${ALLOWANCE} } }
  }
`;

const today = () => londonNow(new Date()).date;

async function allowanceAs(token: string, prisonNumber: string) {
  return fixture.supergraph.queryAs<{ visitingAllowance: Allowance }>(
    token,
    registeredOperation('VisitingAllowanceOfPrisoner'),
    { prisonNumber },
  );
}

async function allowance(prisonNumber: string): Promise<Allowance> {
  const response = await allowanceAs(staff, prisonNumber);
  if (!response.data?.visitingAllowance) throw new Error(JSON.stringify(response.errors));
  return response.data.visitingAllowance;
}

function grant(token: string, prisonNumber: string, reason = 'Good behaviour on the wing', key = freshKey()) {
  return fixture.supergraph.queryAs<{ grantPrivilegedVisitingOrder: Allowance }>(token, GRANT, {
    input: { prisonNumber, reason, idempotencyKey: key },
  });
}

beforeAll(async () => {
  fixture = await startVisitsSupergraph();
  calls = visitCalls(fixture.supergraph);
  alice = await fixture.publicBooker('alice-allowance');
  staff = await fixture.staff('LEI');
  // Leeds's own scheme, whatever the seed gave it: enhanced prisoners get three orders a period and one privileged.
  await fixture.visitsDb.deleteFrom('prisonVisitSettings').where('prisonCode', '=', 'LEI').execute();
  await fixture.visitsDb
    .insertInto('prisonVisitSettings')
    .values({
      prisonCode: 'LEI',
      ...DEFAULT_PRISON_SETTINGS,
      enhancedVisitingOrdersPerPeriod: 3,
      enhancedPrivilegedVisitingOrdersPerPeriod: 1,
    })
    .execute();
  startTime = await fixture.addDailySession('LEI', '19:00', '20:00', { open: 50, closed: 0 });
});

afterAll(() => fixture.supergraph.stop());

describe('the seeded balances', () => {
  it('agree with the seeded visits: each visit booked on an order holds one, and no order is held by another', async () => {
    const ledger = await checkVisitingOrders(fixture.visitsDb);
    expect(ledger.ordersUsed).toBeGreaterThan(1000);
    expect(ledger).toMatchObject({ balancesBelowZero: 0, balancesDisagreeing: 0 });
  });

  it('renew for the periods since the seed: a standard prisoner has what was left plus two a period', async () => {
    const candidate = await fixture.visitsDb
      .selectFrom('visitingEntitlement')
      .innerJoin('visitingOrder', 'visitingOrder.prisonNumber', 'visitingEntitlement.prisonNumber')
      .select(['visitingEntitlement.prisonNumber', 'renewedOn'])
      .select((eb) => eb.fn.countAll<number>().as('free'))
      .where('visitingOrder.status', '=', 'AVAILABLE')
      .where('visitingOrder.kind', '=', 'VISITING')
      .groupBy(['visitingEntitlement.prisonNumber', 'renewedOn'])
      .having((eb) => eb.fn.countAll(), '<', 10)
      .execute();
    const held = await fixture.pnomisDb
      .selectFrom('booking')
      .select(['prisonNumber', 'prisonCode'])
      .where('active', '=', 1)
      .where('status', '=', 'SENTENCED')
      .where('incentiveLevel', '=', 'STANDARD')
      .where(
        'prisonNumber',
        'in',
        candidate.map((row) => row.prisonNumber),
      )
      .execute();
    const prisoner = held[0];
    const seeded = candidate.find((row) => row.prisonNumber === prisoner?.prisonNumber);
    if (!prisoner || !seeded) throw new Error('no seeded sentenced prisoner on the standard level');
    const token = await fixture.staff(prisoner.prisonCode);
    const response = await allowanceAs(token, prisoner.prisonNumber);
    const periods = Math.floor((Date.parse(today()) - Date.parse(seeded.renewedOn)) / (28 * 86_400_000));
    expect(response.data?.visitingAllowance).toMatchObject({
      basis: 'VISITING_ORDERS',
      visitingOrders: Number(seeded.free) + 2 * periods,
      renewsOn: addDays(seeded.renewedOn, 28 * (periods + 1)),
    });
  });
});

describe('a sentenced prisoner’s visiting orders', () => {
  it('start with the allowance, are used one a visit, the privileged one first, and come back on cancellation', async () => {
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', {
      linkedTo: [alice],
      incentiveLevel: 'ENHANCED',
    });
    expect(await allowance(prisonNumber)).toMatchObject({
      basis: 'VISITING_ORDERS',
      visitingOrders: 3,
      privilegedVisitingOrders: 1,
      privilegedVisitingOrdersLapseOn: addDays(today(), 28),
      remandWeeks: null,
      renewsOn: addDays(today(), 28),
    });
    const first = visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(3), startTime }),
      'bookVisit',
    );
    expect(await allowance(prisonNumber)).toMatchObject({ visitingOrders: 3, privilegedVisitingOrders: 0 });
    visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(4), startTime }),
      'bookVisit',
    );
    expect(await allowance(prisonNumber)).toMatchObject({ visitingOrders: 2, privilegedVisitingOrders: 0 });
    visitOf(await calls.cancel(alice, first.reference), 'cancelVisit');
    // The order the cancelled visit used comes back: the privileged one, with its own lapse date.
    expect(await allowance(prisonNumber)).toMatchObject({ visitingOrders: 2, privilegedVisitingOrders: 1 });
    const orders = await fixture.visitsDb
      .selectFrom('visitingOrder')
      .select(['kind', 'status', 'visitReference'])
      .where('prisonNumber', '=', prisonNumber)
      .orderBy('visitingOrderId')
      .execute();
    const used = orders.filter((order) => order.status === 'USED');
    expect(used.map((order) => order.kind)).toEqual(['VISITING']);
    expect(used[0]?.visitReference).not.toBe(first.reference);
  });

  it('are shown to the linked booker, and to no other member of the public', async () => {
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] });
    const seen = await allowanceAs(alice, prisonNumber);
    expect(seen.data?.visitingAllowance).toMatchObject({ visitingOrders: 2, privilegedVisitingOrders: 0 });
    const stranger = await fixture.publicBooker('stranger-allowance');
    const refused = await allowanceAs(stranger, prisonNumber);
    expect(errorCode(refused)).toBe('PRISONER_NOT_MATCHED');
  });

  it('are refused to staff whose caseload does not hold the prisoner, on the record as in the query', async () => {
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED');
    const elsewhere = await fixture.staff('MDI');
    expect(errorCode(await allowanceAs(elsewhere, prisonNumber))).toBe('OUTSIDE_CASELOAD');
    const onRecord = await fixture.supergraph.queryAs<{ offender: { visitingAllowance: Allowance | null } }>(
      elsewhere,
      ON_RECORD,
      { prisonNumber },
    );
    expect(onRecord.data?.offender.visitingAllowance).toBeNull();
    expect(errorCode(onRecord)).toBe('OUTSIDE_CASELOAD');
    const inside = await fixture.supergraph.queryAs<{ offender: { visitingAllowance: Allowance | null } }>(
      staff,
      ON_RECORD,
      { prisonNumber },
    );
    expect(inside.data?.offender.visitingAllowance).toMatchObject({ visitingOrders: 2 });
  });

  it('refuse a booking when none is left, saying when the allowance renews', async () => {
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] });
    for (const days of [5, 6]) {
      visitOf(
        await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(days), startTime }),
        'bookVisit',
      );
    }
    const refused = await calls.book(alice, {
      prisonNumber,
      prisonCode: 'LEI',
      date: daysAhead(7),
      startTime,
    });
    expect(errorCode(refused)).toBe('NO_VISITING_ORDER_BALANCE');
    expect(refused.errors?.[0]?.extensions?.renewsOn).toBe(addDays(today(), 28));
  });
});

describe('privileged visiting orders granted by staff', () => {
  it('add one with the reason and who granted it, once per key, and are audited', async () => {
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED');
    const key = freshKey();
    const granted = await grant(staff, prisonNumber, 'Family day missed through a lockdown', key);
    expect(granted.data?.grantPrivilegedVisitingOrder).toMatchObject({
      visitingOrders: 2,
      privilegedVisitingOrders: 1,
      privilegedVisitingOrdersLapseOn: addDays(today(), 28),
    });
    const again = await grant(staff, prisonNumber, 'Family day missed through a lockdown', key);
    expect(again.data?.grantPrivilegedVisitingOrder.privilegedVisitingOrders).toBe(1);
    expect(errorCode(await grant(staff, prisonNumber, 'Another reason', key))).toBe('IDEMPOTENCY_KEY_REUSED');
    const recorded = await fixture.visitsDb
      .selectFrom('visitingOrder')
      .select(['kind', 'grantedBy', 'grantReason', 'givenOn'])
      .where('prisonNumber', '=', prisonNumber)
      .where('grantedBy', 'is not', null)
      .execute();
    expect(recorded).toEqual([
      {
        kind: 'PRIVILEGED',
        grantedBy: 'dev-prison-staff',
        grantReason: 'Family day missed through a lockdown',
        givenOn: today(),
      },
    ]);
    const [audit] = await fixture.supergraph.gateway.auditLog.store.consultationsOf(prisonNumber, {
      limit: 1,
    });
    expect(audit).toMatchObject({ agency: 'prison-staff', operationName: 'Grant', outcome: 'SUCCESS' });
  });

  it('are refused for a prisoner on remand, outside the caseload, without a reason, and to the public', async () => {
    const remand = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] });
    expect(errorCode(await grant(staff, remand))).toBe('PRISONER_NOT_SENTENCED');
    const sentenced = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] });
    expect(errorCode(await grant(await fixture.staff('MDI'), sentenced))).toBe('OUTSIDE_CASELOAD');
    expect(errorCode(await grant(staff, sentenced, '   '))).toBe('BAD_USER_INPUT');
    const byPublic = await grant(alice, sentenced);
    expect(byPublic.data?.grantPrivilegedVisitingOrder).toBeUndefined();
    expect(errorCode(byPublic)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect((await allowance(sentenced)).privilegedVisitingOrders).toBe(0);
  });
});

describe('a remand prisoner’s allowance', () => {
  it('is the weekly limit, less the visits booked in each week of the booking window', async () => {
    const prisonNumber = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] });
    const date = daysAhead(9);
    visitOf(await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }), 'bookVisit');
    const seen = await allowance(prisonNumber);
    expect(seen).toMatchObject({ basis: 'REMAND_WEEKLY_LIMIT', visitingOrders: null });
    const weeks = seen.remandWeeks ?? [];
    expect(weeks.length).toBeGreaterThanOrEqual(4);
    const week = weeks.find(
      (entry) => entry.weekBeginning <= date && date <= addDays(entry.weekBeginning, 6),
    );
    expect(week).toMatchObject({ visitsBooked: 1, visitsLeft: 2 });
    expect(weeks.filter((entry) => entry !== week).every((entry) => entry.visitsLeft === 3)).toBe(true);
  });
});
