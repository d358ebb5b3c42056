import { planJustice } from './planJustice';
import { storeStreams } from './storeStreams';
let t = Date.now();
const plan = planJustice({ scale: 1, seed: 42, asOf: '2026-11-01' });
console.log('plan', Date.now() - t, 'ms', process.memoryUsage().heapUsed >> 20, 'MB');
const streams = storeStreams(plan);
for (const name of ['magistrates', 'crown', 'pnomis', 'visits', 'confiscation'] as const) {
  t = Date.now();
  let n = 0;
  for (const group of streams[name].rowGroups())
    for (const rows of Object.values(group)) n += (rows as unknown[]).length;
  console.log(name, n, Date.now() - t, 'ms');
}
