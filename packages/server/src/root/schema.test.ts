import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isObjectType, type GraphQLObjectType } from 'graphql';
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
