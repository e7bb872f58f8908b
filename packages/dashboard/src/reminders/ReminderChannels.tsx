import type { DeliveryStatus, WebhookKind } from '@guildhall/client';
import { Alert, Autocomplete, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, Switch, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider, ReminderWebhookRow } from '../dataProvider';
import { formatDateTime } from '../i18n/format';
import { ScrollTable } from '../layout/ScrollTable';
import { problemOf } from '../oversight/oversight';
import { EmptyRow, useServerPage } from '../oversight/ReportPage';

const KINDS: WebhookKind[] = ['DINGTALK', 'WECOM'];
const STATUSES: DeliveryStatus[] = ['PENDING', 'SENT', 'FAILED'];
const STATUS_COLOR = { PENDING: 'warning', SENT: 'success', FAILED: 'error' } as const;

interface Chamber {
  id: string;
  name: string;
}

/** Chambers found by name as the administrator types: a province may have thousands. */
const ChamberPicker = ({ value, onChange }: { value: Chamber | null; onChange(value: Chamber | null): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [q, setQ] = useState('');
  const { data } = useQuery({
    queryKey: ['organizations', 'chambers', q],
    queryFn: () => dataProvider.getList('organizations', { filter: { kind: 'CHAMBER', ...(q.trim() ? { q: q.trim() } : {}) }, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } }),
  });
  return (
    <Autocomplete
      options={(data?.data ?? []).map((c) => ({ id: String(c.id), name: String(c.name) }))}
      value={value}
      onChange={(_e, next) => onChange(next)}
      onInputChange={(_e, text) => setQ(text)}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => <TextField {...params} size="small" label={translate('guildhall.reminders.channels.chamber')} helperText={translate('guildhall.reminders.channels.chamberHelp')} />}
    />
  );
};

