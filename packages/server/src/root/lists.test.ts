import { loadConfig } from '../config';
import { PersonalDataCipher } from '../people/personal-data';
import { seedDemoData } from '../seed/demo';
import { DIALECTS } from '../test/databases';
import { startTestServer, type TestServer } from '../test/server';

// Every list reads through the list engine, which reads only the columns a query's fields need
// (docs/architecture.md, "Lists"). Whatever a list leaves out, each field a list answers must be
// the field the record's own query answers: checked here for every list of the grammar, every
// field of its type, one field at a time, on the demo department.

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { type: TypeRef }[];
  type: TypeRef;
}

const INTROSPECT = `{
  __schema {
    queryType { fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
    types { name kind fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
  }
}`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const listed = (type: TypeRef): boolean => type.kind === 'LIST' || (type.ofType !== null && listed(type.ofType));

describe.each(DIALECTS)('every list on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    const config = loadConfig({});
    await seedDemoData(server.db, new PersonalDataCipher(config.dataKey));
  }, 300_000);
  afterAll(() => server.stop());

  it('answers each field of each row as the record’s own query does', async () => {
    const { data } = await server.gql<{ __schema: { queryType: { fields: FieldInfo[] }; types: { name: string; kind: string; fields: FieldInfo[] | null }[] } }>(INTROSPECT);
    const queries = new Map(data!.__schema.queryType.fields.map((f) => [f.name, f]));
    const types = new Map(data!.__schema.types.map((t) => [t.name, t]));
    const lists = [...queries.keys()].filter((name) => name.startsWith('all') && queries.has(`_${name}Meta`) && queries.has(named(queries.get(name)!.type).name!));
    expect(lists.length).toBeGreaterThanOrEqual(12);

    const checked: string[] = [];
    for (const list of lists) {
      const typeName = named(queries.get(list)!.type).name!;
      const page = await server.gql<Record<string, { id: string }[]>>(`{ ${list}(perPage: 5) { id } }`);
      expect(page.errors).toBeUndefined();
      const ids = page.data![list].map((r) => r.id);
      if (ids.length === 0) continue;
      checked.push(typeName);
      for (const field of types.get(typeName)!.fields!) {
        if (field.args.some((a) => a.type.kind === 'NON_NULL')) continue;
        const inner = named(field.type);
        const below = types.get(inner.name!)!;
        const selection = below.kind === 'OBJECT' ? `${field.name} { ${below.fields!.some((f) => f.name === 'id') ? 'id' : '__typename'} }` : field.name;
        const many = await server.gql<Record<string, Record<string, unknown>[]>>(`query($ids: [ID!]) { ${list}(filter: { ids: $ids }) { id ${selection} } }`, { ids });
        expect({ list, field: field.name, errors: many.errors }).toEqual({ list, field: field.name, errors: undefined });
        for (const id of ids) {
          const one = await server.gql<Record<string, Record<string, unknown>>>(`query($id: ID!) { ${typeName}(id: $id) { id ${selection} } }`, { id });
          const fromList = many.data![list].find((r) => r.id === id);
          expect({ list, id, value: fromList?.[field.name] }).toEqual({ list, id, value: one.data![typeName][field.name] });
        }
      }
    }
    // The demo department has rows in nearly every list; a list that came back empty was not checked.
    expect(checked.length).toBeGreaterThanOrEqual(10);
  }, 300_000);

  it('answers every id an ids filter asks for without a page size, up to the page cap, and refuses more', async () => {
    const all = await server.gql<{ allOrganizations: { id: string }[] }>('{ allOrganizations(perPage: 100, filter: { kind: ENTERPRISE }) { id } }');
    const ids = all.data!.allOrganizations.map((o) => o.id);
    expect(ids).toHaveLength(100);
    // react-admin's getMany sends the ids alone: every one of them comes back, not the default page of 25.
    for (const asked of [ids.slice(0, 26), ids]) {
      const many = await server.gql<{ allOrganizations: { id: string }[] }>('query($ids: [ID!]) { allOrganizations(filter: { ids: $ids }) { id } }', { ids: asked });
      expect(many.data!.allOrganizations.map((o) => o.id).sort()).toEqual([...asked].sort());
    }
    const people = await server.gql<{ allPeople: { id: string }[] }>('{ allPeople(perPage: 40) { id } }');
    const personIds = people.data!.allPeople.map((p) => p.id);
    const somePeople = await server.gql<{ allPeople: { id: string }[] }>('query($ids: [ID!]) { allPeople(filter: { ids: $ids }) { id } }', { ids: personIds });
    expect(somePeople.data!.allPeople).toHaveLength(40);
    // A page size given still pages.
    const paged = await server.gql<{ allOrganizations: { id: string }[] }>('query($ids: [ID!]) { allOrganizations(perPage: 10, filter: { ids: $ids }) { id } }', { ids });
    expect(paged.data!.allOrganizations).toHaveLength(10);
    const tooMany = await server.gql('query($ids: [ID!]) { allOrganizations(filter: { ids: $ids }) { id } }', { ids: [...ids, ...ids.map((id) => String(Number(id) + 100000))].slice(0, 101) });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'filter.ids', constraint: 'tooMany' }] } });
    // A refusal while the request runs is answered 200, as GraphQL over HTTP asks (docs/api.md, "Errors").
    expect(tooMany.status).toBe(200);
  });

  it('sorts by an enum in its values’ declared order, the same on SQLite and MariaDB', async () => {
    const { data } = await server.gql<{ __schema: { queryType: { fields: FieldInfo[] }; types: { name: string; kind: string; fields: FieldInfo[] | null; enumValues: { name: string }[] | null }[] } }>(
      INTROSPECT.replace('types { name kind fields', 'types { name kind enumValues { name } fields'),
    );
    const queries = new Map(data!.__schema.queryType.fields.map((f) => [f.name, f]));
    const types = new Map(data!.__schema.types.map((t) => [t.name, t]));
    const sorted: string[] = [];
    for (const list of [...queries.keys()].filter((name) => name.startsWith('all') && queries.has(`_${name}Meta`))) {
      const type = types.get(named(queries.get(list)!.type).name!)!;
      for (const field of type.fields!.filter((f) => !listed(f.type) && types.get(named(f.type).name!)?.kind === 'ENUM')) {
        const order = types.get(named(field.type).name!)!.enumValues!.map((v) => v.name);
        for (const direction of ['ASC', 'DESC']) {
          const page = await server.gql<Record<string, Record<string, string>[]>>(`query($f: String, $o: String) { ${list}(sortField: $f, sortOrder: $o, perPage: 100) { ${field.name} } }`, { f: field.name, o: direction });
          if (page.errors?.[0]?.extensions?.fields) continue; // not a sort field of this list
          expect({ list, field: field.name, errors: page.errors }).toEqual({ list, field: field.name, errors: undefined });
          const ranks = page.data![list].map((row) => order.indexOf(row[field.name]));
          const expected = [...ranks].sort((a, b) => (direction === 'ASC' ? a - b : b - a));
          expect({ list, field: field.name, direction, ranks }).toEqual({ list, field: field.name, direction, ranks: expected });
          if (new Set(ranks).size > 1) sorted.push(`${list}.${field.name}`);
        }
      }
    }
    // Stages, kinds, statuses, roles…: the demo department has several values of most.
    expect(new Set(sorted).size).toBeGreaterThanOrEqual(8);
  });

  it('finds the account of a person with the users list’s personId filter', async () => {
    const people = await server.gql<{ allPeople: { id: string; organizationId: string }[] }>('{ allPeople(perPage: 3) { id organizationId } }');
    const linked: { id: string; personId: string }[] = [];
    for (const [i, person] of people.data!.allPeople.entries()) {
      const created = await server.gql<{ createUser: { id: string } }>(
        'mutation($o: ID!, $p: ID, $u: String!) { createUser(username: $u, displayName: "学员", role: TRAINEE, organizationId: $o, personId: $p, password: "trainee-password-2026") { id } }',
        { o: person.organizationId, p: person.id, u: `trainee-of-list-${i}` },
      );
      expect(created.errors).toBeUndefined();
      linked.push({ id: created.data!.createUser.id, personId: person.id });
    }
    for (const account of linked) {
      const found = await server.gql<{ allUsers: { id: string }[]; _allUsersMeta: { count: number } }>('query($p: ID) { allUsers(filter: { personId: $p }) { id } _allUsersMeta(filter: { personId: $p }) { count } }', { p: account.personId });
      expect(found.data).toEqual({ allUsers: [{ id: account.id }], _allUsersMeta: { count: 1 } });
    }
  });
});
