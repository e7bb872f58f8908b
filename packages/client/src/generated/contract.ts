// Generated from packages/server/contract.json by scripts/contract.mjs at build: do not edit.
import type { OrganizationKind, UserRole } from './graphql';

/** Every permission the server grants (`me.permissions` holds the signed-in account's). */
export const PERMISSIONS = ['organization:read', 'organization:write', 'organization:archive', 'organization:setStatus', 'user:manage', 'audit:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify', 'calendar:manage', 'training:read', 'training:manage', 'training:enroll', 'training:self', 'exemplar:read', 'exemplar:write', 'exemplar:review', 'exemplar:publish', 'oversight:read', 'meeting:write', 'oversight:configure', 'rectification:write', 'rectification:accept', 'assessment:write'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Which permissions each role holds. */
export const ROLE_PERMISSIONS: Readonly<Record<UserRole, readonly Permission[]>> = {
  ADMIN: ['organization:read', 'organization:write', 'organization:archive', 'organization:setStatus', 'user:manage', 'audit:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify', 'calendar:manage', 'training:read', 'training:manage', 'training:enroll', 'exemplar:read', 'exemplar:write', 'exemplar:review', 'exemplar:publish', 'oversight:read', 'meeting:write', 'oversight:configure', 'rectification:write', 'rectification:accept', 'assessment:write'],
  ASSESSOR: ['organization:read', 'audit:read', 'person:read', 'case:read', 'notice:read', 'report:read', 'training:read', 'exemplar:read', 'exemplar:review', 'oversight:read', 'rectification:accept', 'assessment:write'],
  COORDINATOR: ['organization:read', 'organization:write', 'organization:archive', 'audit:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify', 'training:read', 'training:manage', 'training:enroll', 'exemplar:read', 'exemplar:write', 'oversight:read', 'meeting:write', 'rectification:write'],
  STAFF: ['organization:read', 'organization:write', 'person:read', 'person:write', 'case:read', 'case:write', 'notice:read', 'notice:write', 'report:read', 'report:record', 'training:read', 'training:enroll', 'exemplar:read', 'exemplar:write', 'oversight:read', 'meeting:write'],
  TRAINEE: ['training:self'],
};

/** Roles whose scope is everything, not their organization's subtree. */
export const ROLES_SEEING_ALL: readonly UserRole[] = ['ADMIN', 'ASSESSOR'];

/** Which kinds may sit directly under which, along the line of leadership. */
export const ALLOWED_PARENT_KINDS: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  AGENCY: ['AGENCY'],
  COORDINATION_GROUP: ['AGENCY'],
  CHAMBER: ['AGENCY', 'COORDINATION_GROUP'],
  ENTERPRISE: ['CHAMBER'],
  PARTY_COMMITTEE: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE'],
  GENERAL_BRANCH: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE'],
  BRANCH: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  JOINT_BRANCH: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  UNION: ['CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'],
  WOMEN_FEDERATION: ['CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'],
  YOUTH_LEAGUE: ['CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'],
};

/** Kinds that may have a host (the chamber or enterprise they are formed in). */
export const HOSTED_KINDS: readonly OrganizationKind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE'];

/** Kinds that may host an organization. */
export const HOST_KINDS: readonly OrganizationKind[] = ['CHAMBER', 'ENTERPRISE'];

/** Kinds whose subtree can hold member enterprises. */
export const ENTERPRISE_HOLDING_KINDS: readonly OrganizationKind[] = ['AGENCY', 'COORDINATION_GROUP', 'CHAMBER'];