/** 添加群机器人: the group chat robot's kind, name, chamber (or the department), address and 钉钉's secret. */
const AddRobotDialog = ({ onClose }: { onClose(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [kind, setKind] = useState<WebhookKind>('DINGTALK');
  const [name, setName] = useState('');
  const [chamber, setChamber] = useState<Chamber | null>(null);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const t = (key: string) => translate(`guildhall.reminders.channels.${key}`);
  const save = useMutation({
    mutationFn: () => dataProvider.createReminderWebhook({ kind, name: name.trim(), organizationId: chamber?.id ?? null, url: url.trim(), secret: kind === 'DINGTALK' && secret.trim() ? secret.trim() : null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reminders', 'webhooks'] });
      notify('guildhall.oversight.settings.saved', { type: 'success' });
      onClose();
    },
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select size="small" label={t('kind')} value={kind} onChange={(e) => setKind(e.target.value as WebhookKind)} name="kind">
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`kinds.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField size="small" label={t('name')} value={name} onChange={(e) => setName(e.target.value)} name="name" />
          <ChamberPicker value={chamber} onChange={setChamber} />
          <TextField size="small" label={t('url')} value={url} onChange={(e) => setUrl(e.target.value)} name="url" helperText={t(`urlHelp.${kind}`)} />
          {kind === 'DINGTALK' ? <TextField size="small" label={t('secret')} value={secret} onChange={(e) => setSecret(e.target.value)} name="secret" helperText={t('secretHelp')} autoComplete="off" /> : null}
          {save.error ? <Alert severity="error">{problemOf(save.error)}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!name.trim() || !url.trim() || save.isPending} onClick={() => save.mutate()} data-testid="robot-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** One robot: on or off, and removed. */
const RobotRow = ({ robot, chamberName }: { robot: ReminderWebhookRow; chamberName: string }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const t = (key: string) => translate(`guildhall.reminders.channels.${key}`);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['reminders', 'webhooks'] });
  // The switch moves at once; a refusal puts it back.
  const [on, setOn] = useState(robot.enabled);
  const toggle = useMutation({ mutationFn: (enabled: boolean) => dataProvider.updateReminderWebhook({ id: robot.id, version: robot.version, enabled }), onSuccess: refresh, onError: () => setOn(robot.enabled) });
  const remove = useMutation({ mutationFn: () => dataProvider.deleteReminderWebhook({ id: robot.id, version: robot.version }), onSuccess: refresh });
  return (
    <TableRow data-testid="robot">
      <TableCell sx={{ minWidth: '10em' }}>{robot.name}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`kinds.${robot.kind}`)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{chamberName}</TableCell>
      <TableCell>
        <Switch
          checked={on}
          disabled={toggle.isPending}
          onChange={(e) => {
            setOn(e.target.checked);
            toggle.mutate(e.target.checked);
          }}
          slotProps={{ input: { 'aria-label': t('enabled') } }}
        />
      </TableCell>
      <TableCell align="right">
        <Tooltip title={t('remove')}>
          <IconButton aria-label={t('remove')} onClick={() => remove.mutate()} disabled={remove.isPending}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        {toggle.error || remove.error ? (
          <Typography color="error" variant="caption" component="div">
            {problemOf(toggle.error ?? remove.error)}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
};

/**
 * 提醒推送 (administrators): whether e-mail is configured, the group chat robots that receive each
 * day's digest, and every digest sent, being tried again, or failed with why.
 */
export const ReminderChannels = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const allowed = useQueryWhenAllowed('oversight', 'settings');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.reminders.channels.${key}`, options);
  const channels = useQuery({ queryKey: ['reminders', 'channels'], queryFn: () => dataProvider.reminderChannels(), ...allowed });
  const robots = useQuery({ queryKey: ['reminders', 'webhooks'], queryFn: () => dataProvider.reminderWebhooks(), ...allowed });
  const chamberIds = [...new Set((robots.data?.data ?? []).map((r) => r.organizationId).filter((id): id is string => !!id))];
  const chambers = useQuery({
    queryKey: ['organizations', 'many', chamberIds],
    queryFn: () => dataProvider.getMany('organizations', { ids: chamberIds }),
    enabled: chamberIds.length > 0,
  });
  const chamberName = new Map((chambers.data?.data ?? []).map((c) => [String(c.id), String(c.name)]));
  const deliveries = useServerPage(['reminders', 'deliveries', status], (page) => dataProvider.reminderDeliveries({ status: status || null, ...page }), allowed);
  return (
    <Stack spacing={2} data-testid="reminder-channels" sx={{ minWidth: 0 }}>
      {channels.data ? (
        <Alert severity={channels.data.emailConfigured ? 'info' : 'warning'} data-testid="email-status">
          {channels.data.emailConfigured ? t('emailOn', { hour: channels.data.digestHour }) : t('emailOff', { hour: channels.data.digestHour })}
        </Alert>
      ) : null}
      {/* minWidth 0: a wide table scrolls inside, it does not widen the page on a phone. */}
      <Box sx={{ minWidth: 0 }}>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle2" component="h3" sx={{ flex: 1 }}>
            {t('robots')}
          </Typography>
          <Button size="small" variant="outlined" onClick={() => setAdding(true)} data-testid="robot-add">
            {t('add')}
          </Button>
        </Stack>
        <ScrollTable label="guildhall.reminders.channels.robots" sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('name')}</TableCell>
              <TableCell>{t('kind')}</TableCell>
              <TableCell>{t('receives')}</TableCell>
              <TableCell>{t('enabled')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {robots.data && robots.data.data.length === 0 ? <EmptyRow colSpan={5} text={t('noRobots')} /> : null}
            {(robots.data?.data ?? []).map((r) => (
              <RobotRow key={`${r.id}-${r.version}`} robot={r} chamberName={r.organizationId ? (chamberName.get(r.organizationId) ?? '…') : t('department')} />
            ))}
          </TableBody>
        </ScrollTable>
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }} spacing={2}>
          <Typography variant="subtitle2" component="h3" sx={{ flex: 1, minWidth: '6em' }}>
            {t('deliveries')}
          </Typography>
          <Box sx={{ width: 140, flexShrink: 0 }}>
            <TextField select fullWidth size="small" label={t('status')} value={status} onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')} data-testid="delivery-status" slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
              <MenuItem value="">{t('allStatuses')}</MenuItem>
              {STATUSES.map((s) => (
                <MenuItem key={s} value={s}>
                  {t(`statuses.${s}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
        </Stack>
        <ScrollTable label="guildhall.reminders.channels.deliveries" sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('day')}</TableCell>
              <TableCell>{t('channel')}</TableCell>
              <TableCell>{t('recipient')}</TableCell>
              <TableCell align="right">{t('count')}</TableCell>
              <TableCell>{t('status')}</TableCell>
              <TableCell>{t('detail')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {!deliveries.isPending && deliveries.rows.length === 0 ? <EmptyRow colSpan={6} text={t('noDeliveries')} /> : null}
            {deliveries.rows.map((d) => (
              <TableRow key={d.id} data-testid="delivery">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.day}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`channels.${d.channel}`)}</TableCell>
                <TableCell>{d.recipient}</TableCell>
                <TableCell align="right">{d.reminderCount}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" color={STATUS_COLOR[d.status]} label={t(`statuses.${d.status}`)} />
                </TableCell>
                <TableCell sx={{ minWidth: '14em' }}>
                  {d.status === 'SENT' ? formatDateTime(d.sentAt) : null}
                  {d.status === 'PENDING' && d.nextAttemptAt ? t('retryAt', { at: formatDateTime(d.nextAttemptAt), attempts: d.attempts }) : null}
                  {d.lastError && d.status !== 'SENT' ? (
                    <Typography variant="caption" color="error" component="div">
                      {t('attempts', { count: d.attempts })}：{d.lastError}
                    </Typography>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
        {deliveries.pager}
      </Box>
      {adding ? <AddRobotDialog onClose={() => setAdding(false)} /> : null}
    </Stack>
  );
};
