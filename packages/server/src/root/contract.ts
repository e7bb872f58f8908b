import path from 'node:path';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES_SEEING_ALL } from '../access/permissions';
import { ALLOWED_PARENT_KINDS, ENTERPRISE_HOLDING_KINDS, HOST_KINDS, HOSTED_KINDS } from '../organizations';

/**
 * What a client needs to know of the server's rules beyond the schema's types: the permissions
 * and which role holds which, and where each kind of organization may be placed. Written to
 * `packages/server/contract.json` beside `schema.graphql` at build, and generated from there into
 * `@guildhall/client` (`src/generated/contract.ts`), so the dashboard reads the server's rules
 * instead of keeping copies of them (docs/architecture.md).
 */
export function apiContract() {
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
  };
}

export const CONTRACT_FILE = path.resolve(__dirname, '../../contract.json');
