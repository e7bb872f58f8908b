import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { Labeled, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, HostField, KindField, NameField, ParentField, ProvinceField, StatusField } from './OrganizationFields';
import { fieldApplies, holdsEnterprises, type Organization } from './kinds';
import { JointEnterprises } from './JointEnterprises';

const Section = ({ title, fields }: { title: string; fields: (ReactElement | false)[] }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
        {translate(`resources.organizations.sections.${title}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2 }}>{fields}</Box>
    </Box>
  );
};

/** Every field of the organization, grouped; fields its kind does not have are left out. */
export const OrganizationSummary = (_props: { label?: false }) => {
  const record = useRecordContext<Organization>();
  if (!record) return null;
  const has = (field: string) => fieldApplies(record.kind, field);
  const dash = '—';
  return (
    <Box sx={{ width: '100%' }}>
      <Section
        title="identity"
        fields={[
          <Labeled key="name" source="name"><NameField /></Labeled>,
          <Labeled key="kind" source="kind"><KindField /></Labeled>,
          <Labeled key="status" source="status"><StatusField /></Labeled>,
          <Labeled key="parentId" source="parentId"><ParentField /></Labeled>,
          has('hostId') && <Labeled key="hostId" source="hostId"><HostField /></Labeled>,
          has('originProvince') && <Labeled key="originProvince" source="originProvince"><ProvinceField /></Labeled>,
        ]}
      />
      <Section
        title="registration"
        fields={[
          has('creditCode') && <TextField key="creditCode" source="creditCode" emptyText={dash} />,
          <TextField key="foundedOn" source="foundedOn" emptyText={dash} />,
          has('termStartedOn') && <TextField key="termStartedOn" source="termStartedOn" emptyText={dash} />,
          has('termStartedOn') && <TermField key="termEndsOn" source="termEndsOn" />,
          has('industry') && <TextField key="industry" source="industry" emptyText={dash} />,
          has('employeeCount') && <NumberField key="employeeCount" source="employeeCount" emptyText={dash} />,
        ].map((field) => field && <Labeled key={field.key}>{field}</Labeled>)}
      />
      <JointEnterprises />
      <Section
        title="contact"
        fields={[<TextField key="address" source="address" emptyText={dash} />, <TextField key="phone" source="phone" emptyText={dash} />].map((field) => (
          <Labeled key={field.key}>{field}</Labeled>
        ))}
      />
      <Section
        title="record"
        fields={[
          <NumberField key="childCount" source="childCount" />,
          holdsEnterprises(record.kind) && <NumberField key="enterpriseCount" source="enterpriseCount" />,
          <DateTimeField key="createdAt" source="createdAt" />,
          <DateTimeField key="updatedAt" source="updatedAt" />,
          !!record.archivedAt && <DateTimeField key="archivedAt" source="archivedAt" />,
        ].map((field) => field && <Labeled key={field.key}>{field}</Labeled>)}
      />
    </Box>
  );
};

/** 任期届满: the end of the term, with its state when it is due soon or overdue. */
const TermField = (_props: { source: string }) => {
  const record = useRecordContext<{ termEndsOn?: string | null; termState?: string | null }>();
  const translate = useTranslate();
  if (!record?.termEndsOn) return <>{'—'}</>;
  const color = record.termState === 'OVERDUE' ? 'error' : record.termState === 'DUE_SOON' ? 'warning' : 'success';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="term-state">
      <span>{record.termEndsOn}</span>
      <Chip size="small" color={color} label={translate(`guildhall.termStates.${record.termState ?? 'NONE'}`)} />
    </Stack>
  );
};

