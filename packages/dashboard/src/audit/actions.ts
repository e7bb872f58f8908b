import type { AuditEntryItemFragment } from '@guildhall/client';
import type { Translate } from '../apiErrors';

export type AuditEntry = AuditEntryItemFragment;

/** The actions the server records, grouped by what they act on. */
export const AUDIT_ACTIONS = [
  'organization.create',
  'organization.update',
  'organization.archive',
  'organization.restore',
  'organization.delete',
  'organization.jointEnterprises',
  'rules.update',
  'person.create',
  'person.update',
  'person.archive',
  'person.restore',
  'person.delete',
  'person.import',
  'person.importFile',
  'person.export',
  'case.open',
  'case.recordTalk',
  'case.advance',
  'case.assignContacts',
  'case.assignIntroducers',
  'case.recordAssessment',
  'case.recordPoliticalReview',
  'case.recordTraining',
  'case.approveAdmission',
  'case.extendProbation',
  'case.cancel',
  'case.withdraw',
  'notice.create',
  'notice.update',
  'notice.publish',
  'notice.delete',
  'calendar.set',
  'calendar.clear',
  'report.record',
  'report.file',
  'report.startVerification',
  'report.conclude',
  'report.close',
  'training.program.create',
  'training.program.update',
  'training.class.create',
  'training.class.update',
  'training.class.publish',
  'training.class.cancel',
  'training.rosterExport',
  'training.signInSheetExport',
  'enrollment.enroll',
  'enrollment.waitlist',
  'enrollment.cancel',
  'enrollment.promote',
  'enrollment.confirm',
  'enrollment.absent',
  'enrollment.checkIn',
  'enrollment.complete',
  'enrollment.revokeCertificate',
  'exemplar.create',
  'exemplar.update',
  'exemplar.photo',
  'exemplar.submit',
  'exemplar.approve',
  'exemplar.return',
  'exemplar.publish',
  'exemplar.withdraw',
  'meeting.plan',
  'meeting.update',
  'meeting.record',
  'meeting.cancel',
  'meeting.requirement',
  'rectification.open',
  'rectification.start',
  'rectification.submit',
  'rectification.accept',
  'rectification.reject',
  'rectification.close',
  'venue.create',
  'venue.inspect',
  'venue.checklist',
  'venue.photo',
  'venue.photoRemove',
  'letter.sign',
  'assessment.record',
  'assessment.update',
  'assessment.weights',
  'oversight.annualReport',
  'user.create',
  'user.update',
  'user.resetPassword',
  'user.unlock',
  'auth.signIn',
  'auth.signInFailed',
  'auth.signOut',
  'auth.passwordChanged',
  'auth.passwordChangeFailed',
  'apiToken.create',
  'apiToken.revoke',
  'access.denied',
] as const;

export const RECORD_TYPES = ['Organization', 'Person', 'User', 'ApiToken', 'DevelopmentCase', 'PublicNotice', 'Report', 'CalendarDay', 'TrainingProgram', 'TrainingClass', 'Enrollment', 'Exemplar', 'Meeting', 'RectificationCase', 'Venue', 'VenueChecklist', 'MeetingRequirement', 'ResponsibilityLetter', 'Assessment', 'AssessmentWeight', 'OrganizationRules', 'AnnualReport'] as const;

/** Where a record of each type is shown, and whose field labels name its changes. */
export const RECORD_RESOURCES: Record<string, string> = {
  Organization: 'organizations',
  Person: 'people',
  User: 'users',
  ApiToken: 'account',
  DevelopmentCase: 'developmentCases',
  PublicNotice: 'publicNotices',
  Report: 'reports',
  CalendarDay: 'calendarDays',
  TrainingProgram: 'trainingPrograms',
  TrainingClass: 'trainingClasses',
  Enrollment: 'enrollments',
  Exemplar: 'exemplars',
  Meeting: 'meetings',
  RectificationCase: 'rectificationCases',
};

// Message keys are paths, so `organization.update` finds guildhall.auditActions.organization.update.
export const actionChoices = AUDIT_ACTIONS.map((action) => ({ id: action, name: `guildhall.auditActions.${action}` }));
export const recordTypeChoices = RECORD_TYPES.map((type) => ({ id: type, name: `guildhall.recordTypes.${type}` }));

/** Failures and denials stand out in the list. */
export function isWarning(action: string): boolean {
  return action === 'auth.signInFailed' || action === 'auth.passwordChangeFailed' || action === 'access.denied';
}

/** A changed field's name: as the record's own page names it, else as the audit trail does. */
export function fieldLabel(translate: Translate, resource: string | undefined, field: string): string {
  const general = translate(`resources.auditEntries.fields.${field}`, { _: field });
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: general }) : general;
}

export type Change = { field: string; before: unknown; after: unknown };

/** The server records changes as `{ field: [before, after] }`; anything else is shown as the new value. */
export function changeRows(changes: Record<string, unknown> | null | undefined): Change[] {
  if (!changes) return [];
  return Object.entries(changes).map(([field, value]) =>
    Array.isArray(value) && value.length === 2 ? { field, before: value[0], after: value[1] } : { field, before: undefined, after: value },
  );
}
