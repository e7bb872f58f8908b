import { UserRole } from '../accounts/user.entity';

export const PERMISSIONS = [
  'organization:read',
  'organization:write',
  'organization:archive',
  'organization:setStatus',
  'user:manage',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do; where it may do it is the scope (access/scope.ts). */
export const ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  [UserRole.ADMIN]: PERMISSIONS,
  [UserRole.ASSESSOR]: ['organization:read', 'audit:read'],
  [UserRole.COORDINATOR]: ['organization:read', 'organization:write', 'organization:archive', 'audit:read'],
  [UserRole.STAFF]: ['organization:read', 'organization:write'],
  [UserRole.TRAINEE]: [],
};

/** Roles that see every organization; the others see their own organization's subtree. */
export const ROLES_SEEING_ALL: readonly UserRole[] = [UserRole.ADMIN, UserRole.ASSESSOR];
