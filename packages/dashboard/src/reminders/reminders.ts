import type { OverdueKind } from '@guildhall/client';
import type { ReminderRow } from '../dataProvider';
import { listPath, overdueLink } from '../oversight/oversight';

/** Where a reminder opens: its record, or for an administrator's count the list it counts. */
export function reminderLink(reminder: ReminderRow, today: string): string {
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
    case 'LIST':
      return overdueLink(reminder.kind as OverdueKind, Number(today.slice(0, 4)), today);
  }
}
