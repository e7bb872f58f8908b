import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import {
  ArrayInput,
  Button,
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import { todayInChina } from '../development/development';
import { CLASS_MAX_LENGTHS } from './training';

const byName = (q: string) => ({ q });
const byTitle = (q: string) => ({ q });
const chambers = { kind: 'CHAMBER' };

const Group = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2, width: '100%' }} data-testid={testId}>
      <Typography component="legend" variant="subtitle2" color="text.secondary" sx={{ mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5, width: '100%' }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** A worded add button: an icon alone does not say what it adds. */
const AddRowButton = ({ label }: { label: string }) => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label={label} onClick={() => add()} size="small">
      <AddIcon />
    </Button>
  );
};

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' };

/**
 * A class: its program (which fixes the organizer), the enrollment window, seats, the sessions
 * (date, hours, topic) and the chambers' quotas as repeatable rows.
 */
export const ClassInputs = ({ edit = false }: { edit?: boolean }) => {
  const today = todayInChina();
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <ReferenceInput source="programId" reference="trainingPrograms" sort={{ field: 'year', order: 'DESC' }}>
        <AutocompleteInput optionText="title" filterToQuery={byTitle} validate={required()} disabled={edit} fullWidth />
      </ReferenceInput>
      <TextInput source="title" validate={[required(), maxLength(CLASS_MAX_LENGTHS.title)]} fullWidth />
      <Box sx={twoColumns}>
        <TextInput source="audience" validate={maxLength(CLASS_MAX_LENGTHS.audience)} />
        <TextInput source="venue" validate={maxLength(CLASS_MAX_LENGTHS.venue)} />
      </Box>
      <BooleanInput source="online" defaultValue={false} />
      <Group title="resources.trainingClasses.fields.enrollmentWindow">
        <Box sx={{ ...twoColumns, gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' } }}>
          <DateInput source="enrollmentOpensOn" validate={required()} defaultValue={today} helperText="resources.trainingClasses.helpers.enrollmentWindow" />
          <DateInput source="enrollmentClosesOn" validate={required()} helperText=" " />
          <NumberInput source="capacity" validate={[required(), minValue(1), maxValue(10000)]} step={1} helperText=" " />
          <NumberInput source="requiredHours" validate={[minValue(1), maxValue(1000)]} step={1} helperText="resources.trainingClasses.helpers.requiredHours" />
        </Box>
        <BooleanInput source="waitlist" defaultValue helperText="resources.trainingClasses.helpers.waitlist" />
      </Group>
      <Group title="resources.trainingClasses.fields.sessions" testId="session-rows">
        <ArrayInput source="sessions" label={false} helperText="resources.trainingClasses.helpers.sessions">
          <SimpleFormIterator inline disableReordering disableClear addButton={<AddRowButton label="resources.trainingClasses.actions.addSession" />}>
            <DateInput source="date" label="resources.trainingClasses.session.date" validate={required()} helperText={false} sx={{ width: 200, flex: 'none' }} />
            <NumberInput source="hours" label="resources.trainingClasses.session.hours" validate={[required(), minValue(1), maxValue(24)]} step={1} helperText={false} sx={{ width: 110, flex: 'none' }} />
            <TextInput source="topic" label="resources.trainingClasses.session.topic" validate={maxLength(CLASS_MAX_LENGTHS['sessions.topic'])} helperText={false} sx={{ width: 480, flex: 'none' }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
      <Group title="resources.trainingClasses.fields.quotas" testId="quota-rows">
        <ArrayInput source="quotas" label={false} helperText="resources.trainingClasses.helpers.quotas">
          <SimpleFormIterator inline disableReordering disableClear addButton={<AddRowButton label="resources.trainingClasses.actions.addQuota" />}>
            <ReferenceInput source="chamberId" reference="organizations" filter={chambers} sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput
                optionText="name"
                filterToQuery={byName}
                label="resources.trainingClasses.quota.chamberId"
                noOptionsText="resources.organizations.empty"
                validate={required()}
                helperText={false}
                sx={{ width: 360, flex: 'none' }}
              />
            </ReferenceInput>
            <NumberInput source="seats" label="resources.trainingClasses.quota.seats" validate={[required(), minValue(0), maxValue(10000)]} step={1} helperText={false} sx={{ width: 110, flex: 'none' }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Group>
    </Box>
  );
};
