import { sql, type Kysely } from 'kysely';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';

/**
 * Counts, in the visits store itself, sessions booked beyond capacity and bookings made twice (the same prisoner
 * and session, overlapping times, or one idempotency key), and the bookings of callers whose subject starts with
 * `subjectPrefix` (the benchmark's, or the chaos run's).
 */
export async function checkStore(db: Kysely<VisitsTables>, subjectPrefix = 'bench-') {
  const ours = `${subjectPrefix}%`;
  const now = new Date().toISOString();
  const live = sql`(v.status = 'BOOKED' or (v.status = 'RESERVED' and v.hold_expires_at > ${now}))`;
  const overbooked = await sql<{ n: number }>`
    select count(*) as n from (
      select v.session_template_id, v.session_date, v.restriction, count(*) as taken,
        max(case when v.restriction = 'OPEN' then t.open_capacity else t.closed_capacity end) as capacity
      from visit v join session_template t on t.session_template_id = v.session_template_id
      where ${live}
      group by v.session_template_id, v.session_date, v.restriction
    ) s where s.taken > s.capacity`.execute(db);
  const samePrisonerSession = await sql<{ n: number }>`
    select count(*) as n from (
      select prison_number from visit v where ${live}
      group by prison_number, session_template_id, session_date having count(*) > 1
    ) d`.execute(db);
  const overlapping = await sql<{ n: number }>`
    select count(*) as n from visit v join visit w
      on w.prison_number = v.prison_number and w.session_date = v.session_date and w.reference > v.reference
      and w.start_time < v.end_time and v.start_time < w.end_time
      and (w.status = 'BOOKED' or (w.status = 'RESERVED' and w.hold_expires_at > ${now}))
    where ${live} and v.booked_by like ${ours}`.execute(db);
  const sameKey = await sql<{ n: number }>`
    select count(*) as n from (
      select booked_by from visit where idempotency_key is not null
      group by booked_by, idempotency_key having count(*) > 1
    ) k`.execute(db);
  const stored = await sql<{ n: number }>`
    select count(*) as n from visit where booked_by like ${ours} and status = 'BOOKED'`.execute(db);
  const count = (result: { rows: { n: number }[] }) => Number(result.rows[0]?.n ?? 0);
  return {
    overbookedSessions: count(overbooked),
    duplicateBookings: count(samePrisonerSession) + count(overlapping) + count(sameKey),
    storedBookings: count(stored),
  };
}
