// The committed generated types must match what codegen makes from the committed schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '..');

test('generated types are current with packages/server/schema.graphql', () => {
  const committed = fs.readFileSync(path.join(pkg, 'src/generated/graphql.ts'), 'utf8');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-codegen-'));
  const config = path.join(out, 'codegen.cjs');
  fs.writeFileSync(
    config,
    `module.exports = ${JSON.stringify({
      schema: path.join(pkg, '../server/schema.graphql'),
      documents: path.join(pkg, 'src/operations/*.graphql'),
      generates: {
        [path.join(out, 'graphql.ts')]: {
          plugins: ['typescript-operations', 'typed-document-node'],
          config: {
            enumsAsTypes: true,
            avoidOptionals: { field: true, inputValue: false, object: true },
            scalars: { DateTimeISO: 'string', ID: 'string', JSONObject: 'Record<string, unknown>' },
            useTypeImports: true,
            documentMode: 'string',
          },
        },
      },
    })};`,
  );
  execFileSync(process.execPath, [path.join(pkg, '../../node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', config], { cwd: pkg, stdio: 'pipe' });
  const fresh = fs.readFileSync(path.join(out, 'graphql.ts'), 'utf8');
  assert.equal(fresh, committed, 'run `npm run build -w @guildhall/client` and commit src/generated/graphql.ts');
});

test('the SDK reports API errors with their code and fields', async () => {
  const { createClient, ApiError } = await import('../dist/index.js');
  const fakeFetch = async () =>
    new Response(
      JSON.stringify({ data: null, errors: [{ message: 'name: too long', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', constraint: 'plainText', message: 'too long' }] } }] }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  const client = createClient('http://127.0.0.1:9/graphql', { fetch: fakeFetch });
  await assert.rejects(client.organizations.get('1'), (error) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'BAD_USER_INPUT');
    assert.equal(error.fields[0].field, 'name');
    return true;
  });
});

test('a change that got no answer may have been made; a read that got none simply failed', async () => {
  const { createClient, ApiError } = await import('../dist/index.js');
  const brokenConnection = async () => {
    throw new TypeError('fetch failed');
  };
  const client = createClient('http://127.0.0.1:9/graphql', { fetch: brokenConnection });
  await assert.rejects(client.organizations.archive('4', 3), (error) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'SERVICE_UNAVAILABLE');
    assert.equal(error.extensions.outcome, 'unknown');
    return true;
  });
  await assert.rejects(client.organizations.get('4'), (error) => {
    assert.equal(error.code, 'SERVICE_UNAVAILABLE');
    assert.equal(error.extensions.outcome, undefined);
    return true;
  });
});

test('the generated contract is current with packages/server/contract.json', async () => {
  const { renderContract } = await import('../scripts/contract.mjs');
  const committed = fs.readFileSync(path.join(pkg, 'src/generated/contract.ts'), 'utf8');
  const fresh = renderContract(JSON.parse(fs.readFileSync(path.join(pkg, '../server/contract.json'), 'utf8')));
  assert.equal(fresh, committed, 'run `npm run build -w @guildhall/client` and commit src/generated/contract.ts');
});
