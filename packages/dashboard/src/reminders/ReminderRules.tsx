import { Button, Checkbox, FormControlLabel, FormGroup, Switch, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { DeliveryChannel, ReminderRecipient } from '@guildhall/client';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider, ReminderRuleRow } from '../dataProvider';
import { ScrollTable } from '../layout/ScrollTable';
import { problemOf } from '../oversight/oversight';
import { reminderKindLabel } from './reminders';

const RECIPIENTS: ReminderRecipient[] = ['COORDINATORS', 'ADMINISTRATORS', 'TRAINEE'];
const CHANNELS: DeliveryChannel[] = ['EMAIL', 'WEBHOOK'];
/** A whole number as typed, a leading minus kept (the offset may be before the list). */
const wholeNumber = (value: string, signed: boolean) => (signed ? value.replace(/(?!^-)[^\d]/g, '') : value.replace(/[^\d]/g, '')).slice(0, 4);

/** One kind's rule: on or off, when, how often, to whom; saved on its own. */
const RuleRow = ({ rule }: { rule: ReminderRuleRow }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [enabled, setEnabled] = useState(rule.enabled);
  const [offset, setOffset] = useState(String(rule.offsetDays));
  const [repeat, setRepeat] = useState(String(rule.repeatDays));
  const [recipients, setRecipients] = useState<ReminderRecipient[]>(rule.recipients);
  const [channels, setChannels] = useState<DeliveryChannel[]>(rule.channels);
  const t = (key: string) => translate(`guildhall.reminders.rules.${key}`);
  const save = useMutation({
    mutationFn: () => dataProvider.updateReminderRule({ kind: rule.kind, enabled, offsetDays: Number(offset), repeatDays: Number(repeat), recipients, channels }),
    onSuccess: async () => {
      notify('guildhall.oversight.settings.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['reminders', 'rules'] });
    },
  });
  const complete = /^-?\d+$/.test(offset) && /^\d+$/.test(repeat);
  return (
    <TableRow data-testid={`reminder-rule-${rule.kind}`}>
      <TableCell sx={{ minWidth: '12em' }}>{reminderKindLabel(translate, rule.kind)}</TableCell>
      <TableCell>
        <Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)} slotProps={{ input: { 'aria-label': t('enabled') } }} name="enabled" />
      </TableCell>
      <TableCell>
        <TextField size="small" value={offset} onChange={(e) => setOffset(wholeNumber(e.target.value, true))} name="offsetDays" sx={{ width: 90 }} slotProps={{ htmlInput: { 'aria-label': t('offsetDays') } }} />
      </TableCell>
      <TableCell>
        <TextField size="small" value={repeat} onChange={(e) => setRepeat(wholeNumber(e.target.value, false))} name="repeatDays" sx={{ width: 90 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('repeatDays') } }} />
      </TableCell>
      <TableCell>
        {/* Three choices wrap onto two lines, so the table fits a laptop's screen beside the menu. */}
        <FormGroup row sx={{ maxWidth: 300, columnGap: 0.5 }}>
          {RECIPIENTS.map((r) => (
            <FormControlLabel
              key={r}
              control={<Checkbox size="small" checked={recipients.includes(r)} onChange={(e) => setRecipients(e.target.checked ? [...recipients, r] : recipients.filter((x) => x !== r))} />}
              label={t(`recipients.${r}`)}
              sx={{ whiteSpace: 'nowrap' }}
            />
          ))}
        </FormGroup>
      </TableCell>
      <TableCell>
        <FormGroup row sx={{ flexWrap: 'nowrap' }}>
          {CHANNELS.map((c) => (
            <FormControlLabel
              key={c}
              control={<Checkbox size="small" checked={channels.includes(c)} onChange={(e) => setChannels(e.target.checked ? [...channels, c] : channels.filter((x) => x !== c))} />}
              label={t(`channels.${c}`)}
              sx={{ whiteSpace: 'nowrap' }}
            />
          ))}
        </FormGroup>
      </TableCell>
      <TableCell>
        <Button size="small" variant="contained" disabled={!complete || save.isPending} onClick={() => save.mutate()} data-testid="reminder-rule-save">
          {translate('ra.action.save')}
        </Button>
        {save.error ? (
          <Typography color="error" variant="caption" component="div">
            {problemOf(save.error)}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
};

/** 提醒规则 (administrators): each kind of overdue work sent as a reminder, with when, how often and to whom. */
export const ReminderRules = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { data, error } = useQuery({ queryKey: ['reminders', 'rules'], queryFn: () => dataProvider.reminderRules(), ...useQueryWhenAllowed('oversight', 'settings') });
  const t = (key: string) => translate(`guildhall.reminders.rules.${key}`);
  if (error) return <Typography color="error">{problemOf(error)}</Typography>;
  if (!data) return null;
  return (
    <ScrollTable label="guildhall.reminders.rules.title" sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('kind')}</TableCell>
          <TableCell>{t('enabled')}</TableCell>
          <TableCell>{t('offsetDays')}</TableCell>
          <TableCell>{t('repeatDays')}</TableCell>
          <TableCell>{t('to')}</TableCell>
          <TableCell>{t('digest')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {data.data.map((rule) => (
          <RuleRow key={`${rule.kind}-${rule.version}`} rule={rule} />
        ))}
      </TableBody>
    </ScrollTable>
  );
};
