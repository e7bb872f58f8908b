import type { OrganizationKind } from '@guildhall/client';
import { Chip, Stack } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useListContext,
  useTranslate,
  type SearchInputProps,
} from 'react-admin';
import { MASS_KINDS, PARTY_KINDS, kindChoices, provinceChoices, statusChoices, termStateChoices } from './kinds';

/** Searches names, short names, pinyin initials and credit codes (the server does the matching). */
const OrganizationSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('resources.organizations.fields.q')} sx={{ width: 360 }} />;
};

export const organizationFilters = [
  <OrganizationSearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <SelectInput key="termState" source="termState" choices={termStateChoices} />,
  <SelectInput key="originProvince" source="originProvince" choices={provinceChoices} />,
  <ReferenceInput key="parentId" source="parentId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <BooleanInput key="archived" source="archived" alwaysOn helperText={false} sx={{ mb: 1 }} />,
];

type KindFilter = { kind?: OrganizationKind; kind_in?: readonly OrganizationKind[] };

const KIND_CHIPS: { key: string; filter: KindFilter }[] = [
  { key: 'all', filter: {} },
  { key: 'chambers', filter: { kind: 'CHAMBER' } },
  { key: 'enterprises', filter: { kind: 'ENTERPRISE' } },
  { key: 'party', filter: { kind_in: PARTY_KINDS } },
  { key: 'mass', filter: { kind_in: MASS_KINDS } },
];

function sameKindFilter(values: Record<string, unknown>, filter: KindFilter): boolean {
  const kindIn = (values.kind_in as string[] | undefined) ?? [];
  return values.kind === filter.kind && kindIn.join() === (filter.kind_in ?? []).join();
}

/** One-click filters by kind group and for weak and lax organizations. */
export const OrganizationQuickFilters = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();

  const chooseKind = (filter: KindFilter) => {
    const { kind: _kind, kind_in: _kindIn, ...rest } = filterValues;
    setFilters({ ...rest, ...filter }, displayedFilters);
  };
  const weak = filterValues.status === 'WEAK_LAX';
  const toggleWeak = () => {
    const { status: _status, ...rest } = filterValues;
    setFilters(weak ? rest : { ...rest, status: 'WEAK_LAX' }, displayedFilters);
  };

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ px: 2, pt: 1.5, pb: 0.5, flexWrap: 'wrap' }} data-testid="quick-filters">
      {KIND_CHIPS.map(({ key, filter }) => {
        const selected = sameKindFilter(filterValues, filter);
        return (
          <Chip
            key={key}
            label={translate(`resources.organizations.quickFilters.${key}`)}
            color={selected ? 'primary' : 'default'}
            variant={selected ? 'filled' : 'outlined'}
            onClick={() => chooseKind(filter)}
          />
        );
      })}
      <Chip
        label={translate('resources.organizations.quickFilters.weakLax')}
        color={weak ? 'error' : 'default'}
        variant={weak ? 'filled' : 'outlined'}
        onClick={toggleWeak}
      />
    </Stack>
  );
};
