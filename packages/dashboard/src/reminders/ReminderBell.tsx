import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import type { GuildhallDataProvider } from '../dataProvider';

/** How often the app bar asks for the unread count. */
const UNREAD_REFRESH_MS = 60_000;

/** 提醒 in the app bar: the unread count, opening the inbox. */
export const ReminderBell = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const identity = useGetIdentity().identity as Identity | undefined;
  // The count comes with who is signed in; it is asked again every minute, and after reminders are read.
  const { data: unread = 0 } = useQuery({
    queryKey: ['reminders', 'unread'],
    queryFn: () => dataProvider.unreadReminders(),
    enabled: !!identity,
    initialData: identity?.unreadReminders,
    staleTime: UNREAD_REFRESH_MS,
    refetchInterval: UNREAD_REFRESH_MS,
  });
  if (!identity) return null;
  const label = unread ? translate('guildhall.reminders.unread', { count: unread }) : translate('guildhall.reminders.title');
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to="/reminders" color="inherit" aria-label={label} data-testid="reminder-bell">
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
