/**
 * The date picker itself (MUI X DatePicker on date-fns), loaded on first use: the first date
 * input on a page fetches this module (DateLocalization.tsx), so the sign-in page and 我的培训
 * never do.
 */
import { useTheme } from '@mui/material/styles';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { enUS as pickerEnglish, zhCN as pickerChinese } from '@mui/x-date-pickers/locales';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import { useState, type FocusEventHandler, type ReactNode, type Ref } from 'react';
import { DAY_FORMAT, dateOfDay, dayOfDate } from './days';

export { AdapterDateFns };

/**
 * The date-fns locale of each interface language: month and weekday names and the first day of
 * the week in the calendar (Monday in both). The field's own shape is DAY_FORMAT whatever the
 * locale, so English is `2026-12-07` too, not `12/07/2026`.
 */
export const adapterLocales: Record<string, typeof zhCN> = { zh: zhCN, en: enGB };

/** The picker's own words (the calendar's buttons, the field's placeholders) per language. */
export const localeTexts = {
  zh: pickerChinese.components.MuiLocalizationProvider.defaultProps.localeText,
  en: pickerEnglish.components.MuiLocalizationProvider.defaultProps.localeText,
};

export interface DayPickerProps {
  /** The day shown: `YYYY-MM-DD`, or empty. */
  value: string | null | undefined;
  /** A complete day typed or chosen (`YYYY-MM-DD`), or '' once the field is emptied. */
  onChange: (day: string) => void;
  onBlur?: FocusEventHandler;
  label?: ReactNode;
  helperText?: ReactNode;
  error?: boolean;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  name?: string;
  id?: string;
  className?: string;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  variant?: 'filled' | 'outlined' | 'standard';
  margin?: 'dense' | 'normal' | 'none';
  sx?: object;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * One day, typed as `YYYY-MM-DD` or chosen on the calendar. What is typed but is no day yet stays
 * on screen (and in the hidden input, `inputRef`); the value given back is only ever a whole day
 * or ''.
 */
export function DayPicker({ value, onChange, onBlur, label, helperText, error, required, disabled, readOnly, name, id, className, fullWidth, size, variant, margin, sx, inputRef }: DayPickerProps) {
  // The theme's defaults for text fields (react-admin's: filled, dense, small, full width), so a
  // date sits in a form like the inputs around it.
  const defaults = (useTheme().components?.MuiTextField?.defaultProps ?? {}) as Pick<DayPickerProps, 'size' | 'variant' | 'margin' | 'fullWidth'>;
  // What is typed but is no day yet, with the value it was typed over: a new value from outside
  // (the form reset, another record) drops it.
  const [draft, setDraft] = useState<{ date: Date; over: string | null | undefined } | null>(null);
  const shown = draft && draft.over === value ? draft.date : dateOfDay(value);
  return (
    <DatePicker
      value={shown}
      onChange={(date) => {
        if (date === null) {
          setDraft(null);
          onChange('');
        } else if (Number.isNaN(date.getTime())) {
          setDraft({ date, over: value });
        } else {
          setDraft(null);
          onChange(dayOfDate(date));
        }
      }}
      format={DAY_FORMAT}
      label={label}
      disabled={disabled}
      readOnly={readOnly}
      name={name}
      className={className}
      inputRef={inputRef}
      sx={sx}
      slotProps={{
        textField: {
          id,
          helperText,
          error,
          required,
          onBlur,
          fullWidth: fullWidth ?? defaults.fullWidth,
          size: size ?? defaults.size,
          variant: variant ?? defaults.variant,
          margin: margin ?? defaults.margin,
        },
      }}
    />
  );
}
