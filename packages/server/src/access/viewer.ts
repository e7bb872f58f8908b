import { ROLE_PERMISSIONS, ROLES_SEEING_ALL, type Permission } from './permissions';
import type { UserRole } from './roles';

/** What access needs of the signed-in account (accounts/user.entity.ts's `User` has it). */
export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  organizationId: number;
  personId: number | null;
}

const PERMISSION_SETS = new Map<UserRole, ReadonlySet<Permission>>();

/** A role's permissions as a set, made once per role (every signed-in request has a viewer). */
function permissionsOf(role: UserRole): ReadonlySet<Permission> {
  let set = PERMISSION_SETS.get(role);
  if (!set) PERMISSION_SETS.set(role, (set = new Set(ROLE_PERMISSIONS[role])));
  return set;
}

/**
 * Who is asking, and where they may look. Every service reads records through
 * `scope`: `null` means everything, otherwise the subtree rooted at `scope.path`.
 */
export class Viewer {
  readonly permissions: ReadonlySet<Permission>;
  readonly scope: { organizationId: number; path: string } | null;

  constructor(
    readonly user: Account,
    scopePath: string,
    readonly via: 'session' | 'token',
  ) {
    this.permissions = permissionsOf(user.role);
    this.scope = ROLES_SEEING_ALL.includes(user.role) ? null : { organizationId: user.organizationId, path: scopePath };
  }

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  /** Whether an organization with this path lies in the viewer's subtree. */
  sees(path: string): boolean {
    return this.scope === null || path.startsWith(this.scope.path);
  }
}
