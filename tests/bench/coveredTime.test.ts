import { coveredNs } from '../../bench/latency/addedLatency';

// The critical path of a request's subgraph calls: the time at least one of them was running.
describe('the time covered by subgraph requests inside a gateway request', () => {
  it('adds up sequential calls', () => {
    expect(
      coveredNs(
        [0, 100],
        [
          [10, 20],
          [30, 50],
        ],
      ),
    ).toBe(30);
  });

  it('counts parallel calls once', () => {
    expect(
      coveredNs(
        [0, 100],
        [
          [10, 40],
          [20, 30],
          [35, 60],
        ],
      ),
    ).toBe(50);
  });

  it('counts only what falls inside the window', () => {
    expect(
      coveredNs(
        [50, 100],
        [
          [0, 60],
          [90, 150],
          [200, 300],
        ],
      ),
    ).toBe(20);
  });

  it('is nothing when no subgraph was asked', () => {
    expect(coveredNs([0, 100], [])).toBe(0);
  });
});
