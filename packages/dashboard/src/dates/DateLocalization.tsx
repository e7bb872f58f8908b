import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocaleState } from 'react-admin';

/** The date picker's module, once loaded. */
export type PickerModule = typeof import('./datePicker');

interface DateSupport {
  picker: PickerModule | null;
  /** Starts loading the picker (once; a failed load may be tried again). */
  load: () => void;
}

const DateSupportContext = createContext<DateSupport>({ picker: null, load: () => undefined });

let loading: Promise<PickerModule> | undefined;

function loadPicker(): Promise<PickerModule> {
  loading ??= import('./datePicker').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * The date pickers' localization for the whole app, under react-admin's context (App.tsx): the
 * date-fns locale and the picker's words follow the interface language (`useLocaleState`), the
 * shape of a day is `YYYY-MM-DD` in both.
 *
 * The picker and date-fns are not part of the app's start: the sign-in page and 我的培训 have no
 * date input. The first date input rendered asks for them (`useDayPicker`); until they arrive
 * the provider has no adapter and the inputs show their value read-only.
 */
export function DateLocalization({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const [picker, setPicker] = useState<PickerModule | null>(null);
  const load = useCallback(() => {
    loadPicker().then(setPicker, () => undefined);
  }, []);
  const support = useMemo(() => ({ picker, load }), [picker, load]);
  const language = locale === 'en' ? 'en' : 'zh';
  return (
    <DateSupportContext.Provider value={support}>
      <LocalizationProvider
        dateAdapter={picker?.AdapterDateFns}
        adapterLocale={picker?.adapterLocales[language]}
        localeText={picker?.localeTexts[language]}
      >
        {children}
      </LocalizationProvider>
    </DateSupportContext.Provider>
  );
}

/** The date picker's module, loading it on first use; null until it has arrived. */
export function useDayPicker(): PickerModule | null {
  const { picker, load } = useContext(DateSupportContext);
  useEffect(() => {
    if (!picker) load();
  }, [picker, load]);
  return picker;
}
