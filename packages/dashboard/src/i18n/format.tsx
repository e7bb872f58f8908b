import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';

/**
 * Dates and lists as the dashboard shows them, one shape in both languages (docs/architecture.md,
 * "Dates and lists"): a day is `2026-12-07`, a moment `2026-12-07 23:14` in China time (the
 * service's calendar, whatever the browser's time zone); lists join with "、" in Chinese and ", "
 * in English.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function pieces(value: string | Date): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
}

/** `2026-12-07`: the day, in China time for a moment; a `YYYY-MM-DD` day as it is. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DAY.test(value)) return value;
  const p = pieces(value);
  return p ? `${p.year}-${p.month}-${p.day}` : String(value);
}

/** `2026-12-07 23:14` (with `:25` seconds when asked), in China time; a `YYYY-MM-DD` day as it is. */
export function formatDateTime(value: string | Date | null | undefined, { seconds = false }: { seconds?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DAY.test(value)) return value;
  const p = pieces(value);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}` : String(value);
}

/** The separator of a list in the language: "、" in Chinese, ", " in English. */
export function listSeparator(locale: string | undefined): string {
  return locale === 'en' ? ', ' : '、';
}

export function joinList(items: readonly string[], locale: string | undefined): string {
  return items.join(listSeparator(locale));
}

/** The interface language's list join, for components. */
export function useJoinList(): (items: readonly string[]) => string {
  const [locale] = useLocaleState();
  return (items) => joinList(items, locale);
}

/** A date or moment as text in the shared shape, the full moment with seconds on hover. */
export const DateText = ({ value, showTime = false }: { value: string | Date | null | undefined; showTime?: boolean }) => {
  if (value === null || value === undefined || value === '') return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }} title={showTime ? formatDateTime(value, { seconds: true }) : undefined} data-date>
      {showTime ? formatDateTime(value) : formatDate(value)}
    </Typography>
  );
};

/** react-admin's DateField in the shared shape: a field of the record, the day or the moment. */
export const DateField = ({ source, showTime = false }: { source: string; showTime?: boolean; label?: string | false; sortable?: boolean }) => {
  const record = useRecordContext<Record<string, unknown>>();
  const value = record?.[source];
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  return <DateText value={value} showTime={showTime} />;
};
