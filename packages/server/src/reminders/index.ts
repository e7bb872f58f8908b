/**
 * The front door of reminders/: what the overdue lists show, sent to whoever must act, before it
 * is late (docs/api.md, "Reminders"). Uses organizations, accounts, people, development and
 * oversight through their doors.
 */
export { JobLease, Reminder, ReminderRule } from './reminder.entity';
export { ReminderResolver } from './reminder.resolver';
export { ReminderScheduler, ReminderService } from './reminder.service';
