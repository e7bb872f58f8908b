import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DIALECTS, snapshotTables } from '../../test/databases';
import { startTestServer, type TestServer } from '../../test/server';
import { createSchema } from '../schema';
import { canHoldText } from './text-arguments';

const LONE = 'a\ud800b';

/** A value for every field of the type, with a lone surrogate wherever text goes; `leaves` collects those paths. */
function fill(type: GraphQLInputType, path: string, leaves: string[], seen: string[]): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [fill(nullable.ofType, `${path}.0`, leaves, seen)];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isScalarType(nullable)) {
    if (nullable.name === 'Int' || nullable.name === 'Float') return 1;
    if (nullable.name === 'Boolean') return false;
    if (nullable.name === 'DateTimeISO') return '2026-01-01T00:00:00.000Z';
    if (nullable.name === 'JSONObject') {
      leaves.push(`${path}.text`);
      return { text: LONE };
    }
    leaves.push(path);
    return LONE;
  }
  if (!isInputObjectType(nullable)) throw new Error(`unexpected input type ${String(nullable)}`);
  const value: Record<string, unknown> = {};
  for (const field of Object.values(nullable.getFields())) {
    // An input that holds itself is filled once, to its required fields beyond.
    if (seen.includes(nullable.name) && getNullableType(field.type) === field.type) continue;
    value[field.name] = fill(field.type, `${path}.${field.name}`, leaves, [...seen, nullable.name]);
  }
  return value;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown>; leaves: string[] } {
  const leaves: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) variables[arg.name] = fill(arg.type, arg.name, leaves, []);
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNullableType(field.type);
  const inner = isListType(named) ? getNullableType(named.ofType) : named;
  const selection = isScalarType(inner) || isEnumType(inner) ? '' : ' { __typename }';
  return { query: `${kind}(${declared}) { ${field.name}(${passed})${selection} }`, variables, leaves };
}

function textFields(type: GraphQLObjectType | null | undefined) {
  return Object.values(type?.getFields() ?? {}).filter((field) => field.args.some((arg) => canHoldText(arg.type)));
}

describe.each(DIALECTS)('a lone surrogate in any text argument on %s', (dialect) => {
  let t: TestServer;
  let schema: GraphQLSchema;
  let before: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    schema = await createSchema();
    before = await snapshotTables(t.dataSource);
  });
  afterAll(() => t.stop());

  it('is refused as BAD_USER_INPUT naming every field that holds one, by every mutation and query, and changes nothing', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [kind, type] of [['mutation', schema.getMutationType()], ['query', schema.getQueryType()]] as const) {
      expect(isObjectType(type)).toBe(true);
      for (const field of textFields(type)) {
        const { query, variables, leaves } = operationFor(kind, field);
        sent += 1;
        const res = await t.gql(query, variables);
        const error = res.errors?.[0];
        const named = ((error?.extensions?.fields ?? []) as { field: string; constraint: string }[]).filter((f) => f.constraint === 'unpairedSurrogate').map((f) => f.field);
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || [...leaves].sort().join() !== [...named].sort().join()) {
          failures.push(`${field.name}: ${error?.extensions?.code} ${JSON.stringify(error?.extensions?.fields ?? error?.message)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(80);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('is refused the same way from someone not signed in, before anything else is looked at', async () => {
    const res = await t.anonymous(`mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { __typename } }`, { u: '\udfff', p: 'x\ud800' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['password', 'username']);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
});
