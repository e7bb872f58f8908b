export { ReminderChannels } from './ReminderChannels';
export { ReminderRules } from './ReminderRules';
export { RemindersPage } from './RemindersPage';
