import { useCanAccess } from 'react-admin';

/** The permissions the server grants a role (`me.permissions`). */
export type Permission =
  | 'organization:read'
  | 'organization:write'
  | 'organization:archive'
  | 'organization:setStatus'
  | 'person:read'
  | 'person:write'
  | 'person:archive'
  | 'person:readNationalId'
  | 'user:manage'
  | 'audit:read';

/**
 * Which permission each page and button needs, by resource and action. Anything not listed
 * is refused: a new page stays hidden until it is given a rule here.
 */
const RULES: Record<string, Record<string, Permission>> = {
  organizations: {
    list: 'organization:read',
    show: 'organization:read',
    create: 'organization:write',
    edit: 'organization:write',
    archive: 'organization:archive',
    restore: 'organization:archive',
    delete: 'organization:archive',
    setStatus: 'organization:setStatus',
  },
  people: {
    list: 'person:read',
    show: 'person:read',
    create: 'person:write',
    edit: 'person:write',
    archive: 'person:archive',
    restore: 'person:archive',
    delete: 'person:archive',
    // Whole national ids; without it the server masks them and does not search by them.
    readNationalId: 'person:readNationalId',
  },
  users: {
    list: 'user:manage',
    show: 'user:manage',
    create: 'user:manage',
    edit: 'user:manage',
    resetPassword: 'user:manage',
    unlock: 'user:manage',
  },
  auditEntries: {
    list: 'audit:read',
    show: 'audit:read',
  },
};

export function canAccessWith(permissions: readonly string[], resource: string, action: string): boolean {
  const needed = RULES[resource]?.[action];
  return needed !== undefined && permissions.includes(needed);
}

/**
 * Query options that hold a page's request back until the user is known to be allowed it.
 * react-admin sends the request once the check is done, whatever its answer, on its way to the
 * "access denied" page; the server would refuse it and put a denial on the audit trail.
 */
export function useQueryWhenAllowed(resource: string, action: string): { enabled: boolean } {
  const { canAccess } = useCanAccess({ resource, action });
  return { enabled: canAccess === true };
}
