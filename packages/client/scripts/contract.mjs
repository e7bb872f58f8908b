// Generates src/generated/contract.ts from the server's contract.json (written beside
// schema.graphql when the server is built): the permissions, which role holds which, and where
// each kind of organization may be placed, as typed constants the dashboard imports instead of
// copying them. `node scripts/contract.mjs --check` fails when the committed file is not current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(pkg, '../server/contract.json');
const target = path.join(pkg, 'src/generated/contract.ts');

export function renderContract(contract) {
  const list = (values) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
  const record = (entries, valueType) =>
    `{\n${Object.entries(entries)
      .map(([key, values]) => `  ${key}: ${list(values)}${valueType}`)
      .join(',\n')},\n}`;
  const { permissions, rolePermissions, rolesSeeingAll, organizationKinds, maxLengths, storyChars, filterKeys, errorStatuses, phonePattern, noticeCaseStages, uploadLimits, referenceKinds } = contract;
  const nested = (entries) =>
    `{\n${Object.entries(entries)
      .map(([key, limits]) => `  ${key}: { ${Object.entries(limits).map(([field, max]) => `${/^\w+$/.test(field) ? field : `'${field}'`}: ${max}`).join(', ')} }`)
      .join(',\n')},\n}`;
  return `// Generated from packages/server/contract.json by scripts/contract.mjs at build: do not edit.
import type { CaseStage, NoticeStage, OrganizationKind, UserRole } from './graphql';

/** Every permission the server grants (\`me.permissions\` holds the signed-in account's). */
export const PERMISSIONS = ${list(permissions)} as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Which permissions each role holds. */
export const ROLE_PERMISSIONS: Readonly<Record<UserRole, readonly Permission[]>> = ${record(rolePermissions, '')};

/** Roles whose scope is everything, not their organization's subtree. */
export const ROLES_SEEING_ALL: readonly UserRole[] = ${list(rolesSeeingAll)};

/** Which kinds may sit directly under which, along the line of leadership. */
export const ALLOWED_PARENT_KINDS: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = ${record(organizationKinds.allowedParents, '')};

/** Kinds that may have a host (the chamber or enterprise they are formed in). */
export const HOSTED_KINDS: readonly OrganizationKind[] = ${list(organizationKinds.hosted)};

/** Kinds that may host an organization. */
export const HOST_KINDS: readonly OrganizationKind[] = ${list(organizationKinds.hosts)};

/** Kinds whose subtree can hold member enterprises. */
export const ENTERPRISE_HOLDING_KINDS: readonly OrganizationKind[] = ${list(organizationKinds.enterpriseHolding)};

/** The longest text (in characters) each mutation's arguments take, by mutation and argument. */
export const MAX_LENGTHS = ${nested(maxLengths)} as const;

/** The characters an exemplar's story may hold once its tags are dropped (the HTML may be longer). */
export const STORY_CHARS = ${storyChars};

/** The largest upload each REST endpoint takes (bytes), and a dossier material's most pages. */
export const UPLOAD_LIMITS = { photoBytes: ${uploadLimits.photoBytes}, materialBytes: ${uploadLimits.materialBytes}, materialPages: ${uploadLimits.materialPages} } as const;

/** The filter fields of each list query. */
export const FILTER_KEYS = ${record(filterKeys, '')} as const;

/** A person's phone as the server checks it, once spaces, hyphens and brackets are removed (mobile prefixes, landlines with their area code). */
export const PHONE_PATTERN = new RegExp(${JSON.stringify(phonePattern)});

/** Each error code (\`extensions.code\`) the API answers with, and the HTTP status it stands for. */
export const ERROR_STATUS = {
${Object.entries(errorStatuses).map(([code, status]) => `  ${code}: ${status},`).join('\n')}
} as const;

/** The case stage a notice of each kind written by hand is posted for (an exemplar's notice opens with its approval and covers no case). */
export const NOTICE_CASE_STAGE: Readonly<Record<Exclude<NoticeStage, 'EXEMPLAR'>, CaseStage>> = {
${Object.entries(noticeCaseStages).map(([stage, caseStage]) => `  ${stage}: '${caseStage}',`).join('\n')}
};

/** The kinds of rows a refused delete (CONFLICT, reason \`referenced\`) may name in \`extensions.references\`, by what was to be deleted. */
export const REFERENCE_KINDS = ${record(referenceKinds, ' as const')};
export type ReferenceKind = (typeof REFERENCE_KINDS)[keyof typeof REFERENCE_KINDS][number];

/** Error codes the Guildhall API answers with. */
export type ApiErrorCode = keyof typeof ERROR_STATUS;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = renderContract(JSON.parse(fs.readFileSync(source, 'utf8')));
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(target, 'utf8') !== fresh) {
      console.error(`${path.relative(process.cwd(), target)} is not current with the server's contract.json: run \`npm run build -w @guildhall/client\``);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(target, fresh);
  }
}
