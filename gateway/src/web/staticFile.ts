import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { RouteHandler } from '@lib/http/startHttpServer';
import { sendGraphQLError } from '@lib/http/sendJson';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** The media type a file is served as, from its extension. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

function refuseMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  response.setHeader('allow', 'GET, HEAD');
  sendGraphQLError(response, 405, 'METHOD_NOT_ALLOWED', `${request.method ?? ''} is not allowed here`);
  return true;
}

/**
 * Serves one file of the web build with the given headers. Files are read from disk per request (a rebuild shows
 * on reload) and revalidated by an ETag of size and modification time, so a reload costs a 304, not megabytes.
 */
export function staticFile(file: string, headers: Record<string, string>): RouteHandler {
  return (request, response) => {
    if (refuseMethod(request, response)) return;
    const stats = statSync(file);
    const etag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
    const common = { ...headers, 'content-type': contentTypeOf(file), 'cache-control': 'no-cache', etag };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, common);
      response.end();
      return;
    }
    response.writeHead(200, { ...common, 'content-length': stats.size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    return new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).pipe(response).on('finish', resolve);
    });
  };
}
