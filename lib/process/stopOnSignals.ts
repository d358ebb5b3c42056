/** What stopOnSignals does on each signal, for a process that also reloads on SIGHUP (the gateway). */
export interface StopOnSignalsOptions {
  /** The process's name in the lines it prints. */
  name: string;
  /** Stops the process's work in order (stop accepting, drain in-flight requests, close the stores). */
  stop: () => Promise<void>;
  /**
   * Whether SIGHUP is someone else's (the gateway reloads its supergraph on it): then it is left to them.
   * Otherwise SIGHUP (a closed terminal) is noted and ignored rather than ending the process uncleanly.
   */
  hangupHandledElsewhere?: boolean;
}

/**
 * Stops a service once, in order, however many termination signals arrive and in whatever order: Ctrl-C sends
 * SIGINT to every process of the terminal's group, and `npm start`'s supervisor then sends SIGTERM too. The first
 * SIGINT or SIGTERM starts the stop; later ones are noted and change nothing. The process exits 0 once stopped,
 * 1 if stopping failed.
 */
export function stopOnSignals(options: StopOnSignalsOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log(`${options.name}: ${signal} while stopping, already under way`);
      return;
    }
    stopping = true;
    console.log(`${options.name} stopping on ${signal}`);
    options.stop().then(
      () => {
        console.log(`${options.name} stopped`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`${options.name} failed to stop cleanly:`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  if (!options.hangupHandledElsewhere) {
    process.on('SIGHUP', () => console.log(`${options.name}: SIGHUP ignored (stop with SIGTERM or SIGINT)`));
  }
}
