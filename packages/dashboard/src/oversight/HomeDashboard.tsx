import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardActionArea, CardContent, Chip, CircularProgress, List, ListItem, ListItemButton, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider, HomeFigures } from '../dataProvider';
import { legendText } from '../layout/theme';
import { OVERDUE_KINDS, annualReportUrl, overdueLink, percent } from './oversight';
import { ProbingAccountsAlert } from './ProbingAccounts';
import { useYearParam } from './useYearParam';

const ROW_HEIGHT = 28;

/** One KPI: the figure, what it is, and a line of detail; the whole card opens its page. */
const Kpi = ({ label, value, detail, to, testId }: { label: string; value: string; detail: string; to?: string; testId: string }) => {
  const body = (
    <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
      <Typography variant="body2" color="text.secondary" noWrap>
        {label}
      </Typography>
      <Typography variant="h5" component="div" sx={{ fontWeight: 600, my: 0.5 }} data-testid={`${testId}-value`}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" noWrap>
        {detail}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" data-testid={testId}>
      {to ? (
        <CardActionArea component={Link} to={to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
};

const ChartCard = ({ title, subtitle, children, height, testId }: { title: string; subtitle?: string; children: ReactNode; height: number; testId: string }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent sx={{ pb: '12px !important' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      {subtitle ? (
        <Typography variant="caption" color="text.secondary">
          {subtitle}
        </Typography>
      ) : null}
      <Box sx={{ width: '100%', height, mt: 1 }}>{children}</Box>
    </CardContent>
  </Card>
);

const Empty = ({ text }: { text: string }) => (
  <Typography color="text.secondary" variant="body2" sx={{ py: 4, textAlign: 'center' }}>
    {text}
  </Typography>
);

/**
 * 待办与逾期: every overdue kind with its count, one list item each; a kind with something
 * overdue opens the list filtered to it, a kind with nothing overdue is plain text (no link to
 * an empty list) in the secondary text colour, still readable.
 */
const OverdueList = ({ home }: { home: HomeFigures }) => {
  const translate = useTranslate();
  const counts = new Map(home.overdue.map((o) => [o.kind, o.count]));
  return (
    <Card variant="outlined" data-testid="overdue-list">
      <CardContent sx={{ pb: '8px !important' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }} id="overdue-list-title">
          {translate('guildhall.oversight.home.overdue.title')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('guildhall.oversight.home.overdue.subtitle')}
        </Typography>
        <List dense disablePadding sx={{ mt: 1 }} aria-labelledby="overdue-list-title">
          {OVERDUE_KINDS.map((kind) => {
            const count = counts.get(kind) ?? 0;
            const label = translate(`guildhall.oversight.overdueKinds.${kind}`);
            const chip = <Chip size="small" label={count} color={count > 0 ? (kind === 'CONVERSION_DUE' ? 'warning' : 'error') : 'default'} sx={{ minWidth: 36, fontWeight: 600 }} />;
            return (
              <ListItem key={kind} disablePadding data-testid={`overdue-${kind}`} data-count={count}>
                {count > 0 ? (
                  <ListItemButton component={Link} to={overdueLink(kind, home.year, home.asOf)} sx={{ borderRadius: 1 }}>
                    <ListItemText primary={label} slotProps={{ primary: { variant: 'body2' } }} />
                    {chip}
                    <ChevronRightIcon fontSize="small" sx={{ ml: 0.5, color: 'text.secondary' }} />
                  </ListItemButton>
                ) : (
                  <Box sx={{ display: 'flex', alignItems: 'center', width: '100%', px: 2, py: 0.5 }}>
                    <ListItemText primary={label} slotProps={{ primary: { variant: 'body2', color: 'text.secondary' } }} />
                    {chip}
                    {/* Keeps the counts in one column with the rows that open a list. */}
                    <Box component="span" sx={{ width: 20, ml: 0.5, flexShrink: 0 }} />
                  </Box>
                )}
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};

/**
 * 首页 of the coordination group: the year's KPIs over the user's scope, the charts behind them
 * and what is overdue, each drilling down to the page that lists it.
 */
export const HomeDashboard = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year, thisYear, setYear } = useYearParam();
  // The report's summary sheet comes in the interface's language.
  const [locale] = useLocaleState();
  const allowed = useQueryWhenAllowed('oversight', 'home');
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'home', year], queryFn: () => dataProvider.home({ year }), ...allowed });
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.home.${key}`, options);
  const home = data?.data;

  const header = (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 2, mb: 1.5 }} useFlexGap>
      <Box sx={{ flex: 1, minWidth: 260 }}>
        <Typography variant="h6" component="h1">
          {t('title')}
        </Typography>
        {home ? (
          <Typography variant="caption" color="text.secondary">
            {t('asOf', { date: home.asOf, chambers: home.chambers })}
          </Typography>
        ) : null}
      </Box>
      <Button variant="outlined" size="small" href={`${annualReportUrl(year)}&lang=${locale === 'en' ? 'en' : 'zh'}`} startIcon={<DownloadIcon />} data-testid="annual-report">
        {t('annualReport')}
      </Button>
      <TextField select size="small" label={t('year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }} data-testid="home-year">
        {[thisYear - 3, thisYear - 2, thisYear - 1, thisYear].map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );

  if (isPending || !home) {
    return (
      <Box data-testid="home-dashboard">
        <Title title="guildhall.home.title" />
        {header}
        {error ? <Typography color="error">{(error as Error).message}</Typography> : <CircularProgress size={24} sx={{ m: 2 }} />}
      </Box>
    );
  }

  const stageColors = [theme.palette.grey[500], theme.palette.success.main, theme.palette.warning.main, theme.palette.primary.dark];
  const bands = [
    { key: 'regular', value: home.meetings.regular, color: theme.palette.success.main },
    { key: 'partial', value: home.meetings.partial, color: theme.palette.warning.main },
    { key: 'irregular', value: home.meetings.irregular, color: theme.palette.error.main },
  ].map((b) => ({ ...b, name: t(`bands.${b.key}`) }));
  const coverageRows = home.coverageByChamber.map((c) => ({ name: c.chamberName, organization: Math.round(c.value * 1000) / 10, work: Math.round((c.second ?? 0) * 1000) / 10 }));
  const trainingRows = home.trainingByChamber.map((c) => ({ name: c.chamberName, seats: c.value, completed: c.second ?? 0 }));
  const assessmentRows = home.assessmentByChamber.map((c) => ({ name: c.chamberName, total: c.value }));
  const nameWidth = (rows: { name: string }[]) => Math.min(180, 14 * rows.reduce((m, r) => Math.max(m, r.name.length), 4) + 12);
  const percentTick = (v: number) => `${v}%`;

  return (
    <Box data-testid="home-dashboard" sx={{ pb: 3 }}>
      <Title title="guildhall.home.title" />
      {header}
      <ProbingAccountsAlert />
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
        <Kpi
          testId="kpi-organization-coverage"
          label={t('kpi.organizationCoverage')}
          value={percent(home.organizationCoverage)}
          detail={t('kpi.workCoverage', { value: percent(home.workCoverage) })}
          to="/oversight/coverage"
        />
        <Kpi testId="kpi-chamber-coverage" label={t('kpi.chamberCoverage')} value={percent(home.chamberCoverage)} detail={t('kpi.chambers', { count: home.chambers })} to="/oversight/coverage" />
        <Kpi
          testId="kpi-regularity"
          label={t('kpi.regularity')}
          value={percent(home.meetings.average)}
          detail={t('kpi.regularityDetail', { regular: home.meetings.regular, organizations: home.meetings.organizations })}
          to={`/oversight/regularity?year=${home.year}`}
        />
        <Kpi testId="kpi-pipeline" label={t('kpi.openCases')} value={String(home.openCases)} detail={t('kpi.openCasesDetail')} to="/developmentCases" />
        <Kpi
          testId="kpi-training"
          label={t('kpi.trainingCompletion')}
          value={percent(home.trainingCompletionRate)}
          detail={t('kpi.trainingDetail', { seats: home.trainingSeats, completed: home.trainingCompleted })}
          to="/trainingClasses"
        />
        <Kpi testId="kpi-letters" label={t('kpi.letters')} value={`${home.lettersSigned} / ${home.chambers}`} detail={t('kpi.lettersDetail')} to={`/oversight/letters?year=${home.year}`} />
        <Kpi
          testId="kpi-assessments"
          label={t('kpi.assessments')}
          value={`${home.assessed} / ${home.chambers}`}
          detail={home.averageAssessment === null || home.averageAssessment === undefined ? t('kpi.noAssessment') : t('kpi.averageAssessment', { value: home.averageAssessment.toFixed(2) })}
          to={`/oversight/assessments?year=${home.year}`}
        />
        <Kpi testId="kpi-venues" label={t('kpi.venues')} value={`${home.venuesCompliant} / ${home.venueUnits}`} detail={t('kpi.venuesDetail')} to="/oversight/venues" />
      </Box>

      <Box sx={{ display: 'grid', gap: 1.5, mt: 1.5, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, alignItems: 'start' }}>
        <ChartCard testId="chart-coverage" title={t('charts.coverage')} subtitle={t('charts.coverageSubtitle')} height={48 + Math.max(3, coverageRows.length) * ROW_HEIGHT}>
          {coverageRows.length === 0 ? (
            <Empty text={t('charts.empty')} />
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={coverageRows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={5}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 100]} tickFormatter={percentTick} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="name" width={nameWidth(coverageRows)} tick={{ fontSize: 12 }} interval={0} />
                <Tooltip formatter={(v) => `${v}%`} />
                <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText(theme)} />
                <Bar dataKey="organization" name={t('kpi.organizationCoverage')} fill={theme.palette.primary.main} isAnimationActive={false} />
                <Bar dataKey="work" name={t('charts.workCoverage')} fill={theme.palette.success.light} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <Stack spacing={1.5}>
          <OverdueList home={home} />
          <ChartCard testId="chart-regularity" title={t('charts.regularity')} subtitle={t('charts.regularitySubtitle', { annualOnly: home.meetings.annualOnly })} height={220}>
            {home.meetings.organizations === 0 ? (
              <Empty text={t('charts.empty')} />
            ) : (
              <ResponsiveContainer width="100%" height="100%">
                <PieChart>
                  <Pie data={bands} dataKey="value" nameKey="name" innerRadius={45} outerRadius={75} isAnimationActive={false} label={({ value }) => (value ? String(value) : '')}>
                    {bands.map((b) => (
                      <Cell key={b.key} fill={b.color} />
                    ))}
                  </Pie>
                  <Tooltip />
                  <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText(theme)} />
                </PieChart>
              </ResponsiveContainer>
            )}
          </ChartCard>
        </Stack>
      </Box>

      <Box sx={{ display: 'grid', gap: 1.5, mt: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, alignItems: 'start' }}>
        <ChartCard testId="chart-pipeline" title={t('charts.pipeline')} height={240}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={home.pipeline.map((p) => ({ name: translate(`guildhall.caseStages.${p.stage}`), count: p.count }))} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
              <CartesianGrid vertical={false} strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar dataKey="count" name={t('charts.cases')} isAnimationActive={false}>
                {home.pipeline.map((p, i) => (
                  <Cell key={p.stage} fill={stageColors[i]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard testId="chart-assessments" title={t('charts.assessments')} height={48 + Math.max(3, assessmentRows.length) * ROW_HEIGHT}>
          {assessmentRows.length === 0 ? (
            <Empty text={t('kpi.noAssessment')} />
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={assessmentRows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={5}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="name" width={nameWidth(assessmentRows)} tick={{ fontSize: 12 }} interval={0} />
                <Tooltip />
                <Bar dataKey="total" name={t('charts.total')} fill={theme.palette.secondary.main} isAnimationActive={false} label={{ position: 'right', fontSize: 11 }} />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <ChartCard testId="chart-training" title={t('charts.training')} height={48 + Math.max(3, trainingRows.length) * ROW_HEIGHT}>
          {trainingRows.length === 0 ? (
            <Empty text={t('charts.noTraining')} />
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={trainingRows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={5}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="name" width={nameWidth(trainingRows)} tick={{ fontSize: 12 }} interval={0} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText(theme)} />
                <Bar dataKey="seats" name={t('charts.seats')} fill={theme.palette.primary.light} isAnimationActive={false} />
                <Bar dataKey="completed" name={t('charts.completed')} fill={theme.palette.success.main} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
      </Box>
    </Box>
  );
};
