import type { UserRole } from '@guildhall/client';
import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  minLength,
  regex,
  required,
} from 'react-admin';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN, USER_MAX_LENGTHS, roleChoices } from './roles';

const wide = { gridColumn: { md: '1 / -1' } };

/** The role, with what the chosen role may do under it. */
const RoleInput = () => (
  <FormDataConsumer>
    {({ formData }) => {
      const role = formData.role as UserRole | undefined;
      return <SelectInput source="role" choices={roleChoices} validate={required()} helperText={role ? `guildhall.roleHelp.${role}` : false} fullWidth />;
    }}
  </FormDataConsumer>
);

export const passwordRules = [required(), minLength(PASSWORD_MIN_LENGTH)];

/**
 * The inputs shared by the create and edit pages. The username is chosen once; the initial
 * password is set on creation only (later through 重置密码).
 */
export const UserInputs = ({ create = false }: { create?: boolean }) => (
  <Box sx={{ width: '100%', maxWidth: 800, display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3 }}>
    <TextInput
      source="username"
      readOnly={!create}
      validate={create ? [required(), maxLength(USER_MAX_LENGTHS.username), regex(USERNAME_PATTERN, 'resources.users.validation.username')] : undefined}
      helperText={create ? 'resources.users.helpers.username' : 'resources.users.helpers.usernameFixed'}
      autoComplete="off"
      fullWidth
    />
    <TextInput source="displayName" validate={[required(), maxLength(USER_MAX_LENGTHS.displayName)]} fullWidth />
    {/* Where the daily digest of reminders goes; optional (docs/api.md, "Reminders"). */}
    <TextInput source="email" type="email" validate={[maxLength(USER_MAX_LENGTHS.email), email()]} helperText="resources.users.helpers.email" autoComplete="off" fullWidth />
    <RoleInput />
    <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        noOptionsText="resources.organizations.empty"
        validate={required()}
        helperText="resources.users.helpers.organization"
        fullWidth
      />
    </ReferenceInput>
    {/* The person this account is: a trainee enrolls and checks in as this person. Optional; clearing it unlinks. */}
    <ReferenceInput source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        noOptionsText="resources.people.empty"
        helperText="resources.users.helpers.person"
        fullWidth
      />
    </ReferenceInput>
    {create ? (
      <PasswordInput
        source="password"
        label="resources.users.fields.initialPassword"
        validate={passwordRules}
        helperText="resources.users.helpers.password"
        autoComplete="new-password"
        fullWidth
      />
    ) : (
      <BooleanInput source="disabled" label="resources.users.fields.disableAccount" helperText="resources.users.helpers.disabled" sx={wide} />
    )}
  </Box>
);
