import SaveIcon from '@mui/icons-material/Save';
import { Box } from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, SaveButton, required, useDataProvider, useNotify } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { passwordRules } from '../users/UserInputs';

type Values = Record<string, unknown>;

const sameAsNew = (value: unknown, values: Values) => (value && value !== values.newPassword ? 'resources.account.validation.passwordMismatch' : undefined);

/** Current password, then the new one twice; the server's objections show on the fields. */
export const ChangePasswordForm = () => {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  // A new key empties the form after a change.
  const [generation, setGeneration] = useState(0);

  const submit = async (values: Values) => {
    try {
      await dataProvider.changePassword({ currentPassword: String(values.currentPassword), newPassword: String(values.newPassword) });
    } catch (error) {
      const errors = (error as { body?: { errors?: Values } }).body?.errors;
      if (errors) return errors;
      notify((error as Error).message, { type: 'error', autoHideDuration: 10000 });
      return undefined;
    }
    notify('resources.account.notifications.passwordChanged', { type: 'success' });
    setGeneration((n) => n + 1);
    return undefined;
  };

  return (
    <Form key={generation} onSubmit={submit} resource="account">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, columnGap: 2, maxWidth: 960 }}>
        <PasswordInput source="currentPassword" validate={required()} autoComplete="current-password" fullWidth />
        <PasswordInput source="newPassword" validate={passwordRules} autoComplete="new-password" helperText="resources.users.helpers.password" fullWidth />
        <PasswordInput source="confirmPassword" validate={[required(), sameAsNew]} autoComplete="new-password" fullWidth />
      </Box>
      <SaveButton label="resources.account.actions.changePassword" icon={<SaveIcon />} />
    </Form>
  );
};
