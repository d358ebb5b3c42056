import type { EventRelay } from '../events/eventRelay';
import { startSubgraphEvents } from '../events/startSubgraphEvents';
import { gatewayCredentialVerifier } from './gatewayCredentialVerifier';
import type { Environment, SubgraphDescriptor } from './subgraphDescriptor';
import { readSubgraphConfig } from './subgraphConfig';
import { type RunningSubgraph, startSubgraphServer } from './startSubgraphServer';
import { stopOnce } from '../process/stopOnce';
import { createLogger } from '../observability/logger';

/** A subgraph serving, with the system its composition root built (tests reach into its stores). */
export type StartedSubgraph<System> = RunningSubgraph & {
  system: System;
  /** How many SQL statements its stores have run. */
  storeStatements(): number;
  /** Its event relay, for a subgraph that records events (tests ask it to relay or scan now). */
  events: EventRelay | null;
};

/**
 * Starts any registered subgraph: reads its configuration (`<PREFIX>_PORT`, its stores' locations...) from `env`,
 * loads and runs its composition root, and serves its SDL with its resolvers over HTTP. Stopping it stops the
 * server (in-flight requests finish) and then closes its stores.
 */
export async function startSubgraph<System extends { close(): Promise<void> }, Options>(
  descriptor: SubgraphDescriptor<string, System, Options>,
  env: Environment = process.env,
  options?: Options,
): Promise<StartedSubgraph<System>> {
  const config = readSubgraphConfig(descriptor.envPrefix, descriptor.defaultPort, env);
  const root = await descriptor.root();
  // Made before the system, so that its services report to the same structured log as the server.
  const logger = createLogger(descriptor.name, config.logLevel, config.logFile);
  const warn = (message: string, error?: unknown) =>
    logger.warn(error === undefined ? {} : { err: error }, message);
  const system = await root.build(config, env, options, warn);
  let events: EventRelay | null = null;
  try {
    const verify = await gatewayCredentialVerifier(config);
    const server = await startSubgraphServer({
      name: descriptor.name,
      schemaPath: descriptor.schemaPath,
      resolvers: root.resolvers,
      createContext: (caller) => Promise.resolve(root.createContext(system, caller)),
      verifyCredential: root.wrapCredentialVerifier?.(verify) ?? verify,
      checkStores: () => root.checkStores(system),
      routes: root.routes?.(system),
      storeStatements: () => root.storeStatements(system),
      selfAuthenticatedRoutes: root.selfAuthenticatedRoutes?.(system),
      ...config,
      logger,
    });
    events = root.events
      ? await startSubgraphEvents(descriptor.name, root.events(config, env), env, config.dataDir, warn)
      : null;
    return {
      ...server,
      system,
      storeStatements: () => root.storeStatements(system),
      events,
      stop: stopOnce(async () => {
        await server.stop();
        await events?.stop();
        await system.close();
      }),
    };
  } catch (error) {
    await events?.stop();
    await system.close();
    throw error;
  }
}
