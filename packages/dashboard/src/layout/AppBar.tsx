import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { AppBar as RaAppBar, TitlePortal, useTranslate, type AppBarProps } from 'react-admin';
import { ReminderBell } from '../reminders/ReminderBell';
import { UserMenu } from './UserMenu';

/**
 * On a phone the language switcher is its icon alone (the language's name, 中文 / English, stays
 * its accessible name): the page title keeps the room.
 */
const phoneSx = {
  '& #react-admin-title': { mr: 1 },
  '& button[aria-controls="simple-menu"]': {
    minWidth: { xs: 0, sm: 64 },
    fontSize: { xs: 0, sm: undefined },
    '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
    '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } },
  },
};

/** The app name, then the page title; the default toolbar adds the 中文 / English switcher, then the user menu. */
export const AppBar = (props: AppBarProps) => {
  const translate = useTranslate();
  const appTitle = translate('guildhall.app.title');

  useEffect(() => {
    document.title = appTitle;
  }, [appTitle]);

  return (
    <RaAppBar userMenu={<UserMenu />} sx={phoneSx} {...props}>
      <Typography component="span" variant="subtitle1" sx={{ fontWeight: 600, whiteSpace: 'nowrap', display: { xs: 'none', md: 'block' } }}>
        {appTitle}
      </Typography>
      <Box component="span" sx={{ mx: 1.5, opacity: 0.6, display: { xs: 'none', md: 'block' } }}>
        |
      </Box>
      <TitlePortal />
      <ReminderBell />
    </RaAppBar>
  );
};
