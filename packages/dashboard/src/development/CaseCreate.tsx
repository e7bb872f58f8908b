import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { DateInput } from '../dates/DateInput';
import { PARTY_KINDS } from '../organizations/kinds';
import { todayInChina } from './development';

// Only non-members and those who left may apply; the server checks it too (alreadyInPipeline).
const applicantFilter = { membershipStatus_in: ['NON_MEMBER', 'LEFT'] };
const byName = (q: string) => ({ q });

/** Opens a case: the person, the party organization developing them, the day of the application. */
export const CaseCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 640 }}>
      <ReferenceInput source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }} filter={applicantFilter}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={byName}
          noOptionsText="resources.people.empty"
          validate={required()}
          helperText="resources.developmentCases.helpers.person"
          fullWidth
        />
      </ReferenceInput>
      <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} filter={{ kind_in: PARTY_KINDS }}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={byName}
          noOptionsText="resources.organizations.empty"
          validate={required()}
          helperText="resources.developmentCases.helpers.organization"
          fullWidth
        />
      </ReferenceInput>
      <DateInput source="appliedOn" validate={required()} defaultValue={todayInChina()} helperText="resources.developmentCases.helpers.appliedOn" />
      <TextInput source="note" multiline minRows={2} validate={maxLength(500)} fullWidth />
    </SimpleForm>
  </Create>
);
