import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RouteHandler } from '@lib/http/startHttpServer';
import { COMMON_WEB_HEADERS, GRAPHIQL_PAGE_POLICY, JOURNEY_PAGE_POLICY } from './contentSecurityPolicy';
import { staticFile } from './staticFile';

/** Where scripts/build-web.ts writes the pages by default. */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function notBuilt(dir: string): RouteHandler {
  return (_request, response) => {
    const text = `The web pages have not been built in ${dir}: run npm run build:web, then restart the gateway.\n`;
    response.writeHead(503, { ...COMMON_WEB_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  };
}

/**
 * The browser pages: GraphiQL at / and /graphiql, the caseworker journey page at /journey, and the files of the
 * web build under /web/. The HTTP server routes exact paths, so each built file gets a route of its own, listed
 * when the gateway starts (the configured web folder); a rebuild that adds files needs a restart.
 */
export function webRoutes(dir: string): Record<string, RouteHandler> {
  const page = (name: string, policy: string): RouteHandler => {
    const file = join(dir, name, 'index.html');
    if (!existsSync(file)) return notBuilt(dir);
    return staticFile(file, { ...COMMON_WEB_HEADERS, 'content-security-policy': policy });
  };
  const graphiql = page('graphiql', GRAPHIQL_PAGE_POLICY);
  const routes: Record<string, RouteHandler> = {
    '/': graphiql,
    '/graphiql': graphiql,
    '/journey': page('journey', JOURNEY_PAGE_POLICY),
  };
  if (!existsSync(dir)) return routes;
  for (const file of filesUnder(dir)) {
    // Pages are served at their own paths, with their policies.
    if (file.endsWith('.html')) continue;
    routes[`/web/${relative(dir, file).split(sep).join('/')}`] = staticFile(file, COMMON_WEB_HEADERS);
  }
  return routes;
}
