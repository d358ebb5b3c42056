/**
 * A gateway process's share of a concurrency test: `tsx appendMany.ts <location> <count> <tag>` appends `count`
 * records to the audit log at `location`, as fast as it can, and exits.
 */
import { buildAuditLog } from '../../../gateway/src/audit/buildAuditLog';
import { sampleEntry } from './sampleEntry';

async function main(): Promise<void> {
  const [location, count, tag] = process.argv.slice(2);
  if (!location || !count || !tag) throw new Error('usage: appendMany.ts <location> <count> <tag>');
  const log = await buildAuditLog(location);
  try {
    await Promise.all(
      Array.from({ length: Number(count) }, (_, index) =>
        log.store.append(sampleEntry({ requestId: `${tag}-${index}` })),
      ),
    );
  } finally {
    await log.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
