import type { Permission } from '@guildhall/client';
import { useCanAccess } from 'react-admin';

// The permission names are the server's, generated into the client (contract.ts): a page rule
// naming one the server does not grant fails to type-check.

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
    // Sheets: the download shows the list as the user sees it; an import creates people.
    export: 'person:read',
    import: 'person:write',
  },
  developmentCases: {
    list: 'case:read',
    show: 'case:read',
    // Opening a case and every later step.
    create: 'case:write',
    step: 'case:write',
    // The dossier: staff add to it; its files carry personal documents, opened and printed by those who may read national ids.
    upload: 'case:write',
    openMaterial: 'person:readNationalId',
  },
  publicNotices: {
    list: 'notice:read',
    show: 'notice:read',
    create: 'notice:write',
    edit: 'notice:write',
    delete: 'notice:write',
    publish: 'notice:publish',
  },
  reports: {
    list: 'report:read',
    show: 'report:read',
    create: 'report:record',
    // Start verifying, conclude and close.
    verify: 'report:verify',
  },
  calendarDays: {
    list: 'calendar:manage',
    create: 'calendar:manage',
    delete: 'calendar:manage',
  },
  users: {
    list: 'user:manage',
    show: 'user:manage',
    create: 'user:manage',
    edit: 'user:manage',
    resetPassword: 'user:manage',
    unlock: 'user:manage',
    // Accounts past the daily budget of refused national ids or credit codes (home page).
    probing: 'user:manage',
  },
  auditEntries: {
    list: 'audit:read',
    show: 'audit:read',
  },
  // 教育培训: those who run classes manage them (the server also checks the class is their
  // organization's); chambers send people; a trainee has only their own page (myTraining).
  trainingPrograms: {
    list: 'training:read',
    show: 'training:read',
    create: 'training:manage',
    edit: 'training:manage',
  },
  trainingClasses: {
    list: 'training:read',
    show: 'training:read',
    create: 'training:manage',
    edit: 'training:manage',
    publish: 'training:manage',
    cancel: 'training:manage',
    // The sessions' check-in codes and the downloads of the roster and the sign-in sheet.
    export: 'training:read',
  },
  enrollments: {
    list: 'training:read',
    show: 'training:read',
    // Enrolling someone, and cancelling a place.
    create: 'training:enroll',
    cancel: 'training:enroll',
    // Confirm, mark absent, mark attendance, revoke a certificate.
    manage: 'training:manage',
  },
  myTraining: {
    list: 'training:self',
  },
  // 先进典型: chambers write profiles and send them for review; reviewers approve (the notice
  // starts) or send them back; the department publishes once the notice ended, and withdraws.
  exemplars: {
    list: 'exemplar:read',
    show: 'exemplar:read',
    create: 'exemplar:write',
    edit: 'exemplar:write',
    photo: 'exemplar:write',
    submit: 'exemplar:write',
    // The review queue, approving and returning to draft.
    review: 'exemplar:review',
    approve: 'exemplar:review',
    return: 'exemplar:review',
    publish: 'exemplar:publish',
    withdraw: 'exemplar:publish',
  },
  // 党建监督: every reader sees the figures of their scope; chambers record their meetings,
  // the department signs letters, assessors score the year.
  meetings: {
    list: 'oversight:read',
    show: 'oversight:read',
    create: 'meeting:write',
    record: 'meeting:write',
  },
  rectificationCases: {
    list: 'oversight:read',
    show: 'oversight:read',
  },
  oversight: {
    home: 'oversight:read',
    regularity: 'oversight:read',
    coverage: 'oversight:read',
    venues: 'oversight:read',
    letters: 'oversight:read',
    assessments: 'oversight:read',
    signLetter: 'oversight:configure',
    settings: 'oversight:configure',
    assess: 'assessment:write',
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
