import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, PasswordInput, SaveButton, SelectInput, TextInput, maxLength, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { GuildhallDataProvider, NewToken } from '../dataProvider';
import { TOKENS_QUERY_KEY } from './tokens';

type Values = Record<string, unknown>;

/** How long a new token lasts: every token expires, after a year at most (90 days unless chosen). */
const EXPIRY_DAYS = [30, 90, 180, 365];
const expiryChoices = EXPIRY_DAYS.map((days) => ({ id: days, name: `resources.account.expiryChoices.d${days}` }));

/** The new token, once: a copy button, and a warning that it cannot be shown again. */
const NewTokenView = ({ created, onDone }: { created: NewToken; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      notify('resources.account.notifications.copied', { type: 'info' });
    } catch {
      notify('resources.account.notifications.copyFailed', { type: 'warning' });
    }
  };
  return (
    <>
      <DialogTitle id="token-dialog-title">{translate('resources.account.newToken.title', { name: created.name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.account.newToken.warning')}
        </Alert>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <MuiTextField
            value={created.token}
            fullWidth
            size="small"
            label={translate('resources.account.newToken.token')}
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'new-token', style: { fontFamily: 'monospace' } } }}
            onFocus={(event) => event.target.select()}
          />
          <Button label="resources.account.actions.copy" onClick={copy} variant="outlined" startIcon={<ContentCopyIcon />} sx={{ flexShrink: 0 }} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button label="resources.account.actions.done" onClick={onDone} variant="contained" />
      </DialogActions>
    </>
  );
};

/** Names a new token, how long it lasts and asks for the password again, then shows the token once. */
export const CreateTokenDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const [created, setCreated] = useState<NewToken | null>(null);

  const close = () => {
    setCreated(null);
    onClose();
  };

  const submit = async (values: Values) => {
    try {
      const { data } = await dataProvider.createApiToken({ name: String(values.name).trim(), password: String(values.password ?? ''), expiresInDays: Number(values.expiresInDays) });
      setCreated(data);
      void queryClient.invalidateQueries({ queryKey: TOKENS_QUERY_KEY });
    } catch (error) {
      const errors = (error as { body?: { errors?: Values } }).body?.errors;
      if (errors) return errors;
      notify((error as Error).message, { type: 'error', autoHideDuration: 10000 });
    }
    return undefined;
  };

  return (
    // Closing by a click outside is off while the token shows: it would lose the only copy.
    <Dialog open={open} onClose={created ? undefined : close} aria-labelledby="token-dialog-title" fullWidth maxWidth="sm">
      {created ? (
        <NewTokenView created={created} onDone={close} />
      ) : (
        <Form onSubmit={submit} resource="account" defaultValues={{ expiresInDays: 90 }}>
          <DialogTitle id="token-dialog-title">{translate('resources.account.actions.createToken')}</DialogTitle>
          <DialogContent>
            <TextInput source="name" validate={[required(), maxLength(50)]} helperText="resources.account.helpers.name" autoFocus fullWidth />
            <SelectInput source="expiresInDays" choices={expiryChoices} validate={required()} helperText="resources.account.helpers.expiresInDays" fullWidth />
            <PasswordInput source="password" validate={required()} autoComplete="current-password" helperText="resources.account.helpers.password" fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton label="resources.account.actions.createToken" alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
