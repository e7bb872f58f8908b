import { UserRole } from '../../access/roles';
import { DIALECTS } from '../../test/databases';
import { startTestServer, type TestServer } from '../../test/server';

// GraphQL over HTTP, as Apollo Client and react-admin read it (docs/api.md, "Errors"): a
// well-formed request is answered 200 whatever its errors, so the client reads them from the body;
// a request refused before it runs (unparsable, invalid) is a 4xx, never a 5xx. Both media types.

const MEDIA = ['application/json', 'application/graphql-response+json'];

describe.each(DIALECTS)('HTTP statuses of GraphQL answers on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.stop());

  const ask = async (body: unknown, accept: string) => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
    return { status: res.status, type: res.headers.get('content-type') ?? '', json: (await res.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
  };

  it.each(MEDIA)('answers errors raised while a request runs with 200 and the errors in the body (%s)', async (accept) => {
    const { token } = await server.userFor(UserRole.ADMIN, 0, `statuses-admin-${accept.length}`);
    const as = (query: string, variables?: Record<string, unknown>, auth = true) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept, ...(auth ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) }).then(async (res) => ({
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        json: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] },
      }));
    const cases: [string, Awaited<ReturnType<typeof as>>][] = [
      ['BAD_USER_INPUT', await as('mutation { createOrganization(kind: CHAMBER, name: "   ") { id } }')],
      ['BAD_USER_INPUT', await as('{ allOrganizations(sortField: "nope") { id } }')],
      ['NOT_FOUND', await as('{ Organization(id: "999999") { id } }')],
      ['UNAUTHENTICATED', await as('{ allOrganizations { id } }', undefined, false)],
    ];
    for (const [code, answer] of cases) {
      expect({ code, status: answer.status, type: answer.type.split(';')[0], got: answer.json.errors?.[0]?.extensions?.code }).toEqual({ code, status: 200, type: accept, got: code });
    }
    // The form's field problems arrive with it, as react-admin shows them.
    expect(cases[0][1].json.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'name' })]));
  });

  it('answers a persisted query PERSISTED_QUERY_NOT_SUPPORTED, on which Apollo Client sends the query without its hash', async () => {
    const hash = { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } };
    for (const body of [{ extensions: hash }, { query: '{ __typename }', extensions: hash }]) {
      const answer = await ask(body, 'application/json');
      expect({ status: answer.status, code: answer.json.errors?.[0]?.extensions?.code }).toEqual({ status: 200, code: 'PERSISTED_QUERY_NOT_SUPPORTED' });
    }
    expect((await ask({ query: '{ __typename }' }, 'application/json')).json).toEqual({ data: { __typename: 'Query' } });
  });

  it.each(MEDIA)('refuses a request that cannot run with a 4xx, never a 5xx (%s)', async (accept) => {
    for (const body of [{ query: '{ allOrganizations { id }' }, { query: '{ noSuchField }' }, { query: 'query($n: Int!) { allOrganizations(perPage: $n) { id } }', variables: { n: 'many' } }]) {
      const answer = await ask(body, accept);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.json.errors?.length).toBeGreaterThan(0);
    }
  });
});
