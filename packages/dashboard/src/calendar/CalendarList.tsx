import AddIcon from '@mui/icons-material/Add';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  DataTable,
  DeleteButton,
  Form,
  List,
  Pagination,
  SaveButton,
  SelectInput,
  TextInput,
  TopToolbar,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { DateInput } from '../dates/DateInput';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider } from '../dataProvider';

interface CalendarDay {
  id: string;
  date: string;
  kind: 'WORKDAY' | 'HOLIDAY';
  note: string | null;
}

const kindChoices = [
  { id: 'WORKDAY', name: 'guildhall.calendarDayKinds.WORKDAY' },
  { id: 'HOLIDAY', name: 'guildhall.calendarDayKinds.HOLIDAY' },
];

/** The years of the State Council's schedule the server knows. */
const Coverage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { enabled } = useQueryWhenAllowed('calendarDays', 'list');
  const { data } = useQuery({ queryKey: ['calendarDays', 'years'], queryFn: () => dataProvider.calendarYears(), enabled });
  if (!data) return null;
  return (
    <Alert severity="info" sx={{ mt: 2 }} data-testid="calendar-coverage">
      {translate('resources.calendarDays.coverage', { from: data.data.from, to: data.data.to })}
    </Alert>
  );
};

const AddDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setRefusal(null);
    try {
      await dataProvider.create('calendarDays', { data: values });
      notify('resources.calendarDays.notifications.set', { type: 'success' });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      setRefusal(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <Form onSubmit={submit} defaultValues={{ kind: 'HOLIDAY' }} noValidate>
        <DialogTitle>{translate('resources.calendarDays.dialogTitle')}</DialogTitle>
        <DialogContent>
          {refusal ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {refusal}
            </Alert>
          ) : null}
          <DateInput source="date" validate={required()} fullWidth />
          <SelectInput source="kind" choices={kindChoices} validate={required()} fullWidth />
          <TextInput source="note" validate={maxLength(100)} fullWidth />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const ListActions = () => {
  const [open, setOpen] = useState(false);
  return (
    <TopToolbar>
      <Button label="resources.calendarDays.actions.add" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open ? <AddDialog open={open} onClose={() => setOpen(false)} /> : null}
    </TopToolbar>
  );
};

const KindField = () => {
  const record = useRecordContext<CalendarDay>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(`guildhall.calendarDayKinds.${record.kind}`)}</span>;
};

const ClearButton = () => {
  const record = useRecordContext<CalendarDay>();
  if (!record) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      redirect={false}
      confirmTitle="resources.calendarDays.confirm.clearTitle"
      confirmContent="resources.calendarDays.confirm.clearContent"
      translateOptions={{ date: record.date }}
      successMessage="resources.calendarDays.notifications.cleared"
    />
  );
};

/** A day on a phone, under its date: what kind of day it is and the note. */
const PhoneFacts = () => {
  const record = useRecordContext<CalendarDay>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{[translate(`guildhall.calendarDayKinds.${record.kind}`), record.note].filter(Boolean).join(' · ')}</>;
};

const EmptyResult = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.calendarDays.empty')}
    </Typography>
  );
};

/** 节假日设置: local overrides of the official schedule, for administrators. */
export const CalendarList = () => (
  <>
    <Coverage />
    <List
      queryOptions={useQueryWhenAllowed('calendarDays', 'list')}
      actions={<ListActions />}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
      empty={false}
    >
      <ResponsiveList<CalendarDay>
        primaryText={(record) => record.date}
        tertiaryText={<ClearButton />}
        secondaryText={<PhoneFacts />}
        rowClick={false}
        empty={<EmptyResult />}
      >
      <DataTable<CalendarDay> rowClick={false} bulkActionButtons={false} empty={<EmptyResult />}>
        <DataTable.Col source="date" sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="kind" field={KindField} disableSort />
        <DataTable.Col source="note" disableSort />
        <DataTable.Col label={false} align="right">
          <ClearButton />
        </DataTable.Col>
      </DataTable>
    </ResponsiveList>
    </List>
  </>
);
