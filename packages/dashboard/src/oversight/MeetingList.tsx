import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import {
  AutocompleteInput,
  Create,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NumberInput,
  Pagination,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  TopToolbar,
  maxLength,
  minValue,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { DateInput, DateTextField } from '../dates/DateInput';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider } from '../dataProvider';
import { todayInChina } from '../development/development';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { PARTY_KINDS } from '../organizations/kinds';
import { meetingStatusChoices, meetingTypeChoices, percent } from './oversight';

const byName = (q: string) => ({ q });
const organizationSort = { field: 'name', order: 'ASC' } as const;

const meetingFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.meetings.fields.q" />,
  <SelectInput key="status" source="status" choices={meetingStatusChoices} alwaysOn sx={{ minWidth: 130 }} />,
  <SelectInput key="type" source="type" choices={meetingTypeChoices} alwaysOn sx={{ minWidth: 160 }} />,
  <ReferenceInput key="withinOrganization" source="withinOrganization" reference="organizations" sort={organizationSort}>
    <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={organizationSort} filter={{ kind_in: PARTY_KINDS }}>
    <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <DateInput key="plannedOn_gte" source="plannedOn_gte" />,
  <DateInput key="plannedOn_lte" source="plannedOn_lte" />,
];

interface MeetingRow {
  id: string;
  organization?: { name: string } | null;
  type: string;
  topic: string;
  status: string;
  plannedOn: string;
  heldOn?: string | null;
  expectedCount?: number | null;
  attendedCount?: number | null;
  attendanceRate?: number | null;
  version: number;
}

const StatusField = () => {
  const record = useRecordContext<MeetingRow>();
  const translate = useTranslate();
  if (!record) return null;
  const late = record.status === 'PLANNED' && record.plannedOn < todayInChina();
  const color = record.status === 'HELD' ? 'success' : record.status === 'CANCELLED' ? 'default' : late ? 'error' : 'info';
  return <Chip size="small" color={color} label={translate(late ? 'resources.meetings.notHeld' : `guildhall.oversight.meetingStatuses.${record.status}`)} />;
};

const TypeField = () => {
  const record = useRecordContext<MeetingRow>();
  const translate = useTranslate();
  return record ? <>{translate(`guildhall.oversight.meetingTypes.${record.type}`)}</> : null;
};

const AttendanceField = () => {
  const record = useRecordContext<MeetingRow>();
  if (!record || record.attendedCount == null) return null;
  return (
    <Typography variant="body2" component="span">
      {record.attendedCount}
      {record.expectedCount ? ` / ${record.expectedCount}` : ''}
      {record.attendanceRate != null ? ` (${percent(record.attendanceRate)})` : ''}
    </Typography>
  );
};

/** 记录召开 / 取消: the steps of a planned meeting, for those who record meetings. */
const MeetingSteps = () => {
  const record = useRecordContext<MeetingRow>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'record' });
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState(todayInChina());
  const [attended, setAttended] = useState('');
  const [minutes, setMinutes] = useState('');
  const held = useMutation({
    mutationFn: () => dataProvider.meetingHeld({ id: record!.id, previousData: record!, heldOn, attendedCount: Number(attended), expectedCount: record!.expectedCount ?? null, minutes }),
    onSuccess: () => {
      setOpen(false);
      notify('resources.meetings.recorded', { type: 'success' });
      refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: () => dataProvider.meetingCancel({ id: record!.id, previousData: record! }),
    onSuccess: () => refresh(),
    onError: (error) => notify((error as Error).message, { type: 'error' }),
  });
  if (!record || record.status !== 'PLANNED' || !canAccess) return null;
  const stop = (e: MouseEvent) => e.stopPropagation();
  return (
    <Stack direction="row" spacing={1} onClick={stop}>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="meeting-record">
        {translate('resources.meetings.record')}
      </Button>
      <Button size="small" color="inherit" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        {translate('resources.meetings.cancel')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('resources.meetings.record')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <DateTextField label={translate('resources.meetings.fields.heldOn')} value={heldOn} onChange={setHeldOn} size="small" />
            <TextField
              label={translate('resources.meetings.fields.attendedCount')}
              value={attended}
              onChange={(e) => setAttended(e.target.value.replace(/[^\d]/g, ''))}
              size="small"
              name="attendedCount"
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <TextField label={translate('resources.meetings.fields.minutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} size="small" multiline minRows={3} name="minutes" />
            {held.error ? <Alert severity="error">{(held.error as Error).message}</Alert> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={attended === '' || held.isPending} onClick={() => held.mutate()} data-testid="meeting-record-save">
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};

/** A meeting on a phone, under its topic: the organization, the kind, the day, and the next step. */
const MeetingFacts = () => {
  const record = useRecordContext<MeetingRow>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {[record.organization?.name, translate(`guildhall.oversight.meetingTypes.${record.type}`), record.heldOn ?? record.plannedOn].filter(Boolean).join(' · ')}
      <MeetingSteps />
    </>
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 三会一课: planned and held meetings of the party organizations in scope, latest first. */
export const MeetingList = () => (
  <List
    queryOptions={useQueryWhenAllowed('meetings', 'list')}
    filters={meetingFilters}
    actions={<ListActions />}
    sort={{ field: 'plannedOn', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <ResponsiveList<MeetingRow>
      primaryText={(record) => record.topic}
      tertiaryText={<StatusField />}
      secondaryText={<MeetingFacts />}
      rowClick={false}
    >
    <DataTable<MeetingRow> rowClick={false} bulkActionButtons={false} sx={{ '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' } }}>
      <DataTable.Col source="organization.name" label="resources.meetings.fields.organizationId" disableSort />
      <DataTable.Col source="type" field={TypeField} />
      <DataTable.Col source="topic" disableSort />
      <DataTable.Col source="plannedOn" />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="heldOn" />
      <DataTable.Col source="attendedCount" field={AttendanceField} disableSort />
      <DataTable.Col label="" field={MeetingSteps} disableSort />
    </DataTable>
  </ResponsiveList>
  </List>
);

/** 计划会议: the party organization, the kind of meeting, its topic and day. */
export const MeetingCreate = () => (
  <Create redirect="list">
    <SimpleForm sx={{ maxWidth: 640 }}>
      <ReferenceInput source="organizationId" reference="organizations" sort={organizationSort} filter={{ kind_in: PARTY_KINDS }}>
        <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="type" choices={meetingTypeChoices} validate={required()} />
      <TextInput source="topic" validate={[required(), maxLength(100)]} fullWidth />
      <DateInput source="plannedOn" validate={required()} defaultValue={todayInChina()} />
      <TextInput source="location" validate={maxLength(100)} fullWidth />
      <NumberInput source="expectedCount" min={0} step={1} validate={minValue(0)} />
    </SimpleForm>
  </Create>
);
