import { Chip } from '@mui/material';
import { DataTable, List, Pagination, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { rectificationStateChoices } from './oversight';

// Filters hold strings: `open` goes to the server as a boolean (dataHandlers).
const openChoices = [
  { id: 'true', name: 'resources.rectificationCases.openChoices.open' },
  { id: 'false', name: 'resources.rectificationCases.openChoices.closed' },
];

const filters = [
  <SelectInput key="open" source="open" choices={openChoices} alwaysOn sx={{ minWidth: 140 }} />,
  <SelectInput key="state" source="state" choices={rectificationStateChoices} alwaysOn sx={{ minWidth: 140 }} />,
];

const StateField = () => {
  const record = useRecordContext<{ state: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.state === 'CLOSED' ? 'success' : record.state === 'ACCEPTANCE' ? 'warning' : 'error';
  return <Chip size="small" color={color} label={translate(`guildhall.oversight.rectificationStates.${record.state}`)} />;
};

/** 软弱涣散党组织整顿: the cases from identification to acceptance and closing. */
export const RectificationList = () => (
  <List queryOptions={useQueryWhenAllowed('rectificationCases', 'list')} filters={filters} sort={{ field: 'identifiedOn', order: 'DESC' }} perPage={25} pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />} exporter={false}>
    <ResponsiveList<{ id: string; organization?: { name: string } | null; problems?: string | null; identifiedOn: string }>
      primaryText={(record) => record.organization?.name ?? `#${record.id}`}
      tertiaryText={<StateField />}
      secondaryText={(record) => [record.identifiedOn, record.problems].filter(Boolean).join(' · ')}
      rowClick={false}
    >
    <DataTable rowClick={false} bulkActionButtons={false} sx={{ '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' }, '& td': { verticalAlign: 'top' } }}>
      <DataTable.Col source="organization.name" label="resources.rectificationCases.fields.organizationId" disableSort />
      <DataTable.Col source="state" field={StateField} />
      <DataTable.Col source="problems" disableSort />
      <DataTable.Col source="measures" disableSort />
      <DataTable.Col source="identifiedOn" />
      <DataTable.Col source="acceptedOn" disableSort />
      <DataTable.Col source="closedOn" disableSort />
    </DataTable>
  </ResponsiveList>
  </List>
);
