import { areaOf, summariseCpuProfile, type CpuProfile } from '../../bench/profile/cpuProfileSummary';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 9 });
const GATEWAY = 'file:///srv/dist/node/gateway/main.js';
const PLANNER = '/srv/node_modules/@apollo/gateway/dist/executeQueryPlan.js';

/** root → handle (gateway) → plan (@apollo/gateway) → handle again (recursion) → writev; and idle. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 6] },
    { id: 2, callFrame: frame('handle', GATEWAY), children: [3] },
    { id: 3, callFrame: frame('plan', PLANNER), children: [4] },
    { id: 4, callFrame: frame('handle', GATEWAY), children: [5] },
    { id: 5, callFrame: frame('writev') },
    { id: 6, callFrame: frame('(idle)') },
  ],
  samples: [5, 5, 3, 2, 6, 6],
  timeDeltas: [1000, 1000, 2000, 1000, 3000, 3000],
};

describe('summarising a CPU profile', () => {
  const summary = summariseCpuProfile(profile);

  it('counts self time where each sample was taken, and leaves idle time out of the functions', () => {
    expect(summary.sampledMs).toBe(11);
    expect(summary.idleMs).toBe(6);
    const spot = (name: string) => summary.functions.find((candidate) => candidate.name === name);
    expect(spot('writev')).toEqual({ name: 'writev', selfMs: 2, totalMs: 2 });
    expect(spot('plan @apollo/gateway/dist/executeQueryPlan.js:10')).toEqual(
      expect.objectContaining({ selfMs: 2, totalMs: 4 }),
    );
    // On the stack twice in two samples (recursion), counted once per sample.
    expect(spot('handle gateway/main.js:10')).toEqual(expect.objectContaining({ selfMs: 1, totalMs: 5 }));
    expect(summary.functions[0]?.selfMs).toBe(2);
  });

  it('sums by area: packages, the project’s folders and native code', () => {
    expect(areaOf(frame('plan', PLANNER))).toBe('pkg:@apollo/gateway');
    expect(areaOf(frame('handle', GATEWAY))).toBe('gateway/main.js');
    expect(areaOf(frame('emit', 'node:events'))).toBe('node:events');
    expect(areaOf(frame('(garbage collector)'))).toBe('(garbage collector)');
    const area = (name: string) => summary.areas.find((candidate) => candidate.name === name);
    expect(area('(native)')).toEqual({ name: '(native)', selfMs: 2, totalMs: 2 });
    expect(area('gateway/main.js')).toEqual({ name: 'gateway/main.js', selfMs: 1, totalMs: 5 });
  });

  it('folds each distinct stack once, from the root, with its microseconds', () => {
    expect(summary.folded.sort()).toEqual([
      'handle gateway/main.js:10 1000',
      'handle gateway/main.js:10;plan @apollo/gateway/dist/executeQueryPlan.js:10 2000',
      'handle gateway/main.js:10;plan @apollo/gateway/dist/executeQueryPlan.js:10;handle gateway/main.js:10;writev 2000',
    ]);
  });
});
