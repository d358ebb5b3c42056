/**
 * The gateways the benchmark compares, declared once: their names, labels and what each does per request. The
 * start-up (startGateways.ts), the load, the report and the tests read this list.
 */

/** This gateway as shipped, the same traced at 10%, and its peers: two in JavaScript, two with Rust inside. */
export const GATEWAY_KINDS = [
  'justice',
  'traced',
  'apollo',
  'hive',
  'hive-rust-planner',
  'grafbase',
] as const;

/** One of the gateways compared. */
export type GatewayKind = (typeof GATEWAY_KINDS)[number];

/** How each gateway is named in the report. */
export const GATEWAY_LABELS: Record<GatewayKind, string> = {
  justice: 'this gateway',
  traced: 'this gateway, traced (10%)',
  apollo: 'stock @apollo/gateway',
  hive: 'Hive Gateway',
  'hive-rust-planner': 'Hive Gateway with the Rust query planner',
  grafbase: 'Grafbase (Rust)',
};

/** Whether `kind` is this gateway (traced or not), which runs compiled and takes registered operations by id. */
export function isThisGateway(kind: GatewayKind): boolean {
  return kind === 'justice' || kind === 'traced';
}

/** The gateways this one is compared with. */
export const PEER_KINDS = GATEWAY_KINDS.filter((kind) => !isThisGateway(kind));

/**
 * Whether the caller must send the subgraph credential itself, the gateway only forwarding it: Grafbase cannot
 * sign one (it is a binary with no hook for it), so the benchmark's client signs each simulated user's, and the
 * subgraphs check the same credential whichever gateway brought it.
 */
export function forwardsCallerCredential(kind: GatewayKind): boolean {
  return kind === 'grafbase';
}

/** What a gateway does for each request, so that the report's comparison says what is being compared. */
export interface GatewayWork {
  /** Whether it verifies the caller's access token, authorizes the operation before planning, keeps an audit record. */
  security: string;
  /** Operation limits, rate limits, trusted documents. */
  limits: string;
  /** How the subgraph credential every subgraph requires reaches the subgraphs. */
  credential: string;
  /** What plans and executes the operation. */
  engine: string;
}

const NO_SECURITY = 'none: the claims are read from the bearer token unverified; no authorization, no audit';
const SIGNS_CREDENTIAL = 'signs it in the gateway from those claims (once per caller per 30 s)';

/** What each gateway does per request. */
export const GATEWAY_WORK: Record<GatewayKind, GatewayWork> = {
  justice: {
    security:
      'verifies the access token (ES256), authorizes before planning, writes a durable audit record before the answer leaves',
    limits: 'operation limits, rate limits, trusted documents (registered operations by id)',
    credential: SIGNS_CREDENTIAL,
    engine: '@apollo/gateway (JavaScript planner and executor), compiled',
  },
  traced: {
    security: 'as this gateway, and exports one trace in ten (OTLP)',
    limits: 'as this gateway',
    credential: SIGNS_CREDENTIAL,
    engine: 'as this gateway',
  },
  apollo: {
    security: NO_SECURITY,
    limits: 'none',
    credential: SIGNS_CREDENTIAL,
    engine: '@apollo/gateway defaults (JavaScript planner and executor)',
  },
  hive: {
    security: NO_SECURITY,
    limits: 'none',
    credential: SIGNS_CREDENTIAL,
    engine: 'Hive Gateway defaults (JavaScript stitching runtime)',
  },
  'hive-rust-planner': {
    security: NO_SECURITY,
    limits: 'none',
    credential: SIGNS_CREDENTIAL,
    engine: "Hive Router's Rust query planner (native addon), Hive Gateway's JavaScript executor",
  },
  grafbase: {
    security: 'none: the bearer token is not read at all; no authorization, no audit',
    limits: 'none (defaults of `grafbase dev`)',
    credential: 'forwards the credential the benchmark client signed (the client pays the signature)',
    engine: 'Grafbase: composes the SDLs itself, plans and executes in Rust on every core',
  },
};
