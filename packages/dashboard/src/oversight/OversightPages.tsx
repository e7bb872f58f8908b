import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, Switch, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { useIsPhone } from '../layout/ResponsiveList';
import type { AssessmentsOfYear, GuildhallDataProvider, LettersOfYear } from '../dataProvider';
import { todayInChina } from '../development/development';
import { FOCUS_AREAS, byCoverage, percent, problemOf, uncoveredCount } from './oversight';
import { VenueDialog } from './VenueDialog';
import type { CoverageReport, VenueComplianceRow } from '../dataProvider';
import { useYearParam } from './useYearParam';
import { DateTextField } from '../dates/DateInput';
import { ScrollTable } from '../layout/ScrollTable';

/** A card around a table: on a narrow screen the table scrolls inside it (a card clips what overflows). */
const tableCardSx = { overflowX: 'auto' } as const;

const tableSx = { '& th': { whiteSpace: 'nowrap', fontWeight: 600 }, '& td, & th': { px: 1.5 } };

/** A report page: its title, the year where it has one, actions, and its content. */
const ReportPage = ({ title, subtitle, withYear = true, actions, children, testId }: { title: string; subtitle?: string; withYear?: boolean; actions?: ReactNode; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  const { year, thisYear, setYear } = useYearParam();
  return (
    <Box data-testid={testId} sx={{ pb: 3 }}>
      <Title title={title} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 2, mb: 1.5 }} useFlexGap>
        <Box sx={{ flex: 1, minWidth: 260 }}>
          <Typography variant="h6" component="h1">
            {translate(title)}
          </Typography>
          {subtitle ? (
            <Typography variant="caption" color="text.secondary">
              {translate(subtitle)}
            </Typography>
          ) : null}
        </Box>
        {actions}
        {withYear ? (
          <TextField select size="small" label={translate('guildhall.oversight.home.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }}>
            {[thisYear - 3, thisYear - 2, thisYear - 1, thisYear].map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Stack>
      {children}
    </Box>
  );
};

const Pending = ({ error }: { error: unknown }) =>
  error ? (
    <Typography color="error" sx={{ my: 2 }}>
      {(error as Error).message}
    </Typography>
  ) : (
    <CircularProgress size={24} sx={{ m: 2 }} />
  );

const ROWS_PER_PAGE = [50, 100, 200];

/** A page of a long report list, with the pager under the table; back to the first page when the rows change. */
function usePage<T>(rows: T[]) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(ROWS_PER_PAGE[0]);
  const last = Math.max(0, Math.ceil(rows.length / perPage) - 1);
  const current = Math.min(page, last);
  return {
    rows: rows.slice(current * perPage, (current + 1) * perPage),
    pager:
      rows.length > ROWS_PER_PAGE[0] ? (
        <Pager
          count={rows.length}
          page={current}
          perPage={perPage}
          onPage={setPage}
          onPerPage={(n) => {
            setPerPage(n);
            setPage(0);
          }}
        />
      ) : null,
  };
}

const Pager = ({ count, page, perPage, onPage, onPerPage }: { count: number; page: number; perPage: number; onPage: (page: number) => void; onPerPage: (perPage: number) => void }) => {
  const translate = useTranslate();
  return (
    <TablePagination
      component="div"
      data-testid="report-pager"
      count={count}
      page={page}
      rowsPerPage={perPage}
      rowsPerPageOptions={ROWS_PER_PAGE}
      onPageChange={(_e, next) => onPage(next)}
      onRowsPerPageChange={(e) => onPerPage(Number(e.target.value))}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count: total }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total })}
      getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
    />
  );
};

const EmptyRow = ({ colSpan, text }: { colSpan: number; text: string }) => (
  <TableRow>
    <TableCell colSpan={colSpan} sx={{ color: 'text.secondary', py: 3 }}>
      {text}
    </TableCell>
  </TableRow>
);

