import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, useCanAccess, useTranslate, type SearchInputProps } from 'react-admin';
import { DateInput } from '../dates/DateInput';
import { actionChoices, recordTypeChoices } from './actions';

const AuditSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('resources.auditEntries.fields.q')} sx={{ width: 300 }} />;
};

/** The audit list's filters; the actor is picked from the user list, so only where the user may see it. */
export function useAuditFilters() {
  const { canAccess: canListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  return [
    <AuditSearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="action" source="action" choices={actionChoices} alwaysOn sx={{ minWidth: 200 }} />,
    <SelectInput key="recordType" source="recordType" choices={recordTypeChoices} />,
    ...(canListUsers
      ? [
          <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
            <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <DateInput key="at_gte" source="at_gte" alwaysOn />,
    <DateInput key="at_lte" source="at_lte" alwaysOn />,
  ];
}
