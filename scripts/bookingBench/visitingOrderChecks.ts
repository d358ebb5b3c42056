import { sql, type Kysely } from 'kysely';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';

/**
 * Checks, in the visits store itself, that the visiting-order balances agree with the visits booked: every visit
 * booked or held on a visiting order holds exactly one order of its prisoner (a visit without one was booked
 * with the balance at zero, taking it below), and every order used belongs to such a visit (one held by a
 * cancelled or lapsed visit, or by none, is a balance lower than the visits booked say), and no order free to book
 * with still names a visit. Reservations whose hold lapsed keep their order until the prisoner's record is next
 * written, as the service does, so they count as held here.
 */
export async function checkVisitingOrders(db: Kysely<VisitsTables>) {
  const visitsWithoutOrder = await sql<{ prisoners: number; visits: number }>`
    select count(distinct v.prison_number) as prisoners, count(*) as visits from visit v
    where v.entitlement_used = 'VISITING_ORDER' and v.status in ('BOOKED', 'RESERVED')
      and not exists (
        select 1 from visiting_order o
        where o.visit_reference = v.reference and o.status = 'USED' and o.prison_number = v.prison_number
      )`.execute(db);
  const ordersDisagreeing = await sql<{ prisoners: number; orders: number }>`
    select count(distinct o.prison_number) as prisoners, count(*) as orders from visiting_order o
    left join visit v on v.reference = o.visit_reference
    where (o.status = 'USED' and (v.reference is null or v.status not in ('BOOKED', 'RESERVED')
        or v.prison_number <> o.prison_number or v.entitlement_used <> 'VISITING_ORDER'))
      or (o.status <> 'USED' and o.visit_reference is not null)`.execute(db);
  const totals = await sql<{ available: number; used: number }>`
    select sum(case when status = 'AVAILABLE' then 1 else 0 end) as available,
      sum(case when status = 'USED' then 1 else 0 end) as used
    from visiting_order`.execute(db);
  const first = <Row>(result: { rows: Row[] }) => result.rows[0];
  return {
    /** Prisoners with a visit booked on an order they did not have: a balance taken below zero. */
    balancesBelowZero: Number(first(visitsWithoutOrder)?.prisoners ?? 0),
    visitsWithoutOrder: Number(first(visitsWithoutOrder)?.visits ?? 0),
    /** Prisoners with an order used by no visit booked, or free while naming one: a balance the visits disagree with. */
    balancesDisagreeing: Number(first(ordersDisagreeing)?.prisoners ?? 0),
    ordersDisagreeing: Number(first(ordersDisagreeing)?.orders ?? 0),
    ordersAvailable: Number(first(totals)?.available ?? 0),
    ordersUsed: Number(first(totals)?.used ?? 0),
  };
}
