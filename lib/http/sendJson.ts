import type { ServerResponse } from 'node:http';

/** Answers with a JSON body and status; used for errors raised before GraphQL execution and for health. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Answers with a GraphQL-shaped error body, so that GraphQL clients can read it as they read other errors. */
export function sendGraphQLError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}
