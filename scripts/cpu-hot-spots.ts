/**
 * `npx tsx scripts/cpu-hot-spots.ts <profile.cpuprofile> [--top 25] [--folded <file>]`: where a process spent its
 * CPU, from a V8 CPU profile (BENCH_CPU_PROFILE_DIR=<folder> npx tsx scripts/gateway-cpu.ts writes one per
 * service). Prints the areas (packages, the project's folders, node's own code, garbage collection) and the
 * functions with the most self time, each with its share of the busy time and its total (anywhere on the stack);
 * `--folded` writes the stacks in the folded form that flame-graph tools read (flamegraph.pl, speedscope).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summariseCpuProfile, type CpuProfile, type HotSpot } from '../bench/profile/cpuProfileSummary';
import { positiveOptionOrExit } from '../bench/positiveOption';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, folded: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npx tsx scripts/cpu-hot-spots.ts <profile.cpuprofile> [--top 25] [--folded <file>]');
  process.exit(2);
}
const TOP = Math.floor(positiveOptionOrExit('top', values.top));

const summary = summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
const busyMs = summary.sampledMs - summary.idleMs;
const share = (ms: number) => `${((100 * ms) / Math.max(busyMs, 1)).toFixed(1).padStart(5)}%`;
const table = (title: string, spots: HotSpot[]) => {
  console.log(`\n${title}\n| self | total | |\n| ---: | ---: | --- |`);
  for (const spot of spots.slice(0, TOP)) {
    console.log(`| ${share(spot.selfMs)} | ${share(spot.totalMs)} | ${spot.name.replace(/\|/g, '\\|')} |`);
  }
};
console.log(
  `${file}: ${(summary.sampledMs / 1000).toFixed(1)} s sampled, ${(busyMs / 1000).toFixed(1)} s busy ` +
    `(shares below are of the busy time)`,
);
table('By area', summary.areas);
table('By function', summary.functions);
if (values.folded) {
  writeFileSync(values.folded, `${summary.folded.join('\n')}\n`);
  console.log(`\nFolded stacks written to ${values.folded}`);
}
