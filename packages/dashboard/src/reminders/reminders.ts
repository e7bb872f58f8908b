import type { OverdueKind, ReminderKind } from '@guildhall/client';
import type { ReminderRow } from '../dataProvider';
import { listPath, overdueLink } from '../oversight/oversight';

/** A reminder kind's name: the home page's name for an overdue kind, the inbox's own for a day in a record's life. */
export function reminderKindLabel(translate: (key: string, options?: Record<string, unknown>) => string, kind: ReminderKind): string {
  return translate(`guildhall.reminders.kinds.${kind}`, { _: translate(`guildhall.oversight.overdueKinds.${kind}`) });
}

/** The list an administrator's count of a kind opens. */
function countedList(kind: ReminderKind, today: string): string {
  switch (kind) {
    case 'NOTICE_ENDING':
      return listPath('publicNotices', { state: 'PUBLISHED' });
    case 'CLASS_STARTING':
      return listPath('trainingClasses', { status: 'PUBLISHED' });
    case 'SEAT_GIVEN':
      return listPath('enrollments', { status: 'REGISTERED' });
    default:
      return overdueLink(kind as OverdueKind, Number(today.slice(0, 4)), today);
  }
}

/**
 * Where a reminder opens: its record, or for an administrator's count the list it counts. A
 * class's reminder opens the class for whoever may read classes, and 我的培训 for a trainee.
 */
export function reminderLink(reminder: ReminderRow, today: string, canOpen: (resource: string) => boolean): string {
  switch (reminder.subjectType) {
    case 'DEVELOPMENT_CASE':
      return `/developmentCases/${reminder.subjectId}/show`;
    case 'MEETING':
      return listPath('meetings', { ids: [reminder.subjectId] });
    case 'ORGANIZATION':
      // A chamber without its letter or assessment: the year's page, where it is signed or scored;
      // a party organization's term: the organization, where its election is recorded.
      if (reminder.kind === 'LETTER_MISSING' || reminder.kind === 'ASSESSMENT_MISSING') return overdueLink(reminder.kind, Number(reminder.dueOn.slice(0, 4)), today);
      return `/organizations/${reminder.subjectId}/show`;
    case 'PUBLIC_NOTICE':
      return `/publicNotices/${reminder.subjectId}/show`;
    case 'TRAINING_CLASS':
      return canOpen('trainingClasses') ? `/trainingClasses/${reminder.subjectId}/show` : '/myTraining';
    case 'ENROLLMENT':
      return canOpen('enrollments') ? `/enrollments/${reminder.subjectId}/show` : '/myTraining';
    case 'LIST':
      return countedList(reminder.kind, today);
  }
}
