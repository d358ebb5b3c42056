import type { Circus } from '@jest/types';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';

/**
 * Node's test environment, which at the very end of each test file, after the file's own afterAll hooks (which
 * may still use the system they stop), stops any system the file started and left running: see
 * tests/support/leftRunning.ts for why a worker would otherwise not exit.
 */
export default class StopLeftRunningEnvironment extends TestEnvironment {
  /** The worker's handles and requests before the file ran (JEST_REPORT_LEFT_OPEN=1 only). */
  private readonly before = process.env.JEST_REPORT_LEFT_OPEN ? process.getActiveResourcesInfo() : null;
  private readonly testPath: string;

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async handleTestEvent(event: Circus.Event): Promise<void> {
    if (event.name !== 'run_finish') return;
    // Put on the file's global object by tests/support/leftRunning.ts.
    const stop = (this.global as Record<string, unknown>).__stopLeftRunning;
    if (typeof stop === 'function') await (stop as () => Promise<unknown>)();
  }

  /**
   * With JEST_REPORT_LEFT_OPEN=1, names the handles a file left open (sockets, timers, child processes): a worker
   * whose event loop still holds one when the run ends cannot exit, and jest kills it ("failed to exit
   * gracefully"), without saying which file left it.
   */
  override async teardown(): Promise<void> {
    await super.teardown();
    if (!this.before) return;
    // Servers and sockets being closed go a moment after the file ends: only what outlives a second is left open.
    let more = this.leftOpen();
    for (let waited = 0; more.length > 0 && waited < 1_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      more = this.leftOpen();
    }
    if (more.length > 0) process.stderr.write(`[left open] ${this.testPath}: ${more.join(', ')}\n`);
  }

  private leftOpen(): string[] {
    const left = countsOf(process.getActiveResourcesInfo());
    for (const [kind, count] of countsOf(this.before ?? [])) left.set(kind, (left.get(kind) ?? 0) - count);
    // The wait's own timer is not the file's.
    left.set('Timeout', (left.get('Timeout') ?? 0) - 1);
    return [...left].filter(([, count]) => count > 0).map(([kind, count]) => `${kind} x${count}`);
  }
}

function countsOf(kinds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}
