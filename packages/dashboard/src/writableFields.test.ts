/**
 * Every field the API lets the dashboard write reaches the server.
 *
 * For each resource's create and update, the test reads the mutation's arguments from the
 * schema the server emits (packages/server/schema.graphql), fills a record with every one of
 * them, saves it through the data provider over the real SDK, and looks at the request that
 * would go over the network: each argument must be among its variables, and each variable
 * must be declared by the request's operation (GraphQL ignores an undeclared variable, so a
 * field the operation does not declare is dropped while the dashboard reports it saved).
 * A writable field the dashboard does not edit on purpose is listed below with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { createClient, type GuildhallClient } from '@guildhall/client';
import { createDataProvider, type GuildhallDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../server/schema.graphql'), 'utf8'));
const mutationFields = schema.getMutationType()!.getFields();

/** Which mutation each resource's create and update runs. */
const RESOURCE_MUTATIONS: Record<string, { create?: string; update?: string }> = {
  organizations: { create: 'createOrganization', update: 'updateOrganization' },
  people: { create: 'createPerson', update: 'updatePerson' },
  users: { create: 'createUser', update: 'updateUser' },
  developmentCases: { create: 'openDevelopmentCase' },
  publicNotices: { create: 'createPublicNotice', update: 'updatePublicNotice' },
  calendarDays: { create: 'setCalendarDay' },
  reports: { create: 'recordReport' },
  trainingPrograms: { create: 'createTrainingProgram', update: 'updateTrainingProgram' },
  trainingClasses: { create: 'createTrainingClass', update: 'updateTrainingClass' },
  enrollments: { create: 'enroll' },
  exemplars: { create: 'createExemplar', update: 'updateExemplar' },
  meetings: { create: 'createMeeting' },
};

/**
 * Writes the dashboard makes outside resource forms, through a data provider method of their
 * own that takes the mutation's arguments: the same check applies to them.
 */
// The values are built from the schema at run time; `never` hands them to each method's own type.
const OWN_METHODS: Record<string, (dataProvider: GuildhallDataProvider, values: never) => Promise<unknown>> = {
  createApiToken: (dataProvider, values) => dataProvider.createApiToken(values),
  createVenue: (dataProvider, values) => dataProvider.createVenue(values),
  inspectVenue: (dataProvider, values) => dataProvider.inspectVenue(values),
  recordAssessment: (dataProvider, values) => dataProvider.recordAssessment(values),
  signResponsibilityLetter: (dataProvider, values) => dataProvider.signLetter(values),
  setOrganizationRules: (dataProvider, values) => dataProvider.setOrganizationRules(values),
  setAssessmentWeights: (dataProvider, values) => dataProvider.setAssessmentWeights(values),
  setMeetingRequirement: (dataProvider, values) => dataProvider.setMeetingRequirement(values),
  updateReminderRule: (dataProvider, values) => dataProvider.updateReminderRule(values),
  createMaterialKind: (dataProvider, values) => dataProvider.createMaterialKind(values),
  updateMaterialKind: (dataProvider, values) => dataProvider.updateMaterialKind(values),
  createReminderWebhook: (dataProvider, values) => dataProvider.createReminderWebhook(values),
  updateReminderWebhook: (dataProvider, values) => dataProvider.updateReminderWebhook(values),
};

/** Create and update mutations that are no resource's create or update in the dashboard, and why. */
const NOT_A_RESOURCE_FORM: Record<string, string> = {
  createApiToken: 'the account page creates a token through its own dialog (dataProvider.createApiToken, checked below)',
  createVenue: "a venue is added on its unit's venue panel (dataProvider.createVenue, checked below)",
  updateMeeting: 'a planned meeting is recorded as held or cancelled in the dashboard; changing its plan is for API clients only',
  updateAssessment: 'the dashboard records a chamber’s yearly assessment once; corrections are for API clients only',
  updateReminderRule: 'a reminder rule is a row of the oversight settings page (dataProvider.updateReminderRule, checked below)',
  createReminderWebhook: 'a group robot is added in a dialog of the oversight settings page (dataProvider.createReminderWebhook, checked below)',
  updateReminderWebhook: 'a group robot is turned on or off on the oversight settings page (dataProvider.updateReminderWebhook, checked below)',
  createMaterialKind: 'a kind of material is added in a dialog of the oversight settings page (dataProvider.createMaterialKind, checked below)',
  updateMaterialKind: 'a kind of material is a row of the oversight settings page (dataProvider.updateMaterialKind, checked below)',
};

/**
 * Writable fields (`mutation.argument`) a resource form does not send on purpose, and why.
 * Identifiers and versions of an update are the record's own and always sent.
 */
const NOT_EDITED: Record<string, string> = {};

/** A value of the argument's type that survives the forms' normalizing (non-blank text, a session with hours…). */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, sample(f.type, f.name)]));
  switch (named.name) {
    case 'Int':
      return 3;
    case 'Boolean':
      return true;
    case 'ID':
      return '42';
    default:
      return `2026-01-0${(name.length % 9) + 1}`; // text that is also a valid day
  }
}

