import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  GATEWAY_CREDENTIAL_HEADER,
  signSubgraphCredential,
  type SubgraphCredentialKey,
} from '@lib/auth/subgraphCredential';
import type { CircuitBreakerPolicy } from 'cockatiel';
import { lightFetch, LightTimeoutError } from '@lib/http/lightFetch';
import { DISCLOSED_EXTENSION, IDENTIFIED_EXTENSION } from '@lib/subgraph/disclosure';
import { REQUEST_ID_HEADER, type GatewayContext } from './gatewayContext';
import { headerRecord } from './headerRecord';
import {
  classifyFailure,
  isConnectionFailure,
  subgraphUnavailable,
  type SubgraphFailureKind,
} from './subgraphFailure';

/** Options for reaching one subgraph. */
export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** The largest answer read, in bytes; a larger one fails as RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** The subgraph's circuit breaker: every fetch goes through it. */
  circuit: CircuitBreakerPolicy;
  /** The key the gateway signs its credential to the subgraph with. */
  credentialKey: SubgraphCredentialKey;
  /** Told of every fetch: how long it took and how it failed, if it did (for metrics). */
  onFetch?: (subgraph: string, seconds: number, failure: SubgraphFailureKind | null) => void;
}

/** The JSON body of a subgraph's answer: a GraphQL response, or something else the caller is not shown. */
type SubgraphBody = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A failed call whose answer was not a GraphQL response (an HTTP error status): classified as BAD_RESPONSE, as
 * @apollo/gateway's own data source marks it (extensions.response).
 */
function badResponse(status: number, statusText: string, body: string): GraphQLError {
  return new GraphQLError(`${status}: ${statusText}`, {
    extensions: { response: { status, statusText, body: body.slice(0, 1000) } },
  });
}

/**
 * The gateway's connection to one subgraph, and the one seam for what concerns a subgraph call (buildService's
 * data source, @apollo/gateway's documented extension point): every fetch carries the gateway's signed word for
 * who the caller is and the request's id, notes for the audit record which system was asked and whose records it
 * returned (and which identifiers it holds for them), is abandoned after the subgraph's timeout (or the whole request's deadline) or past the largest answer
 * allowed, and goes through the subgraph's circuit breaker, which answers at once while the system is down. A failure to reach the subgraph, or an answer that is
 * not GraphQL, becomes an error that names the system and the kind of failure, without its internal address.
 *
 * It implements GraphQLDataSource itself rather than extending RemoteGraphQLDataSource: that class builds
 * node-fetch Headers and Request objects for every fetch (a good part of a fetch's CPU) for features this gateway
 * does not use (automatic persisted queries to subgraphs, cache-control hints), and its send is private.
 * Requests go over Node's own http client with keep-alive connections (lightFetch).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphDataSourceOptions) {}

  /**
   * Sends the fetch; a read that could not connect is sent once more (it never reached the subgraph), a
   * mutation never is. A failure becomes an error at the path of the fields this subgraph was asked for.
   */
  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphBody> {
    const started = performance.now();
    const { name, onFetch } = this.options;
    const isRead = !/^\s*mutation\b/.test(options.request.query ?? '');
    // Only an incoming operation's fetches carry the request's context; health checks carry none.
    const context: Partial<GatewayContext> = 'context' in options ? options.context : {};
    try {
      const body = await this.options.circuit.execute(() =>
        this.withOneRetry(() => this.send(options.request, context), isRead),
      );
      onFetch?.(name, (performance.now() - started) / 1000, null);
      context.audit?.noteDisclosed(body.extensions?.[DISCLOSED_EXTENSION]);
      context.audit?.noteIdentified(body.extensions?.[IDENTIFIED_EXTENSION]);
      return body;
    } catch (error) {
      const kind = classifyFailure(error);
      onFetch?.(name, (performance.now() - started) / 1000, kind);
      const path = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
      throw subgraphUnavailable(
        name,
        kind,
        (path ?? []).filter((element) => element !== '@'),
      );
    }
  }

  private async withOneRetry(send: () => Promise<SubgraphBody>, isRead: boolean): Promise<SubgraphBody> {
    try {
      return await send();
    } catch (error) {
      if (!isRead || !isConnectionFailure(error)) throw error;
      return send();
    }
  }

  private async send(
    request: GraphQLDataSourceProcessOptions<GatewayContext>['request'],
    context: Partial<GatewayContext>,
  ): Promise<SubgraphBody> {
    const { http, ...operation } = request;
    // Headers the executor asks for (none unless tracing is on), then the gateway's own.
    const headers: Record<string, string> = {
      ...(http?.headers ? headerRecord(http.headers) : {}),
      'content-type': 'application/json',
    };
    // Fetches the gateway makes for itself (health checks) carry no request context and no caller.
    if (context.requestId !== undefined && context.audit !== undefined) {
      headers[GATEWAY_CREDENTIAL_HEADER] = await signSubgraphCredential(
        context.caller ?? null,
        this.options.credentialKey,
      );
      headers[REQUEST_ID_HEADER] = context.requestId;
      context.audit.noteSubgraphAsked(this.options.name);
    }
    // The subgraph's own timeout, or what is left of the whole request's time if that is less.
    const leftMs = context.deadlineAt === undefined ? Infinity : context.deadlineAt - Date.now();
    if (leftMs <= 0) throw new LightTimeoutError(0);
    const responding = lightFetch(this.options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(operation),
      timeoutMs: Math.min(this.options.timeoutMs, leftMs),
      maxResponseBytes: this.options.maxResponseBytes,
    });
    // The request is on its way: the request's opening audit record may be written now (auditing/openingRecord.ts).
    context.audit?.noteFetchSent();
    const response = await responding;
    const text = await response.text();
    if (!response.ok) {
      const refusal = response.status === 400 ? refusalOfInput(text) : null;
      if (refusal) return refusal;
      throw badResponse(response.status, response.statusText, text);
    }
    const body = JSON.parse(text) as SubgraphBody | null;
    if (typeof body !== 'object' || body === null) {
      throw new Error(`Expected JSON response body, but received: ${text.slice(0, 100)}`);
    }
    return body;
  }
}

/**
 * A 400 from a subgraph that is a GraphQL answer refusing the caller's input, as Apollo Server sends when a
 * variable cannot be read (a malformed Money or Date, which the gateway passes through without knowing the
 * scalar): its errors go to the caller as a 200's would, BAD_USER_INPUT, instead of failing the fetch as if the
 * subgraph were down. Any other 400 is a failed call.
 */
function refusalOfInput(text: string): SubgraphBody | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
  const { errors } = body;
  const refusesInput =
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every(
      (error: { extensions?: { code?: unknown } } | null) => error?.extensions?.code === 'BAD_USER_INPUT',
    );
  return refusesInput ? (body as SubgraphBody) : null;
}
