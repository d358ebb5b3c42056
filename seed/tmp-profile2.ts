import { planJustice } from './planJustice';
import { courtsOnlyChunk } from './journeys/courtsOnlyCases';
const plan = planJustice({ scale: 0.05, seed: 42, asOf: '2026-11-01' });
const t = Date.now();
let n = 0;
for (let c = 0; c < 60; c++) n += courtsOnlyChunk(plan.courtsOnly, c).length;
console.log(n, Date.now() - t, 'ms');
