import { MAX_LENGTHS as SERVER_MAX_LENGTHS } from '@guildhall/client';
import type { UserListItemFragment, UserRole } from '@guildhall/client';

/** A user as the dashboard holds it. */
export type User = UserListItemFragment;

/** From the widest reach to the narrowest. */
export const ROLES: readonly UserRole[] = ['ADMIN', 'ASSESSOR', 'COORDINATOR', 'STAFF', 'TRAINEE'];

export const roleChoices = ROLES.map((role) => ({ id: role, name: `guildhall.roles.${role}` }));

/** Fields sent when an administrator creates an account (the password only here). */
export const USER_CREATE_FIELDS = ['username', 'displayName', 'role', 'organizationId', 'personId', 'email', 'password'] as const;

/** Fields an administrator may change later; the username stays. */
export const USER_UPDATE_FIELDS = ['displayName', 'role', 'organizationId', 'personId', 'disabled', 'email'] as const;

/** Text limits, as the server checks them. */
/** A username as the server takes it: lower case, 2 to 50 characters. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,49}$/;

// From the server's contract (generated into @guildhall/client): the server refuses past these.
export const USER_MAX_LENGTHS: Readonly<Record<string, number>> = { ...SERVER_MAX_LENGTHS.createUser, ...SERVER_MAX_LENGTHS.updateUser };

/** Whether sign-in is refused for now after too many failures. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now = Date.now()): boolean {
  return !!user.lockedUntil && new Date(user.lockedUntil).getTime() > now;
}

/** The shortest password the forms accept (the server has the final word). */
export const PASSWORD_MIN_LENGTH = 10;
