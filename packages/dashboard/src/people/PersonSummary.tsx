import { Box, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../organizations/OrganizationFields';
import {
  EducationField,
  EmployerField,
  GenderField,
  KeeperField,
  LocalDateField,
  MembershipStatusField,
  NationalIdField,
  PersonNameField,
  RelationField,
  VotesField,
} from './PersonFields';
import type { Person } from './person';

const Section = ({ title, fields }: { title: string; fields: (ReactElement | false)[] }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
        {translate(`resources.people.sections.${title}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2 }}>{fields}</Box>
    </Box>
  );
};

const dash = '—';

/** Every field of the person, grouped. */
export const PersonSummary = (_props: { label?: false }) => {
  const record = useRecordContext<Person>();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }} data-testid="person-summary">
      <Section
        title="identity"
        fields={[
          <Labeled key="name" source="name"><PersonNameField withPinyin /></Labeled>,
          <Labeled key="nationalId" source="nationalId"><NationalIdField reveal /></Labeled>,
          <Labeled key="gender" source="gender"><GenderField /></Labeled>,
          <Labeled key="birthDate" source="birthDate"><LocalDateField source="birthDate" /></Labeled>,
          <Labeled key="ethnicity" source="ethnicity"><TextField source="ethnicity" emptyText={dash} /></Labeled>,
          <Labeled key="education" source="education"><EducationField /></Labeled>,
          <Labeled key="phone" source="phone"><TextField source="phone" emptyText={dash} /></Labeled>,
        ]}
      />
      <Section
        title="organization"
        fields={[
          <Labeled key="organizationId" source="organizationId"><KeeperField /></Labeled>,
          <Labeled key="employerId" source="employerId"><EmployerField /></Labeled>,
          <Labeled key="posts" source="posts"><TextField source="posts" emptyText={dash} /></Labeled>,
        ]}
      />
      <Section
        title="membership"
        fields={[
          <Labeled key="membershipStatus" source="membershipStatus"><MembershipStatusField /></Labeled>,
          <Labeled key="relation" source="relation"><RelationField /></Labeled>,
          <Labeled key="votes" source="votes"><VotesField /></Labeled>,
          <Labeled key="admittedOn" source="admittedOn"><LocalDateField source="admittedOn" /></Labeled>,
          <Labeled key="fullMemberSince" source="fullMemberSince"><LocalDateField source="fullMemberSince" /></Labeled>,
        ]}
      />
      <Section
        title="record"
        fields={[
          <Labeled key="createdAt" source="createdAt"><DateTimeField source="createdAt" /></Labeled>,
          <Labeled key="updatedAt" source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>,
          !!record.archivedAt && <Labeled key="archivedAt" source="archivedAt"><DateTimeField source="archivedAt" /></Labeled>,
        ]}
      />
    </Box>
  );
};
