import type { Attributes, AttributeValue } from '@opentelemetry/api';

/**
 * The span attributes that may leave the process: what the request was (method, route, status, sizes), which
 * system and statement kind served it, and how. Everything else is dropped by default, because the instrumented
 * libraries record more than a trace needs and some of it is personal: a caller's address and user agent, a URL's
 * query (`/audit/consultations?pncId=…`), a GraphQL document with identifiers written into it, variables, an
 * error's message (which may quote the identifier it refused). A new attribute is exported only once it is listed.
 */
const KEPT = new Set([
  // HTTP, old and current semantic conventions: never the client's address or user agent.
  'http.method',
  'http.request.method',
  'http.status_code',
  'http.response.status_code',
  'http.flavor',
  'network.protocol.version',
  'http.scheme',
  'url.scheme',
  'http.route',
  'net.host.name',
  'net.host.port',
  'net.peer.name',
  'net.peer.port',
  'server.address',
  'server.port',
  'http.request_content_length_uncompressed',
  'http.response_content_length_uncompressed',
  'http.request.body.size',
  'http.response.body.size',
  'error.type',
  // Databases: the parameterised statement (values are bound parameters, never in the text), never the user or
  // connection string.
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'db.operation',
  'db.operation.name',
  'db.statement',
  'db.query.text',
  'db.postgresql.idle.timeout.millis',
  'db.postgresql.max.client',
  // GraphQL: the kind of operation and its name, never its document or variables.
  'graphql.operation.type',
  'graphql.operation.name',
  // @apollo/gateway's fetch span names the subgraph.
  'service',
  // This project's own spans.
  'store.engine',
  'audit.records',
  'audit.outcome',
]);

/** URL attributes, kept without their query string. */
const URL_KEYS = new Set(['http.target', 'http.url', 'url.full', 'url.path']);

function withoutQuery(value: AttributeValue | undefined): AttributeValue | undefined {
  return typeof value === 'string' ? value.split('?')[0] : undefined;
}

/** The attributes of `attributes` that may be exported, URLs cut at their query. */
export function exportableAttributes(attributes: Attributes): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (KEPT.has(key)) kept[key] = value;
    else if (URL_KEYS.has(key)) kept[key] = withoutQuery(value);
  }
  return kept;
}
