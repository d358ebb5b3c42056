import type { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import {
  readAuthorizationRequirements,
  type AuthorizationRequirements,
} from '@lib/authorization/authorizationRequirements';
import type { GatewayContext } from '../gatewayContext';
import type { AuthorizedOperationAnalysis } from './authorizationPlugin';
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
}

/**
 * Runs, in place of the caller's operation, the operation the authorization plugin cut down to what the caller
 * may see (authorizationPlugin.ts decides; this only acts on the decision), and answers the refused fields with
 * null and an UNAUTHORIZED_FIELD_OR_TYPE error at their path. @apollo/gateway does not enforce the supergraph's
 * security directives itself.
 *
 * Why a wrapper around ApolloGateway, against the house rule of one plugin per concern: the document that is
 * planned and executed is the gateway executor's input, and no Apollo Server hook may replace it (a plugin sees
 * the request context's document read-only). Wrapping the executor, through ApolloGateway's public load() and
 * nothing private, is the one place where the operation can be swapped before planning.
 */
export class AuthorizingGateway {
  private schema: GraphQLSchema | undefined;
  /** The requirements of the supergraph in service. */
  requirements: AuthorizationRequirements;

  constructor(
    private readonly inner: ApolloGateway,
    private readonly options: AuthorizingGatewayOptions,
  ) {
    this.requirements = options.requirements;
    inner.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.schema = apiSchema;
      this.requirements = readAuthorizationRequirements(coreSupergraphSdl);
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

  private async execute(requestContext: RequestContext, executor: Executor): Promise<ExecutionResult> {
    const decision = (requestContext.context as Partial<GatewayContext>).operation;
    // Fail closed: an operation that reached execution without a decision is not run.
    if (!decision) throw new Error('Internal error: the operation was not authorized before execution');
    if (decision.denied.length === 0) return executor(requestContext);
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

  private withNulls(
    data: Record<string, unknown>,
    decision: AuthorizedOperationAnalysis,
  ): Record<string, unknown> {
    nullDeniedFields(data, decision.denied);
    return data;
  }
}
