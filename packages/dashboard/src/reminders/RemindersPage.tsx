import { Box, Button, Card, Chip, FormControlLabel, List, ListItemButton, ListItemText, Stack, Switch, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useNavigate, usePermissions, useTranslate } from 'react-admin';
import { canAccessWith } from '../access';
import type { GuildhallDataProvider, ReminderRow } from '../dataProvider';
import { todayInChina } from '../development/development';
import { formatDateTime } from '../i18n/format';
import { Pending, useServerPage } from '../oversight/ReportPage';
import { reminderKindLabel, reminderLink } from './reminders';

const DAY = 86_400_000;

/** How late the work is, or how long is left: counted from the due day to today, in China. */
const DueChip = ({ dueOn, today }: { dueOn: string; today: string }) => {
  const translate = useTranslate();
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / DAY);
  if (days > 0) return <Chip size="small" color="error" variant="outlined" label={translate('guildhall.reminders.late', { count: days })} />;
  return <Chip size="small" color="warning" variant="outlined" label={days === 0 ? translate('guildhall.reminders.dueToday') : translate('guildhall.reminders.left', { count: -days })} />;
};

/**
 * 我的提醒: what is due or late that you must act on, newest first. Opening one marks it read
 * and goes to its record (an administrator's count goes to the list it counts).
 */
export const RemindersPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const page = useServerPage(['reminders', 'mine', unreadOnly], (p) => dataProvider.myReminders({ unreadOnly, ...p }));
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.reminders.${key}`, options);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['reminders'] });
  const mark = useMutation({ mutationFn: (ids: string[]) => dataProvider.markRemindersRead({ ids }), onSuccess: refresh });
  const today = todayInChina();
  const { permissions = [] } = usePermissions<string[]>();
  const open = async (r: ReminderRow) => {
    if (!r.readAt) await mark.mutateAsync([r.id]);
    navigate(reminderLink(r, today, (resource) => canAccessWith(permissions, resource, 'show')));
  };
  const unreadHere = page.rows.filter((r) => !r.readAt).map((r) => r.id);
  const about = (r: ReminderRow) => (r.subjectType === 'LIST' ? t('count', { count: Number(r.label) }) : r.label);
  return (
    <Box sx={{ pb: 3, maxWidth: 900 }} data-testid="reminders-page">
      <Title title="guildhall.reminders.title" />
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 2, mb: 1.5 }}>
        <Box sx={{ flex: 1, minWidth: 220 }}>
          <Typography variant="h6" component="h1">
            {t('title')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t('subtitle')}
          </Typography>
        </Box>
        <FormControlLabel control={<Switch checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />} label={t('unreadOnly')} />
        <Button size="small" variant="outlined" disabled={!unreadHere.length || mark.isPending} onClick={() => mark.mutate(unreadHere)} data-testid="reminders-mark-all">
          {t('markAll')}
        </Button>
      </Stack>
      {page.isPending ? (
        <Pending error={page.error} />
      ) : (
        <Card variant="outlined">
          {page.rows.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {t(unreadOnly ? 'noneUnread' : 'none')}
            </Typography>
          ) : (
            <List disablePadding>
              {page.rows.map((r) => (
                <ListItemButton key={r.id} divider onClick={() => void open(r)} data-testid="reminder" data-read={r.readAt ? 'yes' : 'no'} sx={{ alignItems: 'flex-start', gap: 1.5 }}>
                  <Box sx={{ width: 8, height: 8, mt: 1, borderRadius: '50%', flexShrink: 0, bgcolor: r.readAt ? 'transparent' : 'error.main' }} aria-hidden />
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                        <Typography component="span" sx={{ fontWeight: r.readAt ? 400 : 600 }}>
                          {reminderKindLabel(translate, r.kind)}
                        </Typography>
                        <Typography component="span" color="text.secondary">
                          {about(r)}
                        </Typography>
                        {r.subjectType === 'LIST' ? null : <DueChip dueOn={r.dueOn} today={today} />}
                      </Stack>
                    }
                    secondary={`${t(`dueWords.${r.kind}`, { day: r.dueOn, _: t('dueOn', { day: r.dueOn }) })} · ${formatDateTime(r.createdAt)}`}
                  />
                </ListItemButton>
              ))}
            </List>
          )}
          {page.pager}
        </Card>
      )}
    </Box>
  );
};
