import { Alert, Box, Button, Card, CardContent, LinearProgress, MenuItem, Stack, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider, OversightSettings } from '../dataProvider';
import { FOCUS_AREAS, problemOf } from './oversight';
import { useYearParam } from './useYearParam';
import { ScrollTable } from '../layout/ScrollTable';
import { ReminderChannels, ReminderRules } from '../reminders';
import { MaterialKinds } from '../development/MaterialKinds';

const RULE_FIELDS = ['branchMinFullMembers', 'generalBranchAboveMembers', 'committeeMinMembers', 'jointBranchMaxEnterprises', 'committeeTermYears', 'branchTermYears', 'termDueSoonMonths', 'fullVenueMinMembers'] as const;
const PERIODS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;

type Rules = OversightSettings['rules'];
type Requirement = OversightSettings['requirements'][number];

const digits = (value: string) => value.replace(/[^\d]/g, '').slice(0, 6);

const Section = ({ title, subtitle, children, testId }: { title: string; subtitle: string; children: ReactNode; testId: string }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 2 }}>
        {subtitle}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** 组织设置规则: the thresholds, term lengths and limits the server computes with. */
const RulesForm = ({ rules, onSaved }: { rules: Rules; onSaved(): Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(RULE_FIELDS.map((f) => [f, String(rules[f])])));
  const save = useMutation({
    mutationFn: () => dataProvider.setOrganizationRules(Object.fromEntries(RULE_FIELDS.map((f) => [f, Number(values[f])]))),
    onSuccess: async () => {
      notify('guildhall.oversight.settings.saved', { type: 'success' });
      await onSaved();
    },
  });
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
        {RULE_FIELDS.map((f) => (
          <TextField
            key={f}
            size="small"
            label={translate(`guildhall.oversight.settings.rules.${f}`)}
            value={values[f]}
            onChange={(e) => setValues({ ...values, [f]: digits(e.target.value) })}
            name={f}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        ))}
      </Box>
      {save.error ? <Alert severity="error" sx={{ mt: 2 }}>{problemOf(save.error)}</Alert> : null}
      <Button variant="contained" size="small" sx={{ mt: 2 }} disabled={save.isPending || RULE_FIELDS.some((f) => values[f] === '')} onClick={() => save.mutate()} data-testid="rules-save">
        {translate('ra.action.save')}
      </Button>
    </>
  );
};

/** 考核权重: each focus area's weight in the year's assessments, adding up to 100. */
const WeightsForm = ({ year, weights, onSaved }: { year: number; weights: OversightSettings['weights']; onSaved(): Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(weights.map((w) => [w.area, String(w.weight)])));
  const sum = FOCUS_AREAS.reduce((s, a) => s + Number(values[a] || 0), 0);
  const save = useMutation({
    mutationFn: () => dataProvider.setAssessmentWeights({ year, weights: FOCUS_AREAS.map((area) => ({ area, weight: Number(values[area] || 0) })) }),
    onSuccess: async () => {
      notify('guildhall.oversight.settings.saved', { type: 'success' });
      await onSaved();
    },
  });
  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {FOCUS_AREAS.map((area) => (
          <TextField
            key={area}
            size="small"
            label={translate(`guildhall.oversight.focusAreas.${area}`)}
            value={values[area] ?? ''}
            onChange={(e) => setValues({ ...values, [area]: digits(e.target.value).slice(0, 3) })}
            name={`weight-${area}`}
            sx={{ width: 120 }}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        ))}
        <Typography color={sum === 100 ? 'text.secondary' : 'error'} data-testid="weights-sum">
          {translate('guildhall.oversight.settings.weightsSum', { sum })}
        </Typography>
      </Stack>
      {save.error ? <Alert severity="error" sx={{ mt: 2 }}>{problemOf(save.error)}</Alert> : null}
      <Button variant="contained" size="small" sx={{ mt: 2 }} disabled={save.isPending || sum !== 100} onClick={() => save.mutate()} data-testid="weights-save">
        {translate('ra.action.save')}
      </Button>
    </>
  );
};

