import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA_FILE, createSchema } from './schema';

describe('the committed schema.graphql', () => {
  it('is what the resolvers emit, so API changes show up in review', async () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-schema-')), 'schema.graphql');
    await createSchema({ emitTo: fresh });
    expect(fs.readFileSync(fresh, 'utf8')).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
