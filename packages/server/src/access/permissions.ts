import { UserRole } from './roles';

export const PERMISSIONS = [
  'organization:read',
  'organization:write',
  'organization:archive',
  'organization:setStatus',
  'user:manage',
  'audit:read',
  'person:read',
  'person:write',
  'person:archive',
  'person:readNationalId',
  'case:read',
  'case:write',
  'notice:read',
  'notice:write',
  'notice:publish',
  'report:read',
  'report:record',
  'report:verify',
  'calendar:manage',
  'training:read',
  'training:manage',
  'training:enroll',
  'training:self',
  'exemplar:read',
  'exemplar:write',
  'exemplar:review',
  'exemplar:publish',
  'oversight:read',
  'meeting:write',
  'oversight:configure',
  'rectification:write',
  'rectification:accept',
  'assessment:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do; where it may do it is the scope (access/scope.ts). */
export const ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  // Enrolling and checking in as oneself is the trainee's: an administrator acts on others' places.
  [UserRole.ADMIN]: PERMISSIONS.filter((p) => p !== 'training:self'),
  [UserRole.ASSESSOR]: ['organization:read', 'audit:read', 'person:read', 'case:read', 'notice:read', 'report:read', 'training:read', 'exemplar:read', 'exemplar:review', 'oversight:read', 'rectification:accept', 'assessment:write'],
  [UserRole.COORDINATOR]: [
    'organization:read',
    'organization:write',
    'organization:archive',
    'audit:read',
    'person:read',
    'person:write',
    'person:archive',
    'person:readNationalId',
    'case:read',
    'case:write',
    'notice:read',
    'notice:write',
    'notice:publish',
    'report:read',
    'report:record',
    'report:verify',
    'training:read',
    'training:manage',
    'training:enroll',
    'exemplar:read',
    'exemplar:write',
    'oversight:read',
    'meeting:write',
    'rectification:write',
  ],
  // Chamber staff keep records up to date but never read national ids, publish notices or judge reports.
  [UserRole.STAFF]: ['organization:read', 'organization:write', 'person:read', 'person:write', 'case:read', 'case:write', 'notice:read', 'notice:write', 'report:read', 'report:record', 'training:read', 'training:enroll', 'exemplar:read', 'exemplar:write', 'oversight:read', 'meeting:write'],
  // Trainees see the classes open to them, enroll themselves and check in.
  [UserRole.TRAINEE]: ['training:self'],
};

/** Roles that see every organization; the others see their own organization's subtree. */
export const ROLES_SEEING_ALL: readonly UserRole[] = [UserRole.ADMIN, UserRole.ASSESSOR];
