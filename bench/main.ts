/**
 * `npm run bench -- [--scale 0.01] [--seconds 10] [--connections 32] [--rounds 3] [--workloads ...] [--out ...]`:
 * this gateway against its peers (stock @apollo/gateway, Hive Gateway with its default runtime and with Hive
 * Router's Rust query planner, Grafbase), on the same subgraphs and data, in one run. Prints the report and
 * writes it to bench/RESULTS.md (see USAGE in benchOptions.ts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBenchOptions, USAGE } from './benchOptions';
import { formatReport } from './report/formatReport';
import { runBenchmark } from './runBenchmark';
import { REPOSITORY_ROOT } from './system/serviceProcess';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let options;
  try {
    options = readBenchOptions(argv);
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const command = ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
  const report = await runBenchmark(options, command);
  const markdown = formatReport(report);
  console.log(`\n${markdown}`);
  if (options.out) {
    const path = resolve(REPOSITORY_ROOT, options.out);
    writeFileSync(path, markdown);
    console.log(`Written to ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
