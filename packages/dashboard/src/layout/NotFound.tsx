import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import LockIcon from '@mui/icons-material/Lock';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Alert, Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useEditContext, useShowContext, useTranslate } from 'react-admin';

/**
 * react-admin's "not found" page, in our words: for unknown addresses, and for records that do
 * not exist or lie outside the user's organizations (the server answers both alike).
 */
const Notice = ({ icon, title, message, testId }: { icon: ReactNode; title: string; message: string; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', py: 8, px: 2 }} data-testid={testId}>
      <Title title={title} />
      {icon}
      <Typography variant="h5" component="h1" gutterBottom>
        {translate(title)}
      </Typography>
      <Typography color="text.secondary">{translate(message)}</Typography>
      <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={() => window.history.back()} sx={{ mt: 3 }}>
        {translate('ra.action.back')}
      </Button>
    </Box>
  );
};

const iconStyle = { fontSize: 96, color: 'text.disabled', mb: 2 };

export const NotFound = () => (
  <Notice icon={<SearchOffIcon sx={iconStyle} />} title="ra.page.not_found" message="ra.message.not_found" testId="not-found" />
);

/** A page the user's role may not open (the menu does not offer it; an address can still lead there). */
export const AccessDenied = () => (
  <Notice icon={<LockIcon sx={iconStyle} />} title="ra.page.access_denied" message="ra.message.access_denied" testId="access-denied" />
);

const LoadError = ({ error }: { error: unknown }) => {
  const status = (error as { status?: number } | null)?.status;
  if (status === 404) return <NotFound />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert severity="error" sx={{ m: 2 }}>
      {message}
    </Alert>
  );
};

/** What a show page displays when its record cannot be loaded. */
export const ShowLoadError = () => <LoadError error={useShowContext().error} />;

/** What an edit page displays when its record cannot be loaded. */
export const EditLoadError = () => <LoadError error={useEditContext().error} />;

/** For Show and Edit: stay on the page and show why, instead of a notice and a jump to the list. */
export const stayOnLoadError = { redirectOnError: false, queryOptions: { onError: () => undefined } } as const;
