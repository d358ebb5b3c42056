/**
 * What the header editor starts with: the gateway wants a bearer token and, for personal data, the purpose of the
 * look-up. Headers are never persisted (a token in localStorage would outlive the session), so every new tab and
 * every reload starts from this template.
 */
export const REQUEST_HEADERS_TEMPLATE = JSON.stringify(
  {
    authorization: 'Bearer <paste a token: npm run -s token -- --agency analyst>',
    'x-access-purpose': 'Analysis of aggregate figures',
  },
  null,
  2,
);
