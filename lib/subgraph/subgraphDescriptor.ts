import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Caller } from '../auth/caller';
import type { SubgraphCredentialVerifier } from '../auth/subgraphCredential';
import type { SubgraphEvents } from '../events/startSubgraphEvents';
import type { RouteHandler } from '../http/startHttpServer';
import type { SubgraphConfig } from './subgraphConfig';
import type { CallerRoute } from './startSubgraphServer';

/** A process's environment, as every configuration reader takes it. */
export type Environment = Record<string, string | undefined>;

/**
 * Where a subgraph's services report what goes wrong besides a request's own errors (a transfer not delivered, a
 * store unreachable): the process's structured log, at warn, so that every line it writes is JSON with its service.
 */
export type ServiceWarning = (message: string, error?: unknown) => void;

/**
 * What a subgraph's process builds and serves, loaded only by that process: its composition root (stores and
 * services from the configuration), its resolvers, and how a request's context is made for a caller.
 */
export interface SubgraphRoot<System extends { close(): Promise<void> }, Options = never> {
  /**
   * Opens and migrates the stores and builds the services on them; `options` are for tests (a clock, faults);
   * `warn` is the process's log for what its services report.
   */
  build(
    config: SubgraphConfig,
    env: Environment,
    options: Options | undefined,
    warn: ServiceWarning,
  ): Promise<System>;
  /** The resolvers, typed by the subgraph's own context. */
  resolvers: GraphQLResolverMap<never>;
  /** The per-request context for the caller the gateway vouched for (null when anonymous). */
  createContext(system: System, caller: Caller | null): object;
  /** Resolves when the stores answer; readiness fails while it throws. */
  checkStores(system: System): Promise<void>;
  /** How many SQL statements the stores have run, for /metrics and the benchmark. */
  storeStatements(system: System): number;
  /** HTTP routes of its own besides /graphql, served behind the gateway's credential (the courts' documents). */
  routes?(system: System): Record<string, CallerRoute>;
  /** Wraps the verifier of the gateway's credential, for a subgraph that passes the credential on. */
  wrapCredentialVerifier?(verify: SubgraphCredentialVerifier): SubgraphCredentialVerifier;
  /** The stores whose event outboxes its relay hands on, and its scans for dated events (lib/events). */
  events?(config: SubgraphConfig, env: Environment): SubgraphEvents;
  /** HTTP routes not reached through the gateway, which check their callers themselves (the relay intake). */
  selfAuthenticatedRoutes?(system: System): Record<string, RouteHandler>;
}

/**
 * A subgraph, declared once: everything the rest of the house (gateway, start-up, compose, seed, test harness,
 * benchmark) needs to know of it, without loading its code. The registry (subgraphs/registry.ts) lists them.
 */
export interface SubgraphDescriptor<
  Name extends string = string,
  System extends { close(): Promise<void> } = { close(): Promise<void> },
  Options = never,
> {
  /** Its name in rover.yaml and the supergraph, e.g. "courts". */
  name: Name;
  /** The system behind it as callers know it, for messages: "Courts", "P-Nomis". */
  systemName: string;
  /** The port it listens on unless `<envPrefix>_PORT` says otherwise. */
  defaultPort: number;
  /** The prefix of its own variables: `<envPrefix>_PORT`, `<envPrefix>_DATABASE_URL`. */
  envPrefix: string;
  /** Its SDL, the contract it serves, as an absolute path. */
  schemaPath: string;
  /** The stores it opens, by name (each a SQLite file `<DATA_DIR>/<store>.db`, or a PostgreSQL schema). */
  stores: readonly string[];
  /**
   * Other subgraphs it asks live, each with the variable that gives that subgraph's URL (visits asks P-Nomis
   * where a prisoner is held): start-up starts those first and passes their URLs.
   */
  calls?: Readonly<Record<string, string>>;
  /** Loads its composition root, resolvers and context: only the process that serves it does. */
  root(): Promise<SubgraphRoot<System, Options>>;
}

/** The system a descriptor's composition root builds. */
export type SystemOf<Descriptor> = Descriptor extends { root(): Promise<SubgraphRoot<infer System, never>> }
  ? System
  : never;

/** Declares a subgraph, keeping its name's literal type for the registry. */
export function defineSubgraph<
  const Name extends string,
  System extends { close(): Promise<void> },
  Options = never,
>(descriptor: SubgraphDescriptor<Name, System, Options>): SubgraphDescriptor<Name, System, Options> {
  return descriptor;
}
