import FolderZipIcon from '@mui/icons-material/FolderZip';
import { Box, Button, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  Pagination,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useTranslate,
} from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { AlertsField, DossierField, AppliedOnField, CandidateField, CaseOrganizationField, KeyDatesField, StageField } from './CaseFields';
import { PipelineChart } from './PipelineChart';
import { alertChoices, caseStageChoices, type DevelopmentCase } from './development';

const organizationSort = { field: 'name', order: 'ASC' } as const;
const byName = (q: string) => ({ q });

// Filters hold strings: `open` goes to the server as a boolean (dataHandlers).
const openChoices = [
  { id: 'true', name: 'resources.developmentCases.openChoices.open' },
  { id: 'false', name: 'resources.developmentCases.openChoices.closed' },
];

const caseFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.developmentCases.fields.q" />,
  <SelectInput key="stage" source="stage" choices={caseStageChoices} alwaysOn sx={{ minWidth: 160 }} />,
  <SelectInput key="open" source="open" choices={openChoices} alwaysOn sx={{ minWidth: 150 }} />,
  <SelectInput key="alert" source="alert" choices={alertChoices} alwaysOn sx={{ minWidth: 140 }} />,
  <ReferenceInput key="withinOrganization" source="withinOrganization" reference="organizations" sort={organizationSort}>
    <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const tableSx = {
  '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-root': { px: 1 },
  '& .MuiTableCell-root:first-of-type': { pl: 2 },
};

const EmptyResult = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.developmentCases.empty')}
    </Typography>
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const ShortOrganizationField = () => <CaseOrganizationField short />;
// The name opens the case, as the row does; the case's page links on to the person.
const CaseCandidateField = () => <CandidateField opens="case" />;

/** 导出入党材料: the selected cases' printed dossiers as one zip, for an inspection (at most 50). */
const DossierExportButton = () => {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const tooMany = selectedIds.length > 50;
  return (
    <Button
      size="small"
      startIcon={<FolderZipIcon />}
      disabled={tooMany}
      href={`/dossiers.zip?ids=${selectedIds.map((id) => encodeURIComponent(String(id))).join(',')}`}
      download
      title={tooMany ? translate('resources.developmentCases.dossier.exportTooMany') : undefined}
      data-testid="dossier-export"
    >
      {translate('resources.developmentCases.dossier.export', { count: selectedIds.length })}
    </Button>
  );
};

/** The row selection and its one action, for those who may print dossiers. */
const useDossierExport = () => {
  const { canAccess } = useCanAccess({ resource: 'developmentCases', action: 'openMaterial' });
  return canAccess ? <DossierExportButton /> : false;
};

/** 发展党员: the pipeline chart above the cases, open ones first by default. */
export const CaseList = () => {
  const bulkActions = useDossierExport();
  return (
  <Box>
    <PipelineChart />
    <List
      queryOptions={useQueryWhenAllowed('developmentCases', 'list')}
      filters={caseFilters}
      filterDefaultValues={{ open: 'true' }}
      actions={<ListActions />}
      sort={{ field: 'appliedOn', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
    >
      <ResponsiveList<DevelopmentCase>
        primaryText={(record) => record.person?.name ?? `#${record.id}`}
        tertiaryText={<StageField />}
        secondaryText={(record) => [record.organization?.shortName || record.organization?.name, record.appliedOn].filter(Boolean).join(' · ')}
        empty={<EmptyResult />}
      >
      <DataTable<DevelopmentCase> rowClick="show" bulkActionButtons={bulkActions} empty={<EmptyResult />} sx={tableSx}>
        <DataTable.Col source="personId" label="resources.developmentCases.fields.person" field={CaseCandidateField} disableSort />
        <DataTable.Col source="stage" field={StageField} />
        <DataTable.Col source="organizationId" field={ShortOrganizationField} disableSort sx={{ minWidth: 200 }} />
        <DataTable.Col source="appliedOn" field={AppliedOnField} />
        <DataTable.Col source="keyDates" field={KeyDatesField} disableSort />
        <DataTable.Col source="alerts" field={AlertsField} disableSort />
        <DataTable.Col source="dossierMissing" label="resources.developmentCases.sections.dossier" field={DossierField} disableSort />
      </DataTable>
</ResponsiveList>
    </List>
  </Box>
  );
};
