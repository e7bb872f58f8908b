import type {
  CreateReminderWebhookMutationVariables,
  DeliveryStatus,
  MyRemindersQuery,
  ReminderDeliveriesQuery,
  ReminderRuleItemFragment,
  ReminderWebhookItemFragment,
  UpdateReminderRuleMutationVariables,
  UpdateReminderWebhookMutationVariables,
} from '@guildhall/client';
import { toHttpError } from '../apiErrors';
import type { PageParams, PageResult } from './oversight';
import type { ProviderContext } from './resource';

export type ReminderRow = MyRemindersQuery['page']['items'][number];
export type ReminderRuleRow = ReminderRuleItemFragment;
export type ReminderWebhookRow = ReminderWebhookItemFragment;
export type ReminderDeliveryRow = ReminderDeliveriesQuery['page']['items'][number];

/** The signed-in user's reminders (docs/api.md, "Reminders"), and the rules administrators set. */
export interface ReminderMethods {
  /** A page of your reminders, newest first, and how many are unread. */
  myReminders(params: PageParams & { unreadOnly: boolean }): Promise<PageResult<ReminderRow> & { unread: number }>;
  unreadReminders(): Promise<number>;
  /** Marks reminders of yours read; answers how many are left unread. */
  markRemindersRead(params: { ids: string[] }): Promise<{ marked: number; unread: number }>;
  reminderRules(): Promise<{ data: ReminderRuleRow[] }>;
  updateReminderRule(params: UpdateReminderRuleMutationVariables): Promise<{ data: ReminderRuleRow }>;
  /** Whether e-mail is configured on the server, and the hour digests go out. */
  reminderChannels(): Promise<{ emailConfigured: boolean; digestHour: number }>;
  reminderWebhooks(): Promise<{ data: ReminderWebhookRow[] }>;
  createReminderWebhook(params: CreateReminderWebhookMutationVariables): Promise<{ data: ReminderWebhookRow }>;
  updateReminderWebhook(params: UpdateReminderWebhookMutationVariables): Promise<{ data: ReminderWebhookRow }>;
  deleteReminderWebhook(params: { id: string; version: number }): Promise<void>;
  /** A page of the daily digests sent and being sent, newest first. */
  reminderDeliveries(params: PageParams & { status: DeliveryStatus | null }): Promise<PageResult<ReminderDeliveryRow>>;
}

export function reminderMethods({ client, translate, call }: ProviderContext): ReminderMethods {
  /** Calls about the signed-in user's own inbox, which belongs to no resource. */
  async function mine<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toHttpError(error, translate, { resource: 'reminders', formFields: [] });
    }
  }
  return {
    myReminders: ({ unreadOnly, page, perPage }) =>
      mine(async () => {
        const { page: found, unread } = await client.reminders.mine({ unreadOnly, page, perPage });
        return { data: found.items, total: found.total, unread };
      }),
    unreadReminders: () => mine(async () => (await client.reminders.unreadCount()).unread),
    markRemindersRead: ({ ids }) => mine(async () => (await client.reminders.markRead(ids)).item),
    // The rules are oversight settings: their problems are worded as the other settings'.
    reminderRules: () => call('meetings', async () => ({ data: (await client.reminders.rules()).items })),
    updateReminderRule: (params) => call('meetings', async () => ({ data: (await client.reminders.updateRule(params)).item }), ['enabled', 'offsetDays', 'repeatDays', 'recipients', 'channels']),
    reminderChannels: () => call('meetings', async () => (await client.reminders.channels()).channels),
    reminderWebhooks: () => call('meetings', async () => ({ data: (await client.reminders.webhooks()).items })),
    createReminderWebhook: (params) => call('meetings', async () => ({ data: (await client.reminders.createWebhook(params)).item }), ['organizationId', 'kind', 'name', 'url', 'secret']),
    updateReminderWebhook: (params) => call('meetings', async () => ({ data: (await client.reminders.updateWebhook(params)).item }), ['name', 'url', 'secret', 'enabled']),
    deleteReminderWebhook: ({ id, version }) => call('meetings', async () => void (await client.reminders.deleteWebhook(id, version))),
    reminderDeliveries: ({ status, page, perPage }) =>
      call('meetings', async () => {
        const found = (await client.reminders.deliveries({ status, page, perPage })).page;
        return { data: found.items, total: found.total };
      }),
  };
}
