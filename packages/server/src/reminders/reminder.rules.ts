import { addDays } from '../common/dates';
import { OVERDUE_NAMES } from '../oversight';
import { DeliveryChannel, ReminderKind, ReminderRecipient } from './reminder.entity';

/** The kinds sent as reminders, in the order the settings list them. */
export const REMINDED_KINDS = Object.values(ReminderKind);

/** The kinds that are days in a record's life rather than overdue lists: the day itself makes them due. */
export const EVENT_KINDS: readonly ReminderKind[] = [ReminderKind.NOTICE_ENDING, ReminderKind.CLASS_STARTING, ReminderKind.SEAT_GIVEN];

/** Each kind's name in the digests: the home page's name for an overdue kind. */
export const REMINDER_NAMES: Record<ReminderKind, string> = {
  [ReminderKind.TALK_OVERDUE]: OVERDUE_NAMES.TALK_OVERDUE,
  [ReminderKind.APPROVAL_OVERDUE]: OVERDUE_NAMES.APPROVAL_OVERDUE,
  [ReminderKind.CONVERSION_DUE]: OVERDUE_NAMES.CONVERSION_DUE,
  [ReminderKind.MEETING_NOT_HELD]: OVERDUE_NAMES.MEETING_NOT_HELD,
  [ReminderKind.LETTER_MISSING]: OVERDUE_NAMES.LETTER_MISSING,
  [ReminderKind.ASSESSMENT_MISSING]: OVERDUE_NAMES.ASSESSMENT_MISSING,
  [ReminderKind.TERM_DUE_SOON]: OVERDUE_NAMES.TERM_DUE_SOON,
  [ReminderKind.TERM_OVERDUE]: OVERDUE_NAMES.TERM_OVERDUE,
  [ReminderKind.NOTICE_ENDING]: '公示即将期满',
  [ReminderKind.CLASS_STARTING]: '培训班即将开班',
  [ReminderKind.SEAT_GIVEN]: '候补已转为正式名额',
};

/** What the due day means in a digest's line, per kind. */
export const DUE_WORDS: Record<ReminderKind, string> = {
  ...(Object.fromEntries(Object.values(ReminderKind).map((k) => [k, '应于 %s 完成'])) as Record<ReminderKind, string>),
  [ReminderKind.NOTICE_ENDING]: '%s 期满',
  [ReminderKind.CLASS_STARTING]: '%s 开班',
  [ReminderKind.SEAT_GIVEN]: '%s 开班',
};

export interface RuleSettings {
  enabled: boolean;
  offsetDays: number;
  repeatDays: number;
  recipients: ReminderRecipient[];
  /** Besides the inbox: the day's digest by e-mail, to the group robots. */
  channels: DeliveryChannel[];
}

const BOTH = [ReminderRecipient.COORDINATORS, ReminderRecipient.ADMINISTRATORS];
const TRAINEE = [ReminderRecipient.TRAINEE];
/** Every kind goes in the digests unless an administrator says otherwise. */
export const ALL_CHANNELS = [DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK];
/** A trainee's own reminders go by e-mail, not to a chamber's group robot. */
const EMAIL_ONLY = [DeliveryChannel.EMAIL];

/**
 * The rules until an administrator changes them: before the talk's month is up and the
 * approval's three months, a month before probation ends; the day after a meeting was due to be
 * held; the year's letter and assessment monthly while they are missing; a party organization's
 * term from its months of notice, and once it is overdue, monthly; the day before a notice's last
 * day; three days before a class starts, to its trainees; the day a seat is given from the
 * waiting line, to the trainee (docs/api.md, "Reminders").
 */
export const DEFAULT_RULES: Record<ReminderKind, RuleSettings> = {
  [ReminderKind.TALK_OVERDUE]: { enabled: true, offsetDays: -7, repeatDays: 7, recipients: BOTH, channels: ALL_CHANNELS },
  [ReminderKind.APPROVAL_OVERDUE]: { enabled: true, offsetDays: -14, repeatDays: 7, recipients: BOTH, channels: ALL_CHANNELS },
  [ReminderKind.CONVERSION_DUE]: { enabled: true, offsetDays: -30, repeatDays: 14, recipients: BOTH, channels: ALL_CHANNELS },
  [ReminderKind.MEETING_NOT_HELD]: { enabled: true, offsetDays: 0, repeatDays: 7, recipients: [ReminderRecipient.COORDINATORS], channels: ALL_CHANNELS },
  [ReminderKind.LETTER_MISSING]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: BOTH, channels: ALL_CHANNELS },
  [ReminderKind.ASSESSMENT_MISSING]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: [ReminderRecipient.ADMINISTRATORS], channels: ALL_CHANNELS },
  // The higher organization reminds a branch from the months of notice before its term ends (6 by default), monthly.
  [ReminderKind.TERM_DUE_SOON]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: BOTH, channels: ALL_CHANNELS },
  [ReminderKind.TERM_OVERDUE]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: BOTH, channels: ALL_CHANNELS },
  [ReminderKind.NOTICE_ENDING]: { enabled: true, offsetDays: -1, repeatDays: 0, recipients: [ReminderRecipient.COORDINATORS], channels: ALL_CHANNELS },
  [ReminderKind.CLASS_STARTING]: { enabled: true, offsetDays: -3, repeatDays: 0, recipients: TRAINEE, channels: EMAIL_ONLY },
  [ReminderKind.SEAT_GIVEN]: { enabled: true, offsetDays: 0, repeatDays: 0, recipients: TRAINEE, channels: EMAIL_ONLY },
};

/**
 * How many days back an event kind still sends what it missed: servers that were all down on
 * the day send it when they are back, within these days, and not a year of old events when a
 * rule is first switched on.
 */
export const CATCH_UP_DAYS = 3;

/** The limits an administrator's settings are held to. */
export const OFFSET_DAYS_MAX = 180;
export const REPEAT_DAYS_MAX = 365;

/** The day the overdue list is read as of: `offsetDays` before today reads what will be late by then. */
export function listedAsOf(today: string, offsetDays: number): string {
  return addDays(today, -offsetDays);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * Which reminder of a record this is on `today`: 0 on the first day it is sent (the day it joins
 * the list, moved by the offset), then one more every `repeatDays`; always 0 without repeats. The
 * reminder's unique key holds it, so each occurrence goes once.
 */
export function occurrenceOn(today: string, listedFrom: string, settings: Pick<RuleSettings, 'offsetDays' | 'repeatDays'>): number {
  if (settings.repeatDays <= 0) return 0;
  const firstSent = dayNumber(listedFrom) + settings.offsetDays;
  return Math.max(0, Math.floor((dayNumber(today) - firstSent) / settings.repeatDays));
}
