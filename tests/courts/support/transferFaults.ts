import type { TransferStores } from '../../../subgraphs/courts/src/services/caseTransfers';

/** A store method a fault can be armed on, named by side: `crown.receiveCase`, `magistrates.completeTransfer`. */
export type StoreMethod = `${keyof TransferStores}.${string}`;

/**
 * When an armed call fails: before it reaches the store (the store is down), or after the store has done the
 * work (the answer is lost on the way back, or the process dies right after).
 */
export type FaultTiming = 'before' | 'after';

/** The error a store that cannot be reached throws, as better-sqlite3 reports a locked database. */
function storeUnavailable(method: string): Error {
  return Object.assign(new Error(`SQLITE_BUSY: database is locked (injected into ${method})`), {
    code: 'SQLITE_BUSY',
  });
}

/**
 * Faults injected into the transfer stores through the courts composition root (CourtsOptions
 * .wrapTransferStores), not through module mocks: each store method is wrapped, and a test arms the next
 * call of one to fail.
 */
export class TransferFaults {
  private readonly armed = new Map<string, FaultTiming>();
  private readonly gates = new Map<string, { parties: number; waiting: (() => void)[] }>();
  /** Calls made to each method, armed or not. */
  readonly calls = new Map<string, number>();

  /** Makes the next call of `method` fail, before or after it does its work. */
  failNext(method: StoreMethod, timing: FaultTiming = 'before'): this {
    this.armed.set(method, timing);
    return this;
  }

  /**
   * Holds calls of `method` until `parties` of them have arrived, then lets them all through at once: two
   * requests are made to meet at exactly that step, as they may by chance in production.
   */
  meetAt(method: StoreMethod, parties: number): this {
    this.gates.set(method, { parties, waiting: [] });
    return this;
  }

  private async passGate(key: string): Promise<void> {
    const gate = this.gates.get(key);
    if (!gate) return;
    const arrived = new Promise<void>((resolve) => gate.waiting.push(resolve));
    if (gate.waiting.length >= gate.parties) {
      this.gates.delete(key);
      gate.waiting.forEach((release) => release());
    }
    await arrived;
  }

  /** Faults armed but not yet tripped. */
  pending(): string[] {
    return [...this.armed.keys()];
  }

  readonly wrap = (stores: TransferStores): TransferStores => ({
    magistrates: this.wrapStore('magistrates', stores.magistrates),
    crown: this.wrapStore('crown', stores.crown),
  });

  private wrapStore<Store extends object>(side: string, store: Store): Store {
    const wrapped = Object.entries(store).map(([name, method]) => {
      const key = `${side}.${name}`;
      const call = async (...args: unknown[]): Promise<unknown> => {
        this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
        await this.passGate(key);
        const timing = this.armed.get(key);
        if (timing) this.armed.delete(key);
        if (timing === 'before') throw storeUnavailable(key);
        const result: unknown = await (method as (...input: unknown[]) => Promise<unknown>)(...args);
        if (timing === 'after') throw storeUnavailable(key);
        return result;
      };
      return [name, call];
    });
    return Object.fromEntries(wrapped) as Store;
  }
}
