/**
 * The front door of reminders/: what the overdue lists show, sent to whoever must act, before it
 * is late (docs/api.md, "Reminders"). Uses organizations, accounts, people, development and
 * oversight through their doors.
 */
export { JobLease, Reminder, ReminderDelivery, ReminderRule, ReminderWebhook } from './reminder.entity';
export { ReminderResolver, ReminderWebhookResolver, ViewerRemindersResolver } from './reminder.resolver';
export { sealStoredCredentials, smtpMailer } from './reminder.channels';
export { ReminderScheduler, ReminderService } from './reminder.service';
