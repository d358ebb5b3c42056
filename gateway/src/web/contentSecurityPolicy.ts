/**
 * Content-Security-Policy for the pages the gateway serves: every fetch, script, style, font and worker from the
 * gateway's own origin, nothing inline, no framing. These pages show personal data, so an injected script or a
 * request to another host must fail in the browser even if a bug lets markup through.
 */
const SELF_ONLY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
];

/** The caseworker journey page: self only, nothing inline. */
export const JOURNEY_PAGE_POLICY = SELF_ONLY.join('; ');

/**
 * GraphiQL: self only as well, with the allowances its editor needs. Monaco lays out its lines with inline style
 * attributes and injects <style> elements (microsoft/monaco-editor#271), which no nonce or hash can cover, so
 * styles may be inline; scripts still may not. GraphiQL's stylesheet embeds its fonts as data: URLs, and
 * Monaco's widgets use data: images: neither is a request to another host.
 */
export const GRAPHIQL_PAGE_POLICY = [
  ...SELF_ONLY.filter((directive) => !/^(style|img|font)-src /.test(directive)),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
].join('; ');

/** Headers every web response carries, pages and assets alike. */
export const COMMON_WEB_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  // A page's URL never holds personal data, but the referrer would still name the gateway to anyone linked to.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
