import type { OrganizationKind } from '@guildhall/client';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import {
  EMPLOYER_KINDS,
  KEEPING_KINDS,
  PERSON_MAX_LENGTHS,
  educationChoices,
  genderChoices,
  isMaskedNationalId,
  membershipStatusChoicesFor,
  readNationalId,
  relationChoices,
  notFuture,
  validPhone,
  type Person,
} from './person';

const limit = (field: string) => maxLength(PERSON_MAX_LENGTHS[field]);

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%' }}>
      <Typography component="legend" variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`resources.people.sections.${title}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3 }}>{children}</Box>
    </Box>
  );
};

const wide = { gridColumn: { md: '1 / -1' } };

/**
 * Picks an organization by typing part of its name or its pinyin initials, among the kinds the
 * server accepts here. One outside the user's organizations (the server sends its id but not the
 * organization) is shown as such and cannot be changed here.
 */
const OrganizationPicker = ({
  source,
  kinds,
  isRequired = false,
  helperText,
}: {
  source: 'organizationId' | 'employerId';
  kinds: readonly OrganizationKind[];
  isRequired?: boolean;
  helperText: string;
}) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  const related = source === 'organizationId' ? record?.organization : record?.employer;
  if (record?.[source] && related === null) {
    return <TextInput source={source} readOnly format={() => translate('resources.organizations.outOfScope')} fullWidth />;
  }
  return (
    <ReferenceInput source={source} reference="organizations" sort={{ field: 'name', order: 'ASC' }} filter={{ kind_in: kinds }}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        noOptionsText="resources.organizations.empty"
        validate={isRequired ? required() : undefined}
        helperText={helperText}
        fullWidth
      />
    </ReferenceInput>
  );
};

/** The national id, masked as every read gives it: left as it is, it stays; typed anew, it replaces the id. */
const NationalIdInput = () => {
  const record = useRecordContext<Person>();
  const masked = isMaskedNationalId(record?.nationalId);
  return (
    <TextInput
      source="nationalId"
      validate={maxLength(18)}
      helperText={masked ? 'resources.people.helpers.nationalIdMasked' : 'resources.people.helpers.nationalId'}
      autoComplete="off"
      fullWidth
      sx={wide}
    />
  );
};

/**
 * Birth date and gender: while the national id is valid they show what it says, read-only, and
 * the save takes them from it (withFactsFromNationalId), as the server would.
 */
const DerivedInputs = () => (
  <FormDataConsumer>
    {({ formData }) => {
      const facts = readNationalId(formData.nationalId);
      const helperText = facts ? 'resources.people.helpers.derived' : undefined;
      return (
        <>
          <SelectInput
            source="gender"
            choices={genderChoices}
            readOnly={!!facts}
            format={facts ? () => facts.gender : undefined}
            helperText={helperText}
            fullWidth
          />
          <DateInput source="birthDate" readOnly={!!facts} format={facts ? () => facts.birthDate : undefined} helperText={helperText} fullWidth />
        </>
      );
    }}
  </FormDataConsumer>
);

/** The membership status, among those a form may set; the steps of the way in are the development case's. */
const MembershipStatusInput = () => {
  const record = useRecordContext<Person>();
  return (
    <SelectInput
      source="membershipStatus"
      choices={membershipStatusChoicesFor(record?.membershipStatus)}
      validate={required()}
      defaultValue="NON_MEMBER"
      helperText="resources.people.helpers.membershipStatus"
      fullWidth
    />
  );
};

/** The inputs shared by the create and edit pages. */
export const PersonInputs = () => (
  <Box sx={{ width: '100%', maxWidth: 960 }}>
    <Section title="identity">
      <TextInput source="name" validate={[required(), limit('name')]} fullWidth />
      <TextInput source="phone" validate={[limit('phone'), validPhone]} helperText="resources.people.helpers.phone" autoComplete="off" fullWidth />
      <NationalIdInput />
      <DerivedInputs />
      <TextInput source="ethnicity" validate={limit('ethnicity')} helperText="resources.people.helpers.ethnicity" fullWidth />
      <SelectInput source="education" choices={educationChoices} fullWidth />
    </Section>
    <Section title="organization">
      <Box sx={wide}>
        <OrganizationPicker source="organizationId" kinds={KEEPING_KINDS} isRequired helperText="resources.people.helpers.organization" />
      </Box>
      <Box sx={wide}>
        <OrganizationPicker source="employerId" kinds={EMPLOYER_KINDS} helperText="resources.people.helpers.employer" />
      </Box>
      <TextInput source="posts" validate={limit('posts')} helperText="resources.people.helpers.posts" fullWidth sx={wide} />
    </Section>
    <Section title="membership">
      <MembershipStatusInput />
      <SelectInput source="relation" choices={relationChoices} validate={required()} defaultValue="REGISTERED" fullWidth />
      <DateInput source="admittedOn" validate={notFuture} helperText="resources.people.helpers.admittedOn" fullWidth />
      <DateInput source="fullMemberSince" validate={notFuture} helperText="resources.people.helpers.fullMemberSince" fullWidth />
    </Section>
  </Box>
);
