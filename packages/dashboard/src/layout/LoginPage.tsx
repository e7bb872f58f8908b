import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Alert, Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, LocalesMenuButton, Login, PasswordInput, TextInput, required, useLocaleState, useLogin, useTranslate } from 'react-admin';
import { ProgressNames } from './ProgressNames';
import { signInErrorMessage } from './signInError';

interface Credentials {
  username: string;
  password: string;
}

/** Username and password; a failed attempt says why, in a line that stays until the next try. */
const SignInForm = () => {
  const login = useLogin();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (values: Partial<Credentials>) => {
    setPending(true);
    setError(null);
    try {
      await login({ username: values.username?.trim(), password: values.password });
    } catch (failure) {
      setError(signInErrorMessage(failure, translate, locale));
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit as (values: Record<string, unknown>) => Promise<void>} noValidate>
      <CardContent sx={{ width: { xs: 300, sm: 360 }, pt: 0 }}>
        <Typography variant="h6" component="h1" align="center" sx={{ fontWeight: 600 }}>
          {translate('guildhall.app.title')}
        </Typography>
        <Typography variant="body2" align="center" color="text.secondary" sx={{ mb: 2 }}>
          {translate('guildhall.auth.subtitle')}
        </Typography>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="sign-in-error">
            {error}
          </Alert>
        ) : null}
        <TextInput source="username" label="ra.auth.username" autoComplete="username" autoFocus validate={required()} fullWidth />
        <PasswordInput source="password" label="ra.auth.password" autoComplete="current-password" validate={required()} fullWidth />
        <Button variant="contained" type="submit" disabled={pending} fullWidth sx={{ mt: 1 }}>
          {pending ? <CircularProgress size={22} color="inherit" /> : translate('ra.auth.sign_in')}
        </Button>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mt: 2 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('guildhall.auth.help')}
          </Typography>
          <LocalesMenuButton />
        </Box>
      </CardContent>
    </Form>
  );
};

/** The sign-in page: react-admin's frame (it sends a signed-in user on to the app), our form. */
export const LoginPage = () => (
  <Login avatarIcon={<AccountBalanceIcon />}>
    <ProgressNames>
      <SignInForm />
    </ProgressNames>
  </Login>
);
