/**
 * The systems a test file started and has not stopped. A suite whose `beforeAll` times out, or fails after the
 * system started, never reaches its own `afterAll(() => supergraph.stop())` with a system in hand, while the start
 * goes on in the background: its servers then keep the jest worker alive past the end of the run ("A worker
 * process has failed to exit gracefully"). The test environment (`tests/support/jest/stopLeftRunningEnvironment.ts`)
 * stops them once the file's own hooks have run.
 */
const starting = new Set<Promise<unknown>>();
const running = new Set<() => Promise<void>>();

/** Tracks a system being started, so that it is stopped at the end of the file unless the test stops it. */
export function stoppedAtTheEnd<System extends { stop(): Promise<void> }>(
  start: Promise<System>,
): Promise<System> {
  const tracked = start.then((system) => {
    const stopSystem = system.stop.bind(system);
    let stopping: Promise<void> | undefined;
    // Stopping twice (the test, then the end of the file) stops once.
    const stopOnce = () => (stopping ??= stopSystem().finally(() => running.delete(stopOnce)));
    running.add(stopOnce);
    return Object.assign(system, { stop: stopOnce });
  });
  starting.add(tracked);
  tracked.then(
    () => starting.delete(tracked),
    () => starting.delete(tracked),
  );
  return tracked;
}

/** Waits for every start still under way, then stops whatever the file left running. */
export async function stopLeftRunning(): Promise<number> {
  await Promise.allSettled([...starting]);
  const left = [...running];
  await Promise.allSettled(left.map((stop) => stop()));
  return left.length;
}

// Found by the test environment on the file's global object (the environment runs outside the file's modules).
Object.assign(globalThis, { __stopLeftRunning: stopLeftRunning });
