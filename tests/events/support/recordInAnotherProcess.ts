/**
 * Another replica's commit, in a process of its own: `tsx recordInAnotherProcess.ts <location> <event id>` records a
 * payment-received event through recordEvent in a transaction of the store at `location`, as a subgraph's write
 * does, prints when it committed (ms since the epoch), and exits.
 */
import { recordEvent } from '@lib/events/recordEvent';
import { openDatabase } from '@lib/store/openDatabase';

async function main(): Promise<void> {
  const [location, eventId] = process.argv.slice(2);
  if (!location || !eventId) throw new Error('usage: recordInAnotherProcess.ts <location> <event id>');
  const store = openDatabase(location);
  try {
    await store.db.transaction().execute((trx) =>
      recordEvent(trx, {
        id: eventId,
        type: 'CONFISCATION_PAYMENT_RECEIVED',
        identifiers: { confiscationAccountNumber: '250000002B' },
      }),
    );
    process.stdout.write(String(Date.now()));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
