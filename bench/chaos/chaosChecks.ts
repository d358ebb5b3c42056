import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import type { StoreLocations } from '../../seed/storeStreams';
import type { ConfiscationTables } from '../../subgraphs/confiscation/src/store/confiscationTables';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';
import type { AuditTables } from '../../gateway/src/audit/auditTables';
import { checkStore } from '../../scripts/bookingBench/storeChecks';
import { REPOSITORY_ROOT } from '../system/serviceProcess';
import type { SentRequest } from './chaosLoad';
import { CHAOS_SUBJECT_PREFIX } from './chaosPeople';

/** One kind of acknowledged write, checked against the store that holds it. */
export interface WriteCheck {
  what: string;
  acknowledged: number;
  /** Acknowledged but not in the store. */
  lost: number;
  /** In the store more than once (one request, or one idempotency key, recorded twice). */
  doubled: number;
}

/** What the stores hold after the run, against what the gateway acknowledged during it. */
export interface ChaosChecks {
  writes: WriteCheck[];
  overbookedSessions: number;
  auditChain: string;
}

async function within<Tables, Result>(location: string, work: (db: Kysely<Tables>) => Promise<Result>) {
  const store = openDatabase<Tables>(location);
  try {
    return await work(store.db);
  } finally {
    await store.close();
  }
}

/** Checks, with the system stopped, that every acknowledged write is in its store once and the audit chain holds. */
export async function checkChaosWrites(
  runDir: string,
  locations: StoreLocations,
  sent: readonly SentRequest[],
): Promise<ChaosChecks> {
  const acknowledged = sent.flatMap((request) => (request.acknowledged ? [request.acknowledged] : []));
  const bookings = acknowledged.flatMap((write) => (write.kind === 'booking' ? [write] : []));
  const payments = acknowledged.flatMap((write) => (write.kind === 'payment' ? [write] : []));
  const transfers = acknowledged.flatMap((write) => (write.kind === 'transfer' ? [write] : []));
  const answered = sent.filter((request) => request.status === 200).map((request) => request.requestId);

  const bookingCheck = await within<VisitsTables, WriteCheck & { overbooked: number }>(
    locations.visits,
    async (db) => {
      const stored = await db
        .selectFrom('visit')
        .select('reference')
        .where('bookedBy', 'like', `${CHAOS_SUBJECT_PREFIX}%`)
        .where('status', '=', 'BOOKED')
        .execute();
      const references = new Set(stored.map((row) => row.reference));
      const store = await checkStore(db, CHAOS_SUBJECT_PREFIX);
      return {
        what: 'visit bookings',
        acknowledged: bookings.length,
        lost: bookings.filter((booking) => !references.has(booking.reference)).length,
        doubled: store.duplicateBookings,
        overbooked: store.overbookedSessions,
      };
    },
  );
  const paymentCheck = await within<ConfiscationTables, WriteCheck>(locations.confiscation, async (db) => {
    const stored = await db
      .selectFrom('payment')
      .select(['paymentId', 'idempotencyKey'])
      .where('idempotencyKey', 'like', 'chaos-%')
      .execute();
    const ids = new Set(stored.map((row) => String(row.paymentId)));
    const keys = new Map<string, number>();
    for (const row of stored)
      keys.set(row.idempotencyKey ?? '', (keys.get(row.idempotencyKey ?? '') ?? 0) + 1);
    return {
      what: 'confiscation payments',
      acknowledged: payments.length,
      lost: payments.filter((payment) => !ids.has(payment.paymentId)).length,
      doubled: [...keys.values()].filter((times) => times > 1).length,
    };
  });
  const transferCheck = await within<CrownCourtTables, WriteCheck>(locations.crown, async (db) => {
    const urns = transfers.map((transfer) => transfer.urn);
    const stored =
      urns.length === 0
        ? []
        : await db.selectFrom('crownCase').select(['urn', 'caseNumber']).where('urn', 'in', urns).execute();
    const byUrn = new Map<string, string[]>();
    for (const row of stored) byUrn.set(row.urn ?? '', [...(byUrn.get(row.urn ?? '') ?? []), row.caseNumber]);
    return {
      what: 'cases sent to the Crown Court',
      acknowledged: transfers.length,
      lost: transfers.filter((transfer) => !byUrn.get(transfer.urn)?.includes(transfer.caseNumber)).length,
      doubled: [...byUrn.values()].filter((cases) => cases.length > 1).length,
    };
  });
  const auditCheck = await within<AuditTables, WriteCheck>(join(runDir, 'audit.db'), async (db) => {
    // A request may have an opening record (PENDING) and a closing one (auditing/openingRecord.ts): each at most
    // once. An answered request with its opening record only was answered as its gateway stopped: recorded.
    const recorded = new Map<string, { opening: number; closing: number }>();
    for (let start = 0; start < answered.length; start += 500) {
      const rows = await db
        .selectFrom('auditRecord')
        .select(['requestId', 'outcome'])
        .where('requestId', 'in', answered.slice(start, start + 500))
        .execute();
      for (const row of rows) {
        const counts = recorded.get(row.requestId) ?? { opening: 0, closing: 0 };
        if (row.outcome === 'PENDING') counts.opening += 1;
        else counts.closing += 1;
        recorded.set(row.requestId, counts);
      }
    }
    return {
      what: 'audit records of answered requests',
      acknowledged: answered.length,
      lost: answered.filter((id) => !recorded.has(id)).length,
      doubled: [...recorded.values()].filter(({ opening, closing }) => opening > 1 || closing > 1).length,
    };
  });
  // The chain is checked by the same command an operator runs.
  const verify = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPOSITORY_ROOT, 'scripts/audit-verify.ts')],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, DATA_DIR: runDir },
      encoding: 'utf8',
    },
  );
  const { overbooked, ...bookingWrites } = bookingCheck;
  return {
    writes: [bookingWrites, paymentCheck, transferCheck, auditCheck],
    overbookedSessions: overbooked,
    auditChain: `${verify.stdout.trim() || verify.stderr.trim()} (exit ${verify.status})`,
  };
}