/** The argument paths a sent value lacks: the argument itself, or a field of an input object it holds. */
function missingFrom(sent: Record<string, unknown>, fields: readonly (GraphQLArgument | GraphQLInputField)[], prefix: string): string[] {
  const missing: string[] = [];
  for (const field of fields) {
    const value = sent[field.name];
    if (value === undefined || value === null) {
      missing.push(`${prefix}.${field.name}`);
      continue;
    }
    const named = getNamedType(field.type);
    if (!isInputObjectType(named)) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || first === null) missing.push(`${prefix}.${field.name}`);
    // Fields an input takes only back from a read (an item's id) are not the form's to send (docs/api.md, "Updates").
    else missing.push(...missingFrom(first as Record<string, unknown>, Object.values(named.getFields()).filter((f) => !f.description?.startsWith('Read-only')), `${prefix}.${field.name}`));
  }
  return missing;
}

interface SentRequest {
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

function setup(): { dataProvider: GuildhallDataProvider; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fakeFetch = async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const operation = parse(body.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    sent.push({ operation, variables: body.variables ?? {} });
    // Only the request matters here; the answer is a refusal so nothing after it runs.
    return new Response(JSON.stringify({ data: null, errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = createClient('http://127.0.0.1:9/graphql', { fetch: fakeFetch as typeof fetch }) as GuildhallClient;
  i18nProvider.changeLocale('zh');
  return { dataProvider: createDataProvider(client, i18nProvider.translate), sent };
}

const IDENTITY = new Set(['id', 'version']);

function writableArgs(mutation: string): GraphQLArgument[] {
  const field = mutationFields[mutation];
  if (!field) throw new Error(`the schema has no mutation ${mutation}`);
  return field.args.filter((arg) => !IDENTITY.has(arg.name));
}

/** What a save sent: the mutation's request, checked to declare every variable it carries. */
function onlyRequest(sent: SentRequest[], mutation: string): SentRequest {
  const requests = sent.filter((r) => r.operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === mutation));
  expect(requests).toHaveLength(1);
  const [request] = requests;
  const declared = new Set(request.operation.variableDefinitions?.map((d) => d.variable.name.value) ?? []);
  const undeclared = Object.keys(request.variables).filter((name) => !declared.has(name));
  expect({ operation: request.operation.name?.value, undeclared }).toEqual({ operation: request.operation.name?.value, undeclared: [] });
  return request;
}

function expectAllSent(request: SentRequest, mutation: string) {
  const missing = missingFrom(request.variables, writableArgs(mutation), mutation).filter((name) => !(name in NOT_EDITED));
  expect({ mutation, missing }).toEqual({ mutation, missing: [] });
}

const creates = Object.entries(RESOURCE_MUTATIONS).flatMap(([resource, m]) => (m.create ? [[resource, m.create] as const] : []));
const updates = Object.entries(RESOURCE_MUTATIONS).flatMap(([resource, m]) => (m.update ? [[resource, m.update] as const] : []));

describe('every writable field of every resource reaches the server', () => {
  test('every create and update mutation of the schema is a resource form or listed with its reason', () => {
    const mapped = new Set(Object.values(RESOURCE_MUTATIONS).flatMap((m) => [m.create, m.update]));
    const writes = Object.keys(mutationFields).filter((name) => /^(create|update)[A-Z]/.test(name));
    expect(writes.length).toBeGreaterThanOrEqual(10);
    expect(writes.filter((name) => !mapped.has(name) && !(name in NOT_A_RESOURCE_FORM))).toEqual([]);
    expect(Object.keys(NOT_A_RESOURCE_FORM).filter((name) => mapped.has(name) || !mutationFields[name])).toEqual([]);
  });

  test('every field left out has a reason, and is still left out', () => {
    for (const [field, reason] of Object.entries(NOT_EDITED)) {
      expect({ field, reason: reason.length > 10 }).toEqual({ field, reason: true });
      const [mutation, arg] = field.split('.');
      expect(writableArgs(mutation).map((a) => a.name)).toContain(arg);
    }
  });

  test.each(creates)('%s: a create sends every argument of %s', async (resource, mutation) => {
    const { dataProvider, sent } = setup();
    const data = Object.fromEntries(writableArgs(mutation).map((arg) => [arg.name, sample(arg.type, arg.name)]));
    await dataProvider.create(resource, { data }).catch(() => undefined);
    expectAllSent(onlyRequest(sent, mutation), mutation);
  });

  test.each(Object.keys(OWN_METHODS))('%s: the data provider method of its own sends every argument', async (mutation) => {
    const { dataProvider, sent } = setup();
    const values = Object.fromEntries(mutationFields[mutation].args.map((arg) => [arg.name, sample(arg.type, arg.name)]));
    await OWN_METHODS[mutation](dataProvider, values as never).catch(() => undefined);
    const request = onlyRequest(sent, mutation);
    expect({ mutation, missing: missingFrom(request.variables, mutationFields[mutation].args, mutation) }).toEqual({ mutation, missing: [] });
  });

  test.each(updates)('%s: an update sends every changed argument of %s', async (resource, mutation) => {
    const { dataProvider, sent } = setup();
    const args = writableArgs(mutation);
    const data = { id: '42', version: 1, ...Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, arg.name)])) };
    const previousData = { id: '42', version: 1, ...Object.fromEntries(args.map((arg) => [arg.name, null])) };
    await dataProvider.update(resource, { id: '42', data, previousData }).catch(() => undefined);
    const request = onlyRequest(sent, mutation);
    expect({ id: request.variables.id, version: request.variables.version }).toEqual({ id: '42', version: 1 });
    expectAllSent(request, mutation);
  });
});
