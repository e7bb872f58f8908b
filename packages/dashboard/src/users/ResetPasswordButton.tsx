import LockResetIcon from '@mui/icons-material/LockReset';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, Form, PasswordInput, SaveButton, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { passwordRules } from './UserInputs';
import type { User } from './roles';

/** Sets a new password for someone who forgot theirs; they sign in with it and may change it. */
export const ResetPasswordButton = () => {
  const record = useRecordContext<User>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'users', action: 'resetPassword', record });
  if (!record || !canAccess) return null;

  // Field problems come back for the form; anything else is a notification.
  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.resetPassword('users', { id: record.id, newPassword: String(values.newPassword) });
    } catch (error) {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (errors) return errors;
      notify((error as Error).message, { type: 'error', autoHideDuration: 10000 });
      return undefined;
    }
    setOpen(false);
    notify('resources.users.notifications.passwordReset', { type: 'success', messageArgs: { name: record.displayName } });
    refresh();
    return undefined;
  };

  return (
    <>
      <Button label="resources.users.actions.resetPassword" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="reset-password-title" fullWidth maxWidth="xs">
        <Form onSubmit={submit} resource="users">
          <DialogTitle id="reset-password-title">{translate('resources.users.resetPassword.title', { name: record.displayName })}</DialogTitle>
          <DialogContent>
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('resources.users.resetPassword.content')}
            </Alert>
            <PasswordInput source="newPassword" validate={passwordRules} autoComplete="new-password" autoFocus fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.users.actions.resetPassword" icon={<LockResetIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
