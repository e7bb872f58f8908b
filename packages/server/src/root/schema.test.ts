import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getNamedType, isInputObjectType, isNonNullType, isObjectType, type GraphQLInputObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { SCHEMA_FILE, createSchema } from './schema';

describe('the committed schema.graphql', () => {
  it('is what the resolvers emit, so API changes show up in review', async () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-schema-')), 'schema.graphql');
    await createSchema({ emitTo: fresh });
    expect(fs.readFileSync(fresh, 'utf8')).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });
});

describe('plain fields', () => {
  it('are read as properties: only root fields and @FieldResolver methods have resolvers', async () => {
    // TypeGraphQL gives every other field a resolver that runs the (empty) middleware chain unless
    // the type says `simpleResolvers: true`; on a list page that is a call per field per row.
    const schema = await createSchema();
    const storage = getMetadataStorage();
    const resolved = new Set(storage.fieldResolvers.map((r) => `${storage.objectTypes.find((t) => t.target === r.getObjectType?.())?.name}.${r.schemaName}`));
    const roots = new Set([schema.getQueryType(), schema.getMutationType()].map((t) => t?.name));
    const unexpected: string[] = [];
    let plain = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (field.resolve && !resolved.has(name)) unexpected.push(name);
        if (!field.resolve) plain += 1;
      }
    }
    expect(unexpected).toEqual([]);
    expect(plain).toBeGreaterThan(300);
    expect(schema.getType('Organization')).toBeDefined();
    expect((schema.getType('Organization') as GraphQLObjectType).getFields().name.resolve).toBeUndefined();
    expect((schema.getType('Organization') as GraphQLObjectType).getFields().parent.resolve).toBeDefined();
  });
});

describe('the list grammar', () => {
  it('answers X(id) with a nullable X, so one record not found nulls that field alone, not every root field of the request', async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    // X(id): a root field named as the type it answers, taking an id.
    const single = Object.values(query).filter((field) => String(field.type).replace('!', '') === field.name && field.args.some((arg) => arg.name === 'id'));
    expect(single.length).toBeGreaterThanOrEqual(15);
    expect(single.filter((field) => String(field.type).endsWith('!')).map((field) => field.name)).toEqual([]);
  });
});

describe('updates accept what a read returns (docs/api.md, "Updates")', () => {
  const named = (type: unknown): GraphQLNamedType => getNamedType(type as GraphQLType);

  it('gives every list of the grammar its X(id)', async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    const lists = Object.keys(query).filter((name) => name.startsWith('all') && query[`_${name}Meta`]);
    expect(lists.length).toBeGreaterThanOrEqual(17);
    expect(lists.filter((name) => !query[named(query[name].type).name])).toEqual([]);
  });

  it('lets a record read with X(id) be sent back whole to updateX', async () => {
    const schema = await createSchema();
    const mutations = schema.getMutationType()!.getFields();
    const problems: string[] = [];
    const updates = Object.values(mutations).filter((m) => /^update[A-Z]/.test(m.name) && isObjectType(named(m.type)) && named(m.type).name === m.name.slice('update'.length));
    expect(updates.length).toBeGreaterThanOrEqual(9);
    for (const mutation of updates) {
      const type = named(mutation.type) as GraphQLObjectType;
      const fields = type.getFields();
      for (const arg of mutation.args) {
        if (arg.name === 'version' && isNonNullType(arg.type)) problems.push(`${mutation.name}(version) is required: a bulk change sends none`);
        if (arg.name === 'id' || arg.name === 'version') continue;
        // What the update takes, the record shows, so an edit of what was read reaches the server.
        const field = fields[arg.name];
        if (!field) {
          problems.push(`${mutation.name}(${arg.name}) is not a field of ${type.name}`);
          continue;
        }
        const input = named(arg.type);
        if (!isInputObjectType(input)) continue;
        // A repeated input sent back as read: every field the read gives is accepted, and each item has an id
        // (react-admin's provider drops __typename from items with ids only).
        const output = named(field.type) as GraphQLObjectType;
        const accepted = input.getFields();
        for (const name of Object.keys(output.getFields())) if (!accepted[name]) problems.push(`${mutation.name}(${arg.name}) refuses ${output.name}.${name} sent back`);
        if (!output.getFields().id) problems.push(`${output.name} has no id`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('references', () => {
  it('can be listed from the other side: each reference to a resource is a filter of its list (getManyReference)', async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    const lists = Object.keys(query).filter((name) => name.startsWith('all') && query[`_${name}Meta`]);
    const resources = new Set(lists.map((name) => getNamedType(query[name].type).name));
    const missing: string[] = [];
    for (const list of lists) {
      const type = getNamedType(query[list].type) as GraphQLObjectType;
      const filter = query[list].args.find((arg) => arg.name === 'filter');
      const keys = filter ? Object.keys((getNamedType(filter.type) as GraphQLInputObjectType).getFields()) : [];
      for (const field of Object.values(type.getFields())) {
        const sibling = type.getFields()[field.name.replace(/Id$/, '')];
        if (!field.name.endsWith('Id') || !sibling || !resources.has(getNamedType(sibling.type).name)) continue;
        if (!keys.includes(field.name)) missing.push(`${list}(filter: { ${field.name} })`);
      }
    }
    expect(missing).toEqual([]);
  });
});
