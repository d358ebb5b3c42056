import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import { print, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Caller } from '@lib/auth/caller';
import {
  readAuthorizationRequirements,
  type AuthorizationRequirements,
} from '@lib/authorization/authorizationRequirements';
import { authorizeOperation, type AuthorizedOperation } from './authorizeOperation';
import { deniedFieldErrors, nullDeniedFields } from './deniedFieldErrors';

type LoadOptions = Parameters<ApolloGateway['load']>[0];
type LoadResult = Awaited<ReturnType<ApolloGateway['load']>>;
type Executor = NonNullable<LoadResult['executor']>;
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;

/** Options of the authorizing gateway. */
export interface AuthorizingGatewayOptions {
  /** The requirements of the supergraph first loaded; replaced by those of each new one. */
  requirements: AuthorizationRequirements;
  /** Reject a whole operation that asks for anything the caller may not see, instead of nulling those fields. */
  rejectUnauthorized: boolean;
  /** Finds the caller in a request's context (null when anonymous). */
  callerOf: (context: unknown) => Caller | null;
  /** Told which fields were denied, for the audit log. */
  onDenied?: (context: unknown, coordinates: string[]) => void;
  /** Told whether each decision came from the cache (for metrics). */
  onDecision?: (cached: boolean) => void;
}

/** Operations and callers repeat; deciding once per operation and set of scopes keeps authorization off the hot path. */
const CACHE_LIMIT = 5000;

function scopesKey(caller: Caller | null): string {
  return caller ? [...caller.scopes].sort().join(' ') : '(anonymous)';
}

/**
 * Wraps @apollo/gateway so that authorization happens before planning: the operation that is planned and run is
 * the caller's operation less what the caller may not see; denied fields then come back as null with an
 * UNAUTHORIZED_FIELD_OR_TYPE error at their path. @apollo/gateway does not enforce the supergraph's security
 * directives itself.
 */
export class AuthorizingGateway {
  private readonly decisions = new LRUCache<string, AuthorizedOperation & { queryHash: string }>({
    max: CACHE_LIMIT,
  });
  private schema: GraphQLSchema | undefined;
  /** The requirements of the supergraph in service. */
  requirements: AuthorizationRequirements;

  constructor(
    private readonly inner: ApolloGateway,
    private readonly options: AuthorizingGatewayOptions,
  ) {
    this.requirements = options.requirements;
    // A new supergraph brings new requirements; decisions made under the old one no longer hold.
    inner.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.schema = apiSchema;
      this.requirements = readAuthorizationRequirements(coreSupergraphSdl);
      this.decisions.clear();
    });
  }

  /** Whether a supergraph is loaded and serving. */
  get loaded(): boolean {
    return this.schema !== undefined;
  }

  async load(options: LoadOptions): Promise<LoadResult> {
    const result = await this.inner.load(options);
    this.schema = result.schema;
    const executor = result.executor;
    if (!executor) return result;
    return { ...result, executor: (requestContext) => this.execute(requestContext, executor) };
  }

  onSchemaLoadOrUpdate(...args: Parameters<ApolloGateway['onSchemaLoadOrUpdate']>) {
    return this.inner.onSchemaLoadOrUpdate(...args);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  private decide(requestContext: RequestContext, caller: Caller | null) {
    const key = `${requestContext.queryHash}|${requestContext.operationName ?? ''}|${scopesKey(caller)}`;
    const cached = this.decisions.get(key);
    this.options.onDecision?.(cached !== undefined);
    if (cached) return cached;
    const schema = this.schema ?? requestContext.schema;
    const authorized = authorizeOperation(
      schema,
      this.requirements,
      caller,
      requestContext.document,
      requestContext.operationName,
    );
    const queryHash =
      authorized.document && authorized.denied.length > 0
        ? createHash('sha256').update(print(authorized.document)).digest('hex')
        : requestContext.queryHash;
    const decision = { ...authorized, queryHash };
    this.decisions.set(key, decision);
    return decision;
  }

  private async execute(requestContext: RequestContext, executor: Executor): Promise<ExecutionResult> {
    const caller = this.options.callerOf(requestContext.context);
    const decision = this.decide(requestContext, caller);
    if (decision.denied.length === 0) return executor(requestContext);
    this.options.onDenied?.(
      requestContext.context,
      decision.denied.map((field) => field.coordinate),
    );
    const errors = deniedFieldErrors(decision.denied);
    if (this.options.rejectUnauthorized) return { errors };
    const data: Record<string, unknown> = {};
    if (decision.document) {
      const result = await executor({
        ...requestContext,
        document: decision.document,
        queryHash: decision.queryHash,
      });
      if (result.data === null) return { ...result, errors: [...errors, ...(result.errors ?? [])] };
      Object.assign(data, result.data ?? {});
      errors.push(...(result.errors ?? []));
      if (result.extensions)
        return { data: this.withNulls(data, decision), errors, extensions: result.extensions };
    }
    return { data: this.withNulls(data, decision), errors };
  }

  private withNulls(data: Record<string, unknown>, decision: AuthorizedOperation): Record<string, unknown> {
    nullDeniedFields(data, decision.denied);
    return data;
  }
}
