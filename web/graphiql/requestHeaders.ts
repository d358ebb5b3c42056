/**
 * What the header editor starts with: the gateway wants a bearer token and, for personal data, a lawful purpose of
 * the caller's agency (the Purposes pane lists them) with a detail in the caller's words. Headers are never persisted (a token in localStorage would outlive the session), so every new tab and
 * every reload starts from this template.
 */
export const REQUEST_HEADERS_TEMPLATE = JSON.stringify(
  {
    authorization: 'Bearer <paste a token: npm run -s token -- --agency analyst>',
    'x-access-purpose': '<for personal data: a purpose from the Purposes pane>',
    'x-access-purpose-detail': '<in your words: the case, report or concern>',
  },
  null,
  2,
);
