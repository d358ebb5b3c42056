import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { BodyTooLargeError, readRequestBody } from './readRequestBody';
import { HttpRefusal } from './httpRefusal';
import { sendGraphQLError } from './sendJson';

/** Options for serving an Apollo Server over Node's own HTTP server. */
export interface GraphQLHttpOptions<Context extends BaseContext> {
  /** Builds the per-request context, before the body is read; throw an HttpRefusal to refuse the request. */
  context: (request: IncomingMessage) => Promise<Context>;
  /**
   * Looks at the parsed body with the context before Apollo Server sees it, and may replace it (a trusted
   * document's id with its text, say); throw an HttpRefusal to refuse the request.
   */
  beforeExecute?: (body: unknown, context: Context) => unknown;
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function parseBody(text: string, headers: HeaderMap): unknown {
  if (!(headers.get('content-type') ?? '').includes('application/json')) return text;
  if (text.length === 0) return undefined;
  return JSON.parse(text) as unknown;
}

/**
 * Serves an Apollo Server through `executeHTTPGraphQLRequest`, the integration point Apollo documents for
 * frameworks of one's own: the body is read with a size limit, JSON is parsed here, and Apollo does the rest
 * (CSRF prevention, GET handling, status codes). No answer may be kept by a browser or a proxy (Cache-Control:
 * no-store): most carry personal data, and none is marked cacheable.
 */
export function graphqlHttpHandler<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: GraphQLHttpOptions<Context>,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    response.setHeader('cache-control', 'no-store');
    const headers = toHeaderMap(request);
    let body: unknown;
    let context: Context;
    try {
      context = await options.context(request);
      body = parseBody(await readRequestBody(request, options.maxBodyBytes), headers);
      if (options.beforeExecute) body = options.beforeExecute(body, context);
    } catch (error) {
      if (error instanceof HttpRefusal) {
        for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
        return sendGraphQLError(response, error.status, error.code, error.message);
      }
      if (error instanceof BodyTooLargeError) {
        return sendGraphQLError(response, 413, 'PAYLOAD_TOO_LARGE', error.message);
      }
      if (error instanceof SyntaxError) {
        return sendGraphQLError(response, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
      }
      throw error;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (request.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body,
      },
      context: () => Promise.resolve(context),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
