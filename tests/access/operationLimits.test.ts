import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

let supergraph: RunningSupergraph;
let analyst: string;
let staff: string;

beforeAll(async () => {
  supergraph = await startSupergraph((await seededDataDir()).dataDir);
  analyst = await supergraph.tokenFor('analyst');
  staff = await supergraph.tokenFor('offender-manager');
});

afterAll(() => supergraph.stop());

/** Sends an operation as it is, with a token or none, and returns the HTTP status and body. */
async function post(token: string | null, query: string) {
  const response = await fetch(supergraph.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const codesOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

function nested(depth: number): string {
  let selection = 'code';
  for (let level = 0; level < depth; level += 1)
    selection = `prisoners(first: 1) { custody { currentPrison { ${selection} } } }`;
  return `{ prison(code: "LEI") { ${selection} } }`;
}

describe('operation limits', () => {
  it('refuses an operation nested too deep', async () => {
    const response = await supergraph.queryAs(staff, nested(5));
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `c${index}: name`).join(' ');
    const response = await supergraph.queryAs(staff, `{ court(code: "C13LS00") { ${aliases} } }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses too many root fields', async () => {
    const roots = Array.from({ length: 6 }, (_, index) => `r${index}: court(code: "C13LS00") { name }`).join(
      ' ',
    );
    const response = await supergraph.queryAs(staff, `{ ${roots} }`);
    expect(response.errors?.[0]?.message).toMatch(/6 root fields; at most 5/);
  });

  it('refuses an operation with too many tokens: 400 GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await post(staff, `{ court(code: "C13LS00") { ${'name '.repeat(2100)} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/contains more tha[nt] 2000 tokens/);
    expect(codesOf(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it.each([
    ['an unfinished operation', '{ offender('],
    ['an unclosed selection', 'query { __typename'],
    ['a stray character', '{ court(code: "C13LS00") { name } } }'],
    ['no operation at all', ''],
  ])(
    'answers %s with a 400 and its code (GRAPHQL_PARSE_FAILED), signed in or not, never a 5xx',
    async (_case, query) => {
      for (const token of [staff, null]) {
        const { status, body } = await post(token, query);
        expect({ status, codes: codesOf(body) }).toEqual({
          status: 400,
          codes: [query === '' ? 'BAD_REQUEST' : 'GRAPHQL_PARSE_FAILED'],
        });
      }
    },
  );

  it('refuses an operation that would cost too much', async () => {
    const wide = Array.from(
      { length: 5 },
      (_, index) =>
        `p${index}: prisoners(first: 500) { custody { bookings { movements { type reason } sentences { termMonths } } } }`,
    ).join(' ');
    const response = await supergraph.queryAs(staff, `{ prison(code: "LEI") { ${wide} } }`);
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const response = await fetch(supergraph.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(200 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(supergraph.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('keeps CSRF protection on: a simple cross-site GET is refused', async () => {
    const response = await fetch(
      `${supergraph.gateway.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`,
      {
        headers: { authorization: `Bearer ${staff}` },
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('introspection and schema details', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('answers introspection for a caller with schema:introspect', async () => {
    const response = await supergraph.queryAs<{ __schema: { queryType: { name: string } } }>(
      analyst,
      INTROSPECTION,
    );
    expect(response.data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses introspection to callers without it, and to anonymous callers', async () => {
    expect(codesOf(await supergraph.queryAs(staff, INTROSPECTION))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(codesOf(await supergraph.query(INTROSPECTION))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const response = await supergraph.queryAs(staff, '{ court(code: "C13LS00") { nam } }');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('gives no stack traces or internal details in errors', async () => {
    const response = await supergraph.queryAs(staff, '{ court(code: "X") { name } }');
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
  });
});
