import RateReviewIcon from '@mui/icons-material/RateReview';
import { Chip, Typography } from '@mui/material';
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
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { CategoryField, ExemplarStateField, OwnerField, SubjectField, ThumbnailField, UpdatedAtField } from './ExemplarFields';
import { REVIEW_QUEUE_FILTER, categoryChoices, profileStateChoices, type Exemplar } from './exemplar';

const byName = (q: string) => ({ q });

const exemplarFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.exemplars.fields.q" />,
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="state" source="state" choices={profileStateChoices} alwaysOn sx={{ minWidth: 140 }} />,
  <ReferenceInput key="withinOrganization" source="withinOrganization" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
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
      {translate('resources.exemplars.empty')}
    </Typography>
  );
};

/** 审核队列: one click narrows the list to the profiles that wait for a reviewer, and back. */
const ReviewQueueChip = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'exemplars', action: 'review' });
  if (!canAccess) return null;
  const on = filterValues.state === REVIEW_QUEUE_FILTER.state;
  const toggle = () => {
    const { state: _state, ...others } = filterValues;
    setFilters(on ? others : { ...others, ...REVIEW_QUEUE_FILTER }, displayedFilters);
  };
  return (
    <Chip
      icon={<RateReviewIcon />}
      label={translate('resources.exemplars.reviewQueue')}
      color={on ? 'primary' : 'default'}
      variant={on ? 'filled' : 'outlined'}
      onClick={toggle}
      data-testid="review-queue-chip"
      sx={{ mr: 1 }}
    />
  );
};

const ListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <ReviewQueueChip />
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const ShortOwnerField = () => <OwnerField short />;

/** A profile on a phone, under its title: its category and the organization it belongs to. */
const PhoneFacts = () => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{[record.category ? translate(`guildhall.exemplarCategories.${record.category}`) : null, record.ownerOrganization?.shortName || record.ownerOrganization?.name].filter(Boolean).join(' · ')}</>;
};

/** 先进典型: the profiles the user sees, last changed first. */
export const ExemplarList = () => (
  <List
    queryOptions={useQueryWhenAllowed('exemplars', 'list')}
    filters={exemplarFilters}
    actions={<ListActions />}
    sort={{ field: 'updatedAt', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <ResponsiveList<Exemplar>
      primaryText={(record) => record.title}
      tertiaryText={<ExemplarStateField />}
      secondaryText={<PhoneFacts />}
      empty={<EmptyResult />}
    >
    <DataTable<Exemplar> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />} sx={tableSx}>
      <DataTable.Col source="photo" label="resources.exemplars.fields.photo" field={ThumbnailField} disableSort />
      <DataTable.Col source="title" sx={{ minWidth: 240 }} />
      <DataTable.Col source="subject" field={SubjectField} disableSort />
      <DataTable.Col source="category" field={CategoryField} disableSort />
      <DataTable.Col source="ownerOrganizationId" field={ShortOwnerField} disableSort />
      <DataTable.Col source="state" field={ExemplarStateField} disableSort />
      <DataTable.Col source="updatedAt" field={UpdatedAtField} />
    </DataTable>
  </ResponsiveList>
  </List>
);