/** 三会一课规范情况: each party organization's compliant periods this year; `annualOnly=1` shows only the "one meeting a year" ones. */
export const RegularityPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year, params, setParam } = useYearParam();
  const annualOnly = params.get('annualOnly') === '1';
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'regularity', year], queryFn: () => dataProvider.regularity({ year }), ...useQueryWhenAllowed('oversight', 'regularity') });
  const all = (data?.data ?? []).filter((r) => !annualOnly || (r.annualOnly && r.heldMeetings > 0)).sort((a, b) => a.regularity - b.regularity);
  const { rows, pager } = usePage(all);
  const t = (key: string) => translate(`guildhall.oversight.regularity.${key}`);
  return (
    <ReportPage
      testId="regularity-page"
      title="guildhall.oversight.regularity.title"
      subtitle="guildhall.oversight.regularity.subtitle"
      actions={<FormControlLabel control={<Switch checked={annualOnly} onChange={(e) => setParam('annualOnly', e.target.checked ? '1' : null)} />} label={t('annualOnlyFilter')} />}
    >
      {isPending ? (
        <Pending error={error} />
      ) : (
        <Card variant="outlined" sx={tableCardSx}>
          <ScrollTable label="guildhall.tables.regularity" sx={tableSx}>
            <TableHead>
              <TableRow>
                <TableCell>{t('organization')}</TableCell>
                <TableCell>{t('kind')}</TableCell>
                <TableCell align="right">{t('periods')}</TableCell>
                <TableCell align="right">{t('regularity')}</TableCell>
                <TableCell align="right">{t('held')}</TableCell>
                <TableCell>{t('flags')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? <EmptyRow colSpan={7} text={t('empty')} /> : null}
              {rows.map((r) => (
                <TableRow key={r.organizationId} hover>
                  <TableCell>
                    <Link to={`/meetings?filter=${encodeURIComponent(JSON.stringify({ organizationId: r.organizationId }))}`}>{r.organizationName}</Link>
                  </TableCell>
                  <TableCell>{translate(`guildhall.kinds.${r.organizationKind}`)}</TableCell>
                  <TableCell align="right">
                    {r.compliantPeriods} / {r.elapsedPeriods}
                  </TableCell>
                  <TableCell align="right">{percent(r.regularity)}</TableCell>
                  <TableCell align="right">{r.heldMeetings}</TableCell>
                  <TableCell>{r.annualOnly && r.heldMeetings > 0 ? <Chip size="small" color="error" label={t('annualOnly')} /> : null}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
          {pager}
        </Card>
      )}
    </ReportPage>
  );
};

type ChamberRow = CoverageReport['coverage']['byChamber'][number];
type Gap = 'organization' | 'work';

/**
 * 覆盖情况: the two coverages and chamber coverage, each chamber's figures (lowest organization
 * coverage first, then lowest work coverage: `byCoverage`), and the drill-down to the member enterprises not covered — `chamber=<id>`
 * keeps one chamber's, `missing=organization|work` one kind of gap.
 */
export const CoveragePage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { params, setParam } = useYearParam();
  const chamber = params.get('chamber');
  const missing = (['organization', 'work'] as Gap[]).find((g) => g === params.get('missing')) ?? null;
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'coverage'], queryFn: () => dataProvider.coverage({}), ...useQueryWhenAllowed('oversight', 'coverage') });
  const t = (key: string, options?: object) => translate(`guildhall.oversight.coverage.${key}`, options);
  const report = data?.data.coverage;
  const chambers = [...(report?.byChamber ?? [])].sort(byCoverage);
  const chamberName = new Map(chambers.map((c) => [c.chamberId, c.chamberName]));
  const uncovered = (data?.data.uncovered ?? []).filter(
    (e) => (!chamber || e.chamberId === chamber) && (missing === null || (missing === 'organization' ? e.missingOrganization : e.missingWork)),
  );
  const chamberPage = usePage(chambers);
  const enterprisePage = usePage(uncovered);
  // Nothing to cover is not 0% covered.
  const ratio = (n: number, d: number, r: number) => (d === 0 ? '—' : `${n} / ${d}（${percent(r)}）`);
  return (
    <ReportPage testId="coverage-page" title="guildhall.oversight.coverage.title" subtitle="guildhall.oversight.coverage.subtitle" withYear={false}>
      {isPending || !report ? (
        <Pending error={error} />
      ) : (
        <Stack spacing={1.5}>
          <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }} data-testid="coverage-figures">
            {[
              [t('organizationCoverage'), percent(report.organizationCoverage), t('organizationDetail', { covered: report.organizationCovered, total: report.enterprisesWithMembers })],
              [t('workCoverage'), percent(report.workCoverage), t('workDetail', { covered: report.workCovered, total: report.enterprises })],
              [t('chamberCoverage'), percent(report.chamberCoverage), t('chamberDetail', { covered: report.chambersWithPartyOrganization, total: report.chambers })],
            ].map(([label, value, detail]) => (
              <Card key={label} variant="outlined">
                <CardContent sx={{ pb: '12px !important' }}>
                  <Typography variant="body2" color="text.secondary">
                    {label}
                  </Typography>
                  <Typography variant="h5">{value}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {detail}
                  </Typography>
                </CardContent>
              </Card>
            ))}
          </Box>
          <Card variant="outlined">
            <CardContent sx={{ pb: 0 }}>
              <Typography variant="subtitle2" component="h2">
                {t('byChamber')}
              </Typography>
            </CardContent>
            <ScrollTable label="guildhall.tables.coverageChambers" sx={tableSx} data-testid="coverage-chambers">
              <TableHead>
                <TableRow>
                  <TableCell>{t('chamber')}</TableCell>
                  <TableCell align="right">{t('enterprises')}</TableCell>
                  <TableCell align="right">{t('organizationCovered')}</TableCell>
                  <TableCell align="right">{t('workCovered')}</TableCell>
                  <TableCell>{t('partyOrganization')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {chambers.length === 0 ? <EmptyRow colSpan={6} text={t('noChambers')} /> : null}
                {chamberPage.rows.map((c: ChamberRow) => (
                  <TableRow key={c.chamberId} hover selected={c.chamberId === chamber}>
                    <TableCell>
                      <Link to={`/organizations/${c.chamberId}/show`}>{c.chamberName}</Link>
                    </TableCell>
                    <TableCell align="right">{c.enterprises}</TableCell>
                    <TableCell align="right">{ratio(c.organizationCovered, c.enterprisesWithMembers, c.organizationCoverage)}</TableCell>
                    <TableCell align="right">{ratio(c.workCovered, c.enterprises, c.workCoverage)}</TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" color={c.hasPartyOrganization ? 'success' : 'error'} label={t(c.hasPartyOrganization ? 'has' : 'hasNot')} />
                    </TableCell>
                    <TableCell align="right">
                      {uncoveredCount(c) > 0 ? (
                        <Button size="small" onClick={() => setParam('chamber', c.chamberId)} data-testid="coverage-show-uncovered">
                          {t('showUncovered')}
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
            {chamberPage.pager}
          </Card>
          <Card variant="outlined" data-testid="coverage-uncovered">
            <CardContent sx={{ pb: 0 }}>
              <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="subtitle2" component="h2" sx={{ flex: 1 }}>
                  {chamber ? t('uncoveredIn', { chamber: chamberName.get(chamber) ?? chamber }) : t('uncovered')}（{uncovered.length}）
                </Typography>
                {chamber ? <Chip size="small" label={t('allChambers')} onClick={() => setParam('chamber', null)} data-testid="coverage-all-chambers" /> : null}
                <TextField select size="small" label={t('gap')} value={missing ?? 'all'} onChange={(e) => setParam('missing', e.target.value === 'all' ? null : e.target.value)} sx={{ width: 200 }} data-testid="coverage-gap">
                  <MenuItem value="all">{t('allGaps')}</MenuItem>
                  <MenuItem value="organization">{t('missingOrganization')}</MenuItem>
                  <MenuItem value="work">{t('missingWork')}</MenuItem>
                </TextField>
              </Stack>
            </CardContent>
            <ScrollTable label="guildhall.tables.coverageOrganizations" sx={tableSx}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('enterprise')}</TableCell>
                  <TableCell>{t('chamber')}</TableCell>
                  <TableCell align="right">{t('members')}</TableCell>
                  <TableCell>{t('gaps')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {uncovered.length === 0 ? <EmptyRow colSpan={4} text={t('empty')} /> : null}
                {enterprisePage.rows.map((e) => (
                  <TableRow key={e.id} hover>
                    <TableCell>
                      <Link to={`/organizations/${e.id}/show`}>{e.name}</Link>
                    </TableCell>
                    <TableCell>{chamberName.get(e.chamberId) ?? ''}</TableCell>
                    <TableCell align="right">{e.members}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={0.5}>
                        {e.missingOrganization ? <Chip size="small" color="error" label={t('missingOrganization')} /> : null}
                        {e.missingWork ? <Chip size="small" color="warning" label={t('missingWork')} /> : null}
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
            {enterprisePage.pager}
          </Card>
        </Stack>
      )}
    </ReportPage>
  );
};

/** 活动场所达标情况: each unit held to a venue standard, short ones first; `compliant=0` shows only those. */
export const VenuePage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { params } = useYearParam();
  const onlyShort = params.get('compliant') === '0';
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'venues'], queryFn: () => dataProvider.venueCompliance(), ...useQueryWhenAllowed('oversight', 'venues') });
  const all = (data?.data ?? []).filter((r) => !onlyShort || !r.compliant).sort((a, b) => Number(a.compliant) - Number(b.compliant));
  const { rows, pager } = usePage(all);
  const t = (key: string) => translate(`guildhall.oversight.venues.${key}`);
  const [open, setOpen] = useState<VenueComplianceRow | null>(null);
  return (
    <ReportPage testId="venue-page" title="guildhall.oversight.venues.title" subtitle="guildhall.oversight.venues.subtitle" withYear={false}>
      {isPending ? (
        <Pending error={error} />
      ) : (
        <Card variant="outlined" sx={tableCardSx}>
          <ScrollTable label="guildhall.tables.venues" sx={tableSx}>
            <TableHead>
              <TableRow>
                <TableCell>{t('unit')}</TableCell>
                <TableCell>{t('kind')}</TableCell>
                <TableCell align="right">{t('members')}</TableCell>
                <TableCell>{t('standard')}</TableCell>
                <TableCell>{t('state')}</TableCell>
                <TableCell>{t('missing')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? <EmptyRow colSpan={7} text={t('empty')} /> : null}
              {rows.map((r) => (
                <TableRow key={r.organizationId} hover>
                  <TableCell>
                    <Link to={`/organizations/${r.organizationId}/show`}>{r.organizationName}</Link>
                  </TableCell>
                  <TableCell>{translate(`guildhall.kinds.${r.kind}`)}</TableCell>
                  <TableCell align="right">{r.members}</TableCell>
                  <TableCell>{translate(`guildhall.oversight.venueStandards.${r.requiredStandard}`)}</TableCell>
                  <TableCell>
                    <Chip size="small" color={r.compliant ? 'success' : 'error'} label={t(r.compliant ? 'compliant' : 'short')} />
                  </TableCell>
                  <TableCell>{r.compliant ? '' : r.venueId ? r.missing.join('、') : t('noVenue')}</TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => setOpen(r)} data-testid="venue-details">
                      {t('details')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
          {pager}
        </Card>
      )}
      {open ? <VenueDialog unit={open} onClose={() => setOpen(null)} /> : null}
    </ReportPage>
  );
};

/** The chambers still without a letter or an assessment, as chips. */
const MissingChambers = ({ title, chambers, testId }: { title: string; chambers: { id: string; name: string }[]; testId: string }) => (
  <Card variant="outlined" sx={{ mb: 1.5 }} data-testid={testId}>
    <CardContent sx={{ pb: '12px !important' }}>
      <Typography variant="subtitle2" component="h2" gutterBottom>
        {title}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {chambers.map((c) => (
          <Chip key={c.id} size="small" variant="outlined" color="warning" label={c.name} />
        ))}
      </Stack>
    </CardContent>
  </Card>
);

function useRefresh(key: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['oversight', key] }), queryClient.invalidateQueries({ queryKey: ['oversight', 'home'] })]);
}


/** 签订责任书: a chamber still without a letter, the day, who signed, and a target per focus area. */
const SignLetterDialog = ({ year, chambers, onClose }: { year: number; chambers: LettersOfYear['missing']; onClose(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh('letters');
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [chamberId, setChamberId] = useState(chambers[0]?.id ?? '');
  const [signedOn, setSignedOn] = useState(todayInChina());
  const [signatory, setSignatory] = useState('');
  const [targets, setTargets] = useState<Record<string, string>>({});
  const t = (key: string) => translate(`guildhall.oversight.letters.${key}`);
  const mutation = useMutation({
    mutationFn: () =>
      dataProvider.signLetter({
        chamberId,
        year,
        signedOn,
        signatory: signatory.trim(),
        targets: FOCUS_AREAS.filter((a) => targets[a]?.trim()).map((area) => ({ area, target: targets[area].trim() })),
      }),
    onSuccess: async () => {
      await refresh();
      notify('guildhall.oversight.letters.signed', { type: 'success' });
      onClose();
    },
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('sign')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label={t('chamber')} value={chamberId} onChange={(e) => setChamberId(e.target.value)} size="small" data-testid="letter-chamber">
            {chambers.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={2}>
            <DateTextField label={t('signedOn')} value={signedOn} onChange={setSignedOn} size="small" sx={{ flex: 1 }} />
            <TextField label={t('signatory')} value={signatory} onChange={(e) => setSignatory(e.target.value)} size="small" sx={{ flex: 1 }} name="signatory" />
          </Stack>
          {FOCUS_AREAS.map((area) => (
            <TextField
              key={area}
              label={translate(`guildhall.oversight.focusAreas.${area}`)}
              value={targets[area] ?? ''}
              onChange={(e) => setTargets({ ...targets, [area]: e.target.value })}
              size="small"
              multiline
              name={`target-${area}`}
            />
          ))}
          {mutation.error ? <Alert severity="error">{problemOf(mutation.error)}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!chamberId || mutation.isPending} onClick={() => mutation.mutate()} data-testid="letter-save">
          {t('save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** 党建工作责任书: the year's signed letters with their targets, and the chambers still without one. */
export const LettersPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year } = useYearParam();
  const [signing, setSigning] = useState(false);
  const { canAccess: maySign } = useCanAccess({ resource: 'oversight', action: 'signLetter' });
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'letters', year], queryFn: () => dataProvider.letters({ year }), ...useQueryWhenAllowed('oversight', 'letters') });
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.letters.${key}`, options);
  const letters = data?.data;
  return (
    <ReportPage
      testId="letters-page"
      title="guildhall.oversight.letters.title"
      subtitle="guildhall.oversight.letters.subtitle"
      actions={
        maySign && letters && letters.missing.length > 0 ? (
          <Button variant="contained" size="small" onClick={() => setSigning(true)} data-testid="letter-sign">
            {t('sign')}
          </Button>
        ) : null
      }
    >
      {isPending || !letters ? (
        <Pending error={error} />
      ) : (
        <>
          {letters.missing.length > 0 ? <MissingChambers testId="letters-missing" title={t('missing', { count: letters.missing.length })} chambers={letters.missing} /> : null}
          <Card variant="outlined" sx={tableCardSx}>
            <ScrollTable label="guildhall.tables.letters" sx={tableSx}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('chamber')}</TableCell>
                  <TableCell>{t('signedOn')}</TableCell>
                  <TableCell>{t('signatory')}</TableCell>
                  <TableCell>{t('targets')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {letters.items.length === 0 ? <EmptyRow colSpan={4} text={t('empty')} /> : null}
                {letters.items.map((l) => (
                  <TableRow key={l.id} hover sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.chamber?.name}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.signedOn}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.signatory}</TableCell>
                    <TableCell>
                      {l.targets.map((target, i) => (
                        <Typography key={i} variant="body2">
                          <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
                            {translate(`guildhall.oversight.focusAreas.${target.area}`)}
                          </Box>
                          {target.target}
                        </Typography>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          </Card>
          {signing ? <SignLetterDialog year={year} chambers={letters.missing} onClose={() => setSigning(false)} /> : null}
        </>
      )}
    </ReportPage>
  );
};

/** 年度考核评分: a chamber with a letter but no assessment yet, the day, and a score per focus area. */
const AssessDialog = ({ year, chambers, onClose }: { year: number; chambers: AssessmentsOfYear['missing']; onClose(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh('assessments');
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [chamberId, setChamberId] = useState(chambers[0]?.id ?? '');
  const [assessedOn, setAssessedOn] = useState(todayInChina());
  const [scores, setScores] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const t = (key: string) => translate(`guildhall.oversight.assessments.${key}`);
  const mutation = useMutation({
    mutationFn: () =>
      dataProvider.recordAssessment({
        chamberId,
        year,
        assessedOn,
        scores: FOCUS_AREAS.map((area) => ({ area, score: Number(scores[area] ?? '') })),
        comment: comment.trim() || null,
      }),
    onSuccess: async () => {
      await refresh();
      notify('guildhall.oversight.assessments.recorded', { type: 'success' });
      onClose();
    },
  });
  const complete = FOCUS_AREAS.every((a) => /^\d{1,3}$/.test(scores[a] ?? '') && Number(scores[a]) <= 100);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('assess')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label={t('chamber')} value={chamberId} onChange={(e) => setChamberId(e.target.value)} size="small">
            {chambers.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <DateTextField label={t('assessedOn')} value={assessedOn} onChange={setAssessedOn} size="small" />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 2 }}>
            {FOCUS_AREAS.map((area) => (
              <TextField
                key={area}
                label={translate(`guildhall.oversight.focusAreas.${area}`)}
                value={scores[area] ?? ''}
                onChange={(e) => setScores({ ...scores, [area]: e.target.value.replace(/[^\d]/g, '') })}
                size="small"
                name={`score-${area}`}
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
                helperText="0–100"
              />
            ))}
          </Box>
          <TextField label={t('comment')} value={comment} onChange={(e) => setComment(e.target.value)} size="small" multiline minRows={2} />
          {mutation.error ? <Alert severity="error">{problemOf(mutation.error)}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!chamberId || !complete || mutation.isPending} onClick={() => mutation.mutate()} data-testid="assessment-save">
          {t('save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** 年度考核: the year's ranking with the score per focus area and its weight, and the chambers not yet assessed. */
/**
 * The year's assessments on a phone: a card for each chamber, its rank, name and total on top
 * (the table's last columns would be off screen), the five areas' scores below.
 */
const AssessmentCards = ({ result }: { result: AssessmentsOfYear }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.assessments.${key}`, options);
  if (result.items.length === 0) return <Typography color="text.secondary">{t('empty')}</Typography>;
  return (
    <Stack spacing={1.5} data-testid="assessment-cards">
      {result.items.map((a, i) => (
        <Card variant="outlined" key={a.id}>
          <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
              <Typography color="text.secondary">{i + 1}</Typography>
              <Typography sx={{ fontWeight: 500, flex: 1, minWidth: 0 }}>{a.chamber?.name}</Typography>
              <Typography sx={{ fontWeight: 600 }} aria-label={t('total')} data-testid="assessment-total">
                {a.total.toFixed(2)}
              </Typography>
            </Box>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, rowGap: 0.25, m: 0, mt: 1, '& dt': { color: 'text.secondary' }, '& dd': { m: 0, textAlign: 'right' } }}>
              {FOCUS_AREAS.map((area) => (
                <Box key={area} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2">
                    {translate(`guildhall.oversight.focusAreas.${area}`)}（{t('weight')} {result.weights.find((w) => w.area === area)?.weight ?? '—'}%）
                  </Typography>
                  <Typography component="dd" variant="body2">
                    {a.scores.find((s) => s.area === area)?.score ?? '—'}
                  </Typography>
                </Box>
              ))}
              <Typography component="dt" variant="body2">
                {t('assessedOn')}
              </Typography>
              <Typography component="dd" variant="body2">
                {a.assessedOn}
              </Typography>
            </Box>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

export const AssessmentsPage = () => {
  const translate = useTranslate();
  const phone = useIsPhone();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year } = useYearParam();
  const [assessing, setAssessing] = useState(false);
  const { canAccess: mayAssess } = useCanAccess({ resource: 'oversight', action: 'assess' });
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'assessments', year], queryFn: () => dataProvider.assessments({ year }), ...useQueryWhenAllowed('oversight', 'assessments') });
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.assessments.${key}`, options);
  const result = data?.data;
  const weights = new Map((result?.weights ?? []).map((w) => [w.area, w.weight]));
  return (
    <ReportPage
      testId="assessments-page"
      title="guildhall.oversight.assessments.title"
      subtitle="guildhall.oversight.assessments.subtitle"
      actions={
        mayAssess && result && result.missing.length > 0 ? (
          <Button variant="contained" size="small" onClick={() => setAssessing(true)} data-testid="assessment-record">
            {t('assess')}
          </Button>
        ) : null
      }
    >
      {isPending || !result ? (
        <Pending error={error} />
      ) : (
        <>
          {result.missing.length > 0 ? <MissingChambers testId="assessments-missing" title={t('missing', { count: result.missing.length })} chambers={result.missing} /> : null}
          {phone ? (
            <AssessmentCards result={result} />
          ) : (
          <Card variant="outlined" sx={tableCardSx}>
            <ScrollTable label="guildhall.tables.assessments" sx={tableSx}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('rank')}</TableCell>
                  <TableCell>{t('chamber')}</TableCell>
                  {FOCUS_AREAS.map((area) => (
                    <TableCell key={area} align="right">
                      {translate(`guildhall.oversight.focusAreas.${area}`)}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {t('weight')} {weights.get(area) ?? '—'}%
                      </Typography>
                    </TableCell>
                  ))}
                  <TableCell align="right">{t('total')}</TableCell>
                  <TableCell>{t('assessedOn')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.items.length === 0 ? <EmptyRow colSpan={FOCUS_AREAS.length + 4} text={t('empty')} /> : null}
                {result.items.map((a, i) => (
                  <TableRow key={a.id} hover>
                    <TableCell>{i + 1}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.chamber?.name}</TableCell>
                    {FOCUS_AREAS.map((area) => (
                      <TableCell key={area} align="right">
                        {a.scores.find((s) => s.area === area)?.score ?? '—'}
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="assessment-total">
                      {a.total.toFixed(2)}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.assessedOn}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          </Card>
          )}
          {assessing ? <AssessDialog year={year} chambers={result.missing} onClose={() => setAssessing(false)} /> : null}
        </>
      )}
    </ReportPage>
  );
};
