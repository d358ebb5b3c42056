import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  GATEWAY_CREDENTIAL_HEADER,
  signSubgraphCredential,
  type SubgraphCredentialKey,
} from '@lib/auth/subgraphCredential';
import { lightFetch } from '@lib/http/lightFetch';
import { DISCLOSED_EXTENSION } from '@lib/subgraph/disclosure';
import { REQUEST_ID_HEADER, type GatewayContext } from './gatewayContext';
import { headerRecord } from './headerRecord';
import type { Fetcher } from '@apollo/utils.fetcher';
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
  /** The key the gateway signs its credential to the subgraph with. */
  credentialKey: SubgraphCredentialKey;
  /** Told of every fetch: how long it took and how it failed, if it did (for metrics). */
  onFetch?: (subgraph: string, seconds: number, failure: SubgraphFailureKind | null) => void;
}

/**
 * Fetches over Node's own http client with keep-alive connections to the subgraphs (the default fetcher of
 * @apollo/gateway does not keep them alive, and Node's built-in fetch spends more CPU on its streams than on the
 * call); every fetch is abandoned after the subgraph's timeout.
 */
function keepAliveFetcher(timeoutMs: number): Fetcher {
  return ((url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) =>
    lightFetch(url, {
      method: init?.method,
      headers: init?.headers,
      body: init?.body,
      timeoutMs,
    })) as unknown as Fetcher;
}

/**
 * The gateway's connection to one subgraph. A failure to reach it, or an answer that is not GraphQL, becomes an
 * error that names the system and the kind of failure, without the subgraph's internal address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraphName: string;
  private readonly credentialKey: SubgraphCredentialKey;
  private readonly onFetch: SubgraphDataSourceOptions['onFetch'];

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: keepAliveFetcher(options.timeoutMs) });
    this.subgraphName = options.name;
    this.credentialKey = options.credentialKey;
    this.onFetch = options.onFetch;
    // RemoteGraphQLDataSource's sendRequest (private in its typings, so replaced here) builds a node-fetch Request
    // for every fetch only to hand it to didEncounterError, which this class leaves as it is (it rethrows): that
    // Request cost a good part of a fetch's CPU (docs/PERFORMANCE.md). The replacement does the rest as @apollo/gateway 2.14 does,
    // reading the headers without node-fetch's iterator (see headerRecord).
    Object.assign(this, { sendRequest: this.sendWithoutRequestObject.bind(this) });
  }

  private async sendWithoutRequestObject(
    request: GraphQLDataSourceProcessOptions<GatewayContext>['request'],
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    if (!request.http) throw new Error("Internal error: Only 'http' requests are supported.");
    const { http, ...requestWithoutHttp } = request;
    const response = await this.fetcher(http.url, {
      method: http.method,
      headers: headerRecord(http.headers),
      body: JSON.stringify(requestWithoutHttp),
    });
    if (!response.ok) {
      const refusal = response.status === 400 ? await this.refusalOfInput(response) : null;
      if (refusal) return { ...refusal, http: response };
      throw await this.errorFromResponse(response);
    }
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null) {
      throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    }
    return { ...body, http: response };
  }

  /**
   * A 400 from a subgraph that is a GraphQL answer refusing the caller's input, as Apollo Server sends when a
   * variable cannot be read (a malformed Money or Date, which the gateway passes through without knowing the
   * scalar): its errors go to the caller as a 200's would, BAD_USER_INPUT, instead of failing the fetch as if the
   * subgraph were down. Any other 400 is a failed call.
   */
  private async refusalOfInput(response: Awaited<ReturnType<Fetcher>>): Promise<object | null> {
    const body: unknown = await this.parseBody(response.clone()).catch(() => null);
    if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
    const { errors } = body;
    const refusesInput =
      Array.isArray(errors) &&
      errors.length > 0 &&
      errors.every(
        (error: { extensions?: { code?: unknown } } | null) => error?.extensions?.code === 'BAD_USER_INPUT',
      );
    return refusesInput ? body : null;
  }

  /**
   * Sends the fetch; a read that could not connect is sent once more (it never reached the subgraph), a
   * mutation never is. A failure becomes an error at the path of the fields this subgraph was asked for.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = performance.now();
    const isRead = !/^\s*mutation\b/.test(options.request.query ?? '');
    try {
      const response = await this.withOneRetry(options, isRead);
      this.onFetch?.(this.subgraphName, (performance.now() - started) / 1000, null);
      return response;
    } catch (error) {
      const kind = classifyFailure(error);
      this.onFetch?.(this.subgraphName, (performance.now() - started) / 1000, kind);
      const path = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
      throw subgraphUnavailable(
        this.subgraphName,
        kind,
        (path ?? []).filter((element) => element !== '@'),
      );
    }
  }

  private async withOneRetry(options: GraphQLDataSourceProcessOptions<GatewayContext>, isRead: boolean) {
    try {
      return await super.process(options);
    } catch (error) {
      if (!isRead || !isConnectionFailure(error)) throw error;
      return super.process(options);
    }
  }

  /** Every fetch carries the gateway's signed word for who the caller is, and the request's id. */
  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Fetches the gateway makes for itself (health checks) carry no request context.
    const context = options.context as Partial<GatewayContext>;
    if (context.requestId === undefined || context.audit === undefined) return;
    const credential = await signSubgraphCredential(context.caller ?? null, this.credentialKey);
    options.request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, credential);
    options.request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    context.audit.subgraphs.add(this.subgraphName);
  }

  /** Gathers, for the audit log, the offenders whose records the subgraph says it returned. */
  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const disclosed: unknown = response.extensions?.[DISCLOSED_EXTENSION];
    const audit = (context as Partial<GatewayContext>).audit;
    if (audit && Array.isArray(disclosed)) {
      for (const identifier of disclosed) if (typeof identifier === 'string') audit.offenders.add(identifier);
    }
    return response;
  }
}
