import path from 'node:path';
import { getNamedType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { maxCharsOf } from '../common/validation';
import { HTTP_STATUS } from '../kernel/http';
import { PHONE_PATTERN } from '../common/phone';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES_SEEING_ALL } from '../access/permissions';
import { MAX_PHOTO_BYTES, MAX_STORY_CHARS } from '../exemplars';
import { MAX_MATERIAL_BYTES, MAX_MATERIAL_PAGES, NOTICE_FOR_STAGE } from '../development';
import { ALLOWED_PARENT_KINDS, ENTERPRISE_HOLDING_KINDS, HOST_KINDS, HOSTED_KINDS, Organization } from '../organizations';
import { Person } from '../people';
import { referencesTo } from '../db/references';

/**
 * The longest text each argument of each mutation takes, by mutation and argument (from the
 * arguments classes' `IsPlainText` limits), for the mutations that limit any.
 */
function mutationMaxLengths(): Record<string, Record<string, number>> {
  const storage = getMetadataStorage();
  // A class's limits, and its input fields' as `field.property` (one level: `publicity.outlet`).
  const limitsOf = (target: Function, prefix = ''): Record<string, number> => {
    const limits = Object.fromEntries(Object.entries(maxCharsOf(target)).map(([field, max]) => [`${prefix}${field}`, max]));
    if (prefix) return limits;
    for (const field of storage.fields.filter((f) => f.target === target || target.prototype instanceof f.target)) {
      const type = field.getType();
      if (typeof type === 'function' && storage.inputTypes.some((input) => input.target === type)) Object.assign(limits, limitsOf(type, `${field.name}.`));
    }
    return limits;
  };
  const out: Record<string, Record<string, number>> = {};
  for (const mutation of storage.mutations) {
    const limits: Record<string, number> = {};
    for (const param of mutation.params ?? []) {
      if (param.kind === 'args') Object.assign(limits, limitsOf(param.getType() as Function));
    }
    if (Object.keys(limits).length) out[mutation.schemaName] = Object.fromEntries(Object.entries(limits).sort(([a], [b]) => a.localeCompare(b)));
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The filter fields each list query takes (its `filter` argument's input fields), by query. */
function listFilterKeys(schema: GraphQLSchema): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    const filter = field.args.find((arg) => arg.name === 'filter');
    const type = filter && getNamedType(filter.type);
    if (type && isInputObjectType(type) && !name.startsWith('_')) out[name] = Object.keys(type.getFields());
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * What a client needs to know of the server's rules beyond the schema's types: the permissions
 * and which role holds which, where each kind of organization may be placed, the longest text
 * each mutation's arguments take and the filter fields of each list. Written to
 * `packages/server/contract.json` beside `schema.graphql` at build, and generated from there into
 * `@guildhall/client` (`src/generated/contract.ts`), so the dashboard reads the server's rules
 * instead of keeping copies of them (docs/architecture.md).
 */
export function apiContract(schema: GraphQLSchema) {
  return {
    permissions: [...PERMISSIONS],
    rolePermissions: Object.fromEntries(Object.entries(ROLE_PERMISSIONS).map(([role, granted]) => [role, [...granted]])),
    rolesSeeingAll: [...ROLES_SEEING_ALL],
    organizationKinds: {
      allowedParents: Object.fromEntries(Object.entries(ALLOWED_PARENT_KINDS).map(([kind, parents]) => [kind, [...parents]])),
      hosted: [...HOSTED_KINDS],
      hosts: [...HOST_KINDS],
      enterpriseHolding: [...ENTERPRISE_HOLDING_KINDS],
    },
    maxLengths: mutationMaxLengths(),
    /** An exemplar's story is HTML; its text (tags dropped) may hold this many characters. */
    storyChars: MAX_STORY_CHARS,
    filterKeys: listFilterKeys(schema),
    /** A person's phone as the server checks it (common/phone.ts), spaces, hyphens and brackets removed. */
    phonePattern: PHONE_PATTERN.source,
    /** Each error code and the HTTP status it stands for (the REST routes answer with it). */
    errorStatuses: { ...HTTP_STATUS },
    /** The case stage a notice of each kind written by hand is posted for (an exemplar's notice covers no case). */
    noticeCaseStages: { ...NOTICE_FOR_STAGE },
    /** The largest upload each REST endpoint takes, and a dossier material's most pages. */
    uploadLimits: { photoBytes: MAX_PHOTO_BYTES, materialBytes: MAX_MATERIAL_BYTES, materialPages: MAX_MATERIAL_PAGES },
    /** The kinds of rows a refused delete (CONFLICT, reason `referenced`) may name in `references`. */
    referenceKinds: { organizations: kindsNaming(Organization), people: kindsNaming(Person) },
  };
}

const kindsNaming = (target: typeof Organization | typeof Person) => [...new Set(referencesTo(target).map((r) => r.what))];

export const CONTRACT_FILE = path.resolve(__dirname, '../../contract.json');
