import { TextField, useForkRef } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { useDayPicker } from './DateLocalization';
import { dateOfDay } from './days';
import type { DayPickerProps } from './datePicker';

type Layout = Pick<DayPickerProps, 'fullWidth' | 'size' | 'variant' | 'margin' | 'sx' | 'className'>;

export type DateInputProps = Omit<InputProps, 'label' | 'helperText'> &
  Layout & {
    label?: string | false;
    helperText?: string | false | ReactNode;
    /** A filter's input shown whether or not it is set (react-admin's filter form reads it). */
    alwaysOn?: boolean;
  };

/** Until the picker has loaded: the value, read-only, where the picker will be. */
function Placeholder({ value, label, helperText, error, fullWidth, sx, className, id }: Pick<DayPickerProps, 'label' | 'helperText' | 'error' | 'fullWidth' | 'sx' | 'className' | 'id'> & { value: string }) {
  return (
    <TextField
      id={id}
      className={className}
      value={value}
      label={label}
      helperText={helperText}
      error={error}
      fullWidth={fullWidth}
      sx={sx}
      slotProps={{ htmlInput: { readOnly: true }, inputLabel: { shrink: true } }}
    />
  );
}

/**
 * A day in a react-admin form or filter: typed as `YYYY-MM-DD` or chosen on a calendar in the
 * interface's language (MUI X DatePicker, DateLocalization.tsx). The record keeps the day as the
 * string `YYYY-MM-DD`, the shape the API takes: never a Date, so no time zone moves it. A field
 * left half typed (or a 2026-02-30) fails validation (`guildhall.validation.localDate`) rather
 * than saving something else; validators, the server's field errors and helper texts show as on
 * any input.
 */
export function DateInput(props: DateInputProps) {
  const { label, helperText, validate, source, resource, fullWidth = true, size, variant, margin, sx, className, alwaysOn: _alwaysOn, ...rest } = props;
  // The field's hidden input holds what is typed, as typed ('2026-12-DD' while the day is
  // missing); the form's value changes only once it is a whole day. Something typed that is no
  // day is refused, not saved as the value it was typed over nor as nothing.
  const typed = useRef<HTMLInputElement>(null);
  // Set while a whole day (or nothing) just reported is not yet rendered into the hidden input:
  // the form validates on the change itself, before the input shows it.
  const reported = useRef(false);
  useEffect(() => {
    reported.current = false;
  });
  const notADay: Validator = () => {
    if (reported.current) return undefined;
    const text = typed.current?.value ?? '';
    return text !== '' && dateOfDay(text) === null ? 'guildhall.validation.localDate' : undefined;
  };
  const validators = [notADay, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, id, isRequired } = useInput({ source, resource, validate: validators, ...rest });
  const inputRef = useForkRef(field.ref, typed);
  const picker = useDayPicker();
  const { error, invalid } = fieldState;
  const title = label === false || label === '' ? null : <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />;
  const help = helperText !== false || invalid ? <InputHelperText error={error?.message} helperText={helperText} /> : null;
  const value = typeof field.value === 'string' ? field.value : '';
  if (!picker) {
    return <Placeholder id={id} value={value} label={title} helperText={help} error={invalid} fullWidth={fullWidth} sx={sx} className={className} />;
  }
  const { DayPicker } = picker;
  return (
    <DayPicker
      id={id}
      name={field.name}
      inputRef={inputRef}
      value={value}
      onChange={(day) => {
        reported.current = true;
        field.onChange(day);
      }}
      onBlur={() => field.onBlur()}
      label={title}
      helperText={help}
      error={invalid}
      required={false}
      disabled={rest.disabled}
      readOnly={rest.readOnly}
      fullWidth={fullWidth}
      size={size}
      variant={variant}
      margin={margin}
      sx={sx}
      className={['ra-input', `ra-input-${source}`, className].filter(Boolean).join(' ')}
    />
  );
}

/**
 * A day outside a react-admin form (a dialog's own state): the same picker, `value` and
 * `onChange` in `YYYY-MM-DD` ('' when emptied).
 */
export function DateTextField({ value, onChange, ...layout }: { value: string; onChange: (day: string) => void; label?: ReactNode; helperText?: ReactNode; error?: boolean; disabled?: boolean; required?: boolean } & Layout) {
  const picker = useDayPicker();
  if (!picker) return <Placeholder value={value} label={layout.label} helperText={layout.helperText} error={layout.error} fullWidth={layout.fullWidth} sx={layout.sx} className={layout.className} />;
  const { DayPicker } = picker;
  return <DayPicker value={value} onChange={onChange} {...layout} />;
}
