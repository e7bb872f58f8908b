import type { OrganizationKind } from '@guildhall/client';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
  useCanAccess,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import { ALLOWED_PARENT_KINDS, HOST_KINDS, MAX_LENGTHS, fieldApplies, kindsUnder, provinceChoices, statusChoices, type Organization } from './kinds';
import { parentOutOfScope } from './OrganizationFields';

const limit = (field: string) => maxLength(MAX_LENGTHS[field]);

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%' }}>
      <Typography component="legend" variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`resources.organizations.sections.${title}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3 }}>{children}</Box>
    </Box>
  );
};

const wide = { gridColumn: { md: '1 / -1' } };

/**
 * Picks an organization by typing part of its name or its pinyin initials. A parent or host
 * outside the user's organizations (the server sends its id but not the organization) is shown
 * as such and cannot be changed here.
 */
const OrganizationPicker = ({ source, kinds }: { source: 'parentId' | 'hostId'; kinds?: readonly OrganizationKind[] }) => {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (source === 'parentId' ? parentOutOfScope(record) : record?.hostId && record.host === null) {
    return <TextInput source={source} readOnly format={() => translate('resources.organizations.outOfScope')} fullWidth />;
  }
  return (
    <ReferenceInput source={source} reference="organizations" sort={{ field: 'name', order: 'ASC' }} filter={kinds ? { kind_in: kinds } : {}}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.organizations.empty" fullWidth />
    </ReferenceInput>
  );
};

/**
 * Only some roles may set the status. Others see it on the edit page without being able to change
 * it, and a new organization gets the server's default.
 */
const StatusInput = () => {
  const record = useRecordContext();
  const { canAccess, isPending } = useCanAccess({ resource: 'organizations', action: 'setStatus' });
  const editing = record?.id !== undefined;
  if (isPending || (!canAccess && !editing)) return <span />;
  return (
    <SelectInput
      source="status"
      choices={statusChoices}
      validate={required()}
      defaultValue="NORMAL"
      readOnly={!canAccess}
      helperText={canAccess ? false : 'resources.organizations.helpers.statusReadOnly'}
      fullWidth
    />
  );
};

/**
 * The kind, offering only the kinds that may sit under the chosen parent (and have a host, when
 * one is chosen); the parent picker in turn offers only parents the chosen kind may have.
 */
const KindInput = ({ parentId, hosted }: { parentId: string | null | undefined; hosted: boolean }) => {
  const record = useRecordContext<Organization>();
  const { data: parent } = useGetOne<Organization>('organizations', { id: parentId ?? '' }, { enabled: !!parentId, retry: false });
  const choices = kindsUnder(parentId ? parent?.kind : null, hosted, record?.kind).map((kind) => ({ id: kind, name: `guildhall.kinds.${kind}` }));
  return <SelectInput source="kind" choices={choices} validate={required()} fullWidth />;
};

/** The inputs shared by the create and edit pages; kind-specific ones appear only for the kinds that have them. */
export const OrganizationInputs = () => (
  <Box sx={{ width: '100%', maxWidth: 960 }}>
    <FormDataConsumer>
      {({ formData }) => {
        const kind = formData.kind as OrganizationKind | undefined;
        return (
          <>
            <Section title="identity">
              <KindInput parentId={formData.parentId as string | null | undefined} hosted={!!formData.hostId} />
              <StatusInput />
              <TextInput source="name" validate={[required(), limit('name')]} fullWidth sx={wide} />
              <TextInput source="shortName" validate={limit('shortName')} fullWidth />
              {fieldApplies(kind, 'originProvince') ? (
                <SelectInput source="originProvince" choices={provinceChoices} validate={required()} fullWidth />
              ) : (
                <span />
              )}
              <Box sx={wide}>
                <OrganizationPicker source="parentId" kinds={kind ? ALLOWED_PARENT_KINDS[kind] : undefined} />
              </Box>
              {fieldApplies(kind, 'hostId') || (!kind && formData.hostId) ? (
                <Box sx={wide}>
                  <OrganizationPicker source="hostId" kinds={HOST_KINDS} />
                </Box>
              ) : null}
            </Section>
            <Section title="registration">
              {fieldApplies(kind, 'creditCode') ? <TextInput source="creditCode" validate={limit('creditCode')} fullWidth /> : null}
              <DateInput source="foundedOn" fullWidth />
              {fieldApplies(kind, 'termStartedOn') ? <DateInput source="termStartedOn" fullWidth helperText="resources.organizations.helpers.termStartedOn" /> : null}
              {fieldApplies(kind, 'industry') ? <TextInput source="industry" validate={limit('industry')} fullWidth /> : null}
              {fieldApplies(kind, 'employeeCount') ? <NumberInput source="employeeCount" min={0} step={1} validate={minValue(0)} fullWidth /> : null}
            </Section>
            <Section title="contact">
              <TextInput source="address" validate={limit('address')} fullWidth sx={wide} />
              <TextInput source="phone" validate={limit('phone')} fullWidth />
            </Section>
          </>
        );
      }}
    </FormDataConsumer>
  </Box>
);
