import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

/**
 * Node's test environment, which at the very end of each test file, after the file's own afterAll hooks (which
 * may still use the system they stop), stops any system the file started and left running: see
 * tests/support/leftRunning.ts for why a worker would otherwise not exit.
 */
export default class StopLeftRunningEnvironment extends TestEnvironment {
  async handleTestEvent(event: Circus.Event): Promise<void> {
    if (event.name !== 'run_finish') return;
    // Put on the file's global object by tests/support/leftRunning.ts.
    const stop = (this.global as Record<string, unknown>).__stopLeftRunning;
    if (typeof stop === 'function') await (stop as () => Promise<unknown>)();
  }
}
