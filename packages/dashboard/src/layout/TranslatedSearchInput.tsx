import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/** react-admin's search box with a placeholder given as a message key. */
export const TranslatedSearchInput = ({ placeholder, ...props }: SearchInputProps & { placeholder: string }) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate(placeholder)} sx={{ width: 260 }} />;
};
