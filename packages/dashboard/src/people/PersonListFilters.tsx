import { AutocompleteInput, BooleanInput, ReferenceInput, SearchInput, SelectInput, useCanAccess, useTranslate, type SearchInputProps } from 'react-admin';
import { KEEPING_KINDS, educationChoices, genderChoices, membershipStatusChoices, relationChoices } from './person';

/**
 * Searches names, pinyin initials and phone numbers, and whole national ids for those who may
 * read them (the server does the matching, and ignores ids for the others).
 */
const PersonSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'people', action: 'readNationalId' });
  const placeholder = translate(canAccess ? 'resources.people.fields.q' : 'resources.people.fields.qWithoutNationalId');
  return <SearchInput {...props} placeholder={placeholder} sx={{ width: 360 }} />;
};

const organizationSort = { field: 'name', order: 'ASC' } as const;
const byName = (q: string) => ({ q });

export const personFilters = [
  <PersonSearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="membershipStatus" source="membershipStatus" choices={membershipStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="relation" source="relation" choices={relationChoices} sx={{ minWidth: 160 }} />,
  <SelectInput key="gender" source="gender" choices={genderChoices} sx={{ minWidth: 100 }} />,
  <SelectInput key="education" source="education" choices={educationChoices} sx={{ minWidth: 140 }} />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={organizationSort} filter={{ kind_in: KEEPING_KINDS }}>
    <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <ReferenceInput key="withinOrganization" source="withinOrganization" reference="organizations" sort={organizationSort}>
    <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <BooleanInput key="archived" source="archived" alwaysOn helperText={false} sx={{ mb: 1 }} />,
];
