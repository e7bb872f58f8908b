// Every field the API lets a client write must reach the server. GraphQL ignores a variable
// that the operation does not declare, so an argument missing from an operation is dropped
// without an error: the caller sends it, the server never sees it, and the answer looks like
// success. Codegen (at build) refuses documents that name unknown arguments, variables or
// fields; these tests refuse the opposite: an argument of the schema that the client's
// operation leaves out. They read the schema the server emits (packages/server/schema.graphql).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, buildSchema, getNamedType, isInputObjectType, parse } from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '..');
const schemaPath = path.join(pkg, '../server/schema.graphql');
const operationsDir = path.join(pkg, 'src/operations');

/**
 * Create and update mutations the client has no operation for, each with the reason.
 * Keys are mutation names; an entry for a mutation the client does call is an error.
 */
const MUTATIONS_NOT_IN_CLIENT = {};

/**
 * Arguments a client operation leaves out on purpose, as `mutation.argument` → reason.
 * An entry for an argument the operation does pass is an error, so the list cannot go stale.
 */
const ARGUMENTS_LEFT_OUT = {};

function loadSchema() {
  return buildSchema(fs.readFileSync(schemaPath, 'utf8'));
}

/** Every call of a mutation field in the client's documents: which operation, and the arguments it passes. */
function mutationCalls() {
  const calls = [];
  for (const file of fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort()) {
    const document = parse(fs.readFileSync(path.join(operationsDir, file), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue;
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        calls.push({ file, operation: definition.name?.value ?? '(anonymous)', mutation: selection.name.value, arguments: selection.arguments });
      }
    }
  }
  return calls;
}

/**
 * The argument paths a call leaves out: an argument absent from the call, or a field of an
 * input object written inline (`{ a: $a }`, alone or in a list) that the literal leaves out.
 * An argument passed as a variable carries the whole input object, so its fields are
 * complete by construction.
 */
function leftOut(fieldArgs, passed, prefix) {
  const missing = [];
  const byName = new Map(passed.map((node) => [node.name.value, node.value]));
  for (const arg of fieldArgs) {
    const name = `${prefix}.${arg.name}`;
    const value = byName.get(arg.name);
    if (value === undefined) {
      missing.push(name);
      continue;
    }
    const type = getNamedType(arg.type);
    if (!isInputObjectType(type)) continue;
    const objects = value.kind === Kind.LIST ? value.values : [value];
    for (const object of objects) {
      if (object.kind === Kind.OBJECT) missing.push(...leftOut(Object.values(type.getFields()), object.fields, name));
    }
  }
  return missing;
}

const WRITE = /^(create|update)[A-Z]/;

test('every create and update mutation of the schema has a client operation (or a reason it has none)', () => {
  const schema = loadSchema();
  const called = new Set(mutationCalls().map((call) => call.mutation));
  const writes = Object.keys(schema.getMutationType().getFields()).filter((name) => WRITE.test(name));
  assert.ok(writes.length >= 10, `expected the schema's create and update mutations, found ${writes.join(', ')}`);
  const uncovered = writes.filter((name) => !called.has(name) && !(name in MUTATIONS_NOT_IN_CLIENT));
  assert.deepEqual(uncovered, [], 'add an operation to src/operations/*.graphql (and a method to src/index.ts), or list the mutation with its reason');
  const stale = Object.keys(MUTATIONS_NOT_IN_CLIENT).filter((name) => called.has(name) || !writes.includes(name));
  assert.deepEqual(stale, [], 'these mutations are listed as not in the client, but the client calls them or the schema no longer has them');
});

test('every mutation operation passes every argument of its mutation (and every field of an inline input)', () => {
  const schema = loadSchema();
  const fields = schema.getMutationType().getFields();
  const calls = mutationCalls();
  assert.ok(calls.length >= 50, `expected the client's mutation operations, found ${calls.length}`);
  const problems = [];
  const allowedSeen = new Set();
  for (const call of calls) {
    const field = fields[call.mutation];
    assert.ok(field, `${call.file}: ${call.operation} calls ${call.mutation}, which the schema does not have`);
    for (const missing of leftOut(field.args, call.arguments, call.mutation)) {
      if (missing in ARGUMENTS_LEFT_OUT) allowedSeen.add(missing);
      else problems.push(`${call.file}: ${call.operation} leaves out ${missing}`);
    }
  }
  assert.deepEqual(problems, [], 'declare the variable in the operation and pass it to the mutation');
  const stale = Object.keys(ARGUMENTS_LEFT_OUT).filter((name) => !allowedSeen.has(name));
  assert.deepEqual(stale, [], 'these arguments are listed as left out, but every operation passes them now');
});

test('the checks see a left-out argument and a left-out field of an inline input', () => {
  const schema = buildSchema(`
    input Score { area: String!, score: Int!, note: String }
    type Thing { id: ID! }
    type Query { thing: Thing }
    type Mutation { updateThing(id: ID!, version: Int!, termStartedOn: String, scores: [Score!]): Thing! }
  `);
  const [operation] = parse(`
    mutation UpdateThing($id: ID!, $version: Int!, $area: String!, $score: Int!) {
      updateThing(id: $id, version: $version, scores: [{ area: $area, score: $score }]) { id }
    }
  `).definitions;
  const [selection] = operation.selectionSet.selections;
  assert.deepEqual(leftOut(schema.getMutationType().getFields().updateThing.args, selection.arguments, 'updateThing'), [
    'updateThing.termStartedOn',
    'updateThing.scores.note',
  ]);
  const [inline] = parse(`mutation M($area: String!) { updateThing(id: "1", version: 1, termStartedOn: null, scores: { area: $area, score: 3 }) { id } }`).definitions;
  assert.deepEqual(leftOut(schema.getMutationType().getFields().updateThing.args, inline.selectionSet.selections[0].arguments, 'updateThing'), [
    'updateThing.scores.note',
  ]);
});

test('codegen refuses a document that passes an argument the schema does not have', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-codegen-bad-'));
  fs.writeFileSync(
    path.join(out, 'bad.graphql'),
    'mutation Bad($id: ID!, $version: Int!, $notAField: String) { item: updateOrganization(id: $id, version: $version, notAField: $notAField) { id } }\n',
  );
  const config = path.join(out, 'codegen.cjs');
  fs.writeFileSync(
    config,
    `module.exports = ${JSON.stringify({
      schema: schemaPath,
      documents: path.join(out, '*.graphql'),
      generates: { [path.join(out, 'graphql.ts')]: { plugins: ['typescript-operations', 'typed-document-node'] } },
    })};`,
  );
  assert.throws(
    () => execFileSync(process.execPath, [path.join(pkg, '../../node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', config], { cwd: pkg, stdio: 'pipe' }),
    (error) => /Unknown argument "notAField"/.test(String(error.stdout) + String(error.stderr)),
  );
});
