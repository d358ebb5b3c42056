import { stoppedAtTheEnd, stopLeftRunning } from '../support/leftRunning';

/** A system that takes `startMs` to start and counts its stops. */
function slowSystem(startMs: number) {
  const system = { stops: 0, stop: () => Promise.resolve(void (system.stops += 1)) };
  return {
    system,
    start: new Promise<typeof system>((resolve) => setTimeout(() => resolve(system), startMs)),
  };
}

describe('systems a test file leaves running', () => {
  it('are stopped at the end of the file, even one whose start was still under way', async () => {
    const { system, start } = slowSystem(300);
    // As a beforeAll that timed out does: the start is left to finish in the background.
    void stoppedAtTheEnd(start);
    expect(await stopLeftRunning()).toBe(1);
    expect(system.stops).toBe(1);
  });

  it('are stopped once, when the test has stopped them already', async () => {
    const { system, start } = slowSystem(0);
    const started = await stoppedAtTheEnd(start);
    await started.stop();
    await started.stop();
    expect(await stopLeftRunning()).toBe(0);
    expect(system.stops).toBe(1);
  });

  it('leave nothing to stop when their start failed', async () => {
    void stoppedAtTheEnd(Promise.reject(new Error('no store'))).catch(() => undefined);
    expect(await stopLeftRunning()).toBe(0);
  });
});
