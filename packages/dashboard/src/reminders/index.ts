export { ReminderRules } from './ReminderRules';
export { RemindersPage } from './RemindersPage';