/** One meeting requirement: how often, how many; saved on its own. */
const RequirementRow = ({ requirement, onSaved }: { requirement: Requirement; onSaved(): Promise<unknown> }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [period, setPeriod] = useState<string>(requirement.period);
  const [minCount, setMinCount] = useState(String(requirement.minCount));
  // The row's fields have no label of their own: the column heading and the row's kind and type name them.
  const rowName = `${translate(`guildhall.kinds.${requirement.organizationKind}`)} ${translate(`guildhall.oversight.meetingTypes.${requirement.type}`)}`;
  const changed = period !== requirement.period || minCount !== String(requirement.minCount);
  const save = useMutation({
    mutationFn: () => dataProvider.setMeetingRequirement({ organizationKind: requirement.organizationKind, type: requirement.type, period: period as Requirement['period'], minCount: Number(minCount) }),
    onSuccess: onSaved,
  });
  return (
    <TableRow>
      <TableCell>{translate(`guildhall.kinds.${requirement.organizationKind}`)}</TableCell>
      <TableCell>{translate(`guildhall.oversight.meetingTypes.${requirement.type}`)}</TableCell>
      <TableCell>
        <TextField
          select
          size="small"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          sx={{ width: 120 }}
          slotProps={{ select: { SelectDisplayProps: { 'aria-label': `${rowName} ${translate('guildhall.oversight.settings.period')}` } } }}
        >
          {PERIODS.map((p) => (
            <MenuItem key={p} value={p}>
              {translate(`guildhall.oversight.periods.${p}`)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell>
        <TextField size="small" value={minCount} onChange={(e) => setMinCount(digits(e.target.value).slice(0, 2))} sx={{ width: 80 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${rowName} ${translate('guildhall.oversight.settings.minCount')}` } }} />
      </TableCell>
      <TableCell>
        <Button size="small" disabled={!changed || minCount === '' || save.isPending} onClick={() => save.mutate()}>
          {translate('ra.action.save')}
        </Button>
        {save.error ? <Typography color="error" variant="caption">{problemOf(save.error)}</Typography> : null}
      </TableCell>
    </TableRow>
  );
};

/** 监督设置 (administrators): the rules on organizations, the meeting requirements and the assessment weights. */
export const SettingsPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const queryClient = useQueryClient();
  const { year, thisYear, setYear } = useYearParam();
  const key = ['oversight', 'settings', year];
  // Another year keeps the page (and what is typed into the rules) on screen while its weights load.
  const { data, isPending, isPlaceholderData, error } = useQuery({
    queryKey: key,
    queryFn: () => dataProvider.oversightSettings({ year }),
    placeholderData: keepPreviousData,
    ...useQueryWhenAllowed('oversight', 'settings'),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['oversight'] });
  const t = (k: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.settings.${k}`, options);
  const settings = data?.data;
  return (
    <Box sx={{ pb: 3 }} data-testid="settings-page">
      <Title title="guildhall.oversight.settings.title" />
      <Typography variant="h6" component="h1" sx={{ mt: 2, mb: 1.5 }}>
        {t('title')}
      </Typography>
      {isPending || !settings ? (
        error ? <Alert severity="error">{problemOf(error)}</Alert> : null
      ) : (
        <Stack spacing={1.5}>
          <Section testId="settings-rules" title={t('rulesTitle')} subtitle={t('rulesSubtitle')}>
            <RulesForm key={JSON.stringify(settings.rules)} rules={settings.rules} onSaved={refresh} />
          </Section>
          <Section testId="settings-weights" title={t('weightsTitle')} subtitle={t('weightsSubtitle')}>
            <TextField select size="small" label={translate('guildhall.oversight.home.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120, mb: 2 }}>
              {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            {isPlaceholderData ? (
              // The weights shown would be the previous year's: nothing is typed into them until this year's arrive.
              error ? <Alert severity="error">{problemOf(error)}</Alert> : <LinearProgress data-testid="weights-loading" sx={{ my: 2 }} />
            ) : (
              <WeightsForm key={`${year}-${JSON.stringify(settings.weights)}`} year={year} weights={settings.weights} onSaved={refresh} />
            )}
          </Section>
          <Section testId="settings-requirements" title={t('requirementsTitle')} subtitle={t('requirementsSubtitle')}>
            <ScrollTable label="guildhall.tables.settingsHistory" sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('kind')}</TableCell>
                  <TableCell>{t('type')}</TableCell>
                  <TableCell>{t('period')}</TableCell>
                  <TableCell>{t('minCount')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {settings.requirements.map((r) => (
                  <RequirementRow key={`${r.organizationKind}-${r.type}-${r.period}-${r.minCount}`} requirement={r} onSaved={refresh} />
                ))}
              </TableBody>
            </ScrollTable>
          </Section>
          <Section testId="settings-reminders" title={translate('guildhall.reminders.rules.title')} subtitle={translate('guildhall.reminders.rules.subtitle')}>
            <ReminderRules />
          </Section>
          <Section testId="settings-channels" title={translate('guildhall.reminders.channels.title')} subtitle={translate('guildhall.reminders.channels.subtitle')}>
            <ReminderChannels />
          </Section>
          <Section testId="settings-materials" title={translate('resources.developmentCases.kinds.title')} subtitle={translate('resources.developmentCases.kinds.subtitle')}>
            <MaterialKinds />
          </Section>
        </Stack>
      )}
    </Box>
  );
};
