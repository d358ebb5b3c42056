import type { GraphQLError } from 'graphql';
import { outsideCaseload } from '@lib/authorization/caseload';
import { type SubgraphAnswer, type SubgraphAnswerError, subgraphClient } from '@lib/subgraph/subgraphClient';
import { visitRefusal } from '../services/visitRefusal';

/** Where P-Nomis is and how long to wait for it. */
export interface PnomisLocatorOptions {
  /** The P-Nomis subgraph's GraphQL endpoint. */
  url: string;
  timeoutMs: number;
  /** Questions failing in a row (unreachable, too slow) that open the circuit to P-Nomis (default 5). */
  circuitFailures?: number;
  /** How often an open circuit probes P-Nomis's liveness, in ms (default 2000). */
  circuitProbeMs?: number;
}

/** An error in P-Nomis's answer, with the path of the field it concerns. */
export type PnomisError = SubgraphAnswerError;

/** P-Nomis's answer to one question: the data asked for and the errors of the fields it could not give. */
export type PnomisAnswer<Data> = SubgraphAnswer<Data>;

/** The refusal when P-Nomis cannot be asked, or gives no usable answer: nothing was booked or linked. */
export function pnomisUnavailable(reason: string): GraphQLError {
  return visitRefusal(
    'PNOMIS_UNAVAILABLE',
    `P-Nomis could not be asked about the prisoner (${reason}); nothing was booked or linked, try again shortly`,
  );
}

/** An error P-Nomis gave, as this subgraph passes it on: its own caseload refusal, or P-Nomis unavailable. */
export function refusalOf(error: PnomisError): GraphQLError {
  if (error.extensions?.code === 'OUTSIDE_CASELOAD') return outsideCaseload();
  return pnomisUnavailable(`it answered ${error.extensions?.code ?? 'an error'}`);
}

/**
 * Asks the P-Nomis subgraph directly with the caller's gateway credential, so that P-Nomis checks the caller's
 * scopes and caseload itself, through one circuit (lib/subgraph/subgraphClient.ts).
 */
export function pnomisClient(options: PnomisLocatorOptions) {
  return subgraphClient({ ...options, unavailable: pnomisUnavailable });
}

/** A client of the P-Nomis subgraph. */
export type PnomisClient = ReturnType<typeof pnomisClient>;
