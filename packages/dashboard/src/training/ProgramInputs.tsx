import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import { PARTY_KINDS } from '../organizations/kinds';
import { todayInChina } from '../development/development';
import { PROGRAM_MAX_LENGTHS } from './training';

/** Organizers of training: the department, coordination groups, chambers and party organizations. */
export const ORGANIZER_KINDS = ['AGENCY', 'COORDINATION_GROUP', 'CHAMBER', ...PARTY_KINDS];
const byName = (q: string) => ({ q });

export const ProgramInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <TextInput source="title" validate={[required(), maxLength(PROGRAM_MAX_LENGTHS.title)]} fullWidth />
    <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} step={1} defaultValue={Number(todayInChina().slice(0, 4))} />
    <ReferenceInput source="organizerId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} filter={{ kind_in: ORGANIZER_KINDS }}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={byName}
        noOptionsText="resources.organizations.empty"
        validate={required()}
        helperText="resources.trainingPrograms.helpers.organizerId"
        disabled={edit}
        fullWidth
      />
    </ReferenceInput>
    <TextInput source="description" multiline minRows={3} validate={maxLength(PROGRAM_MAX_LENGTHS.description)} fullWidth />
  </>
);
