import { Box, Button, Card, CardContent, Chip, MenuItem, Stack, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { CoverageReport, GuildhallDataProvider } from '../dataProvider';
import { ScrollTable } from '../layout/ScrollTable';
import { byCoverage, percent, uncoveredCount } from './oversight';
import { EmptyRow, Pending, ReportPage, tableSx, usePage, useServerPage } from './ReportPage';
import { useYearParam } from './useYearParam';

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
  const allowed = useQueryWhenAllowed('oversight', 'coverage');
  const { data, isPending, error } = useQuery({ queryKey: ['oversight', 'coverage'], queryFn: () => dataProvider.coverage({}), ...allowed });
  const t = (key: string, options?: object) => translate(`guildhall.oversight.coverage.${key}`, options);
  const report = data?.data.coverage;
  const chambers = [...(report?.byChamber ?? [])].sort(byCoverage);
  const chamberName = new Map(chambers.map((c) => [c.chamberId, c.chamberName]));
  const chamberPage = usePage(chambers);
  // The enterprises not covered, in one chamber or all, with one gap or any: paged by the server.
  const gap = missing === 'organization' ? 'ORGANIZATION' : missing === 'work' ? 'WORK' : null;
  const uncovered = useServerPage(['oversight', 'coverage', 'uncovered', chamber, gap], (page) => dataProvider.uncovered({ within: chamber, missing: gap, ...page }), allowed);
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
                  {chamber ? t('uncoveredIn', { chamber: chamberName.get(chamber) ?? chamber }) : t('uncovered')}（{uncovered.total}）
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
                {uncovered.isPending ? (
                  <TableRow>
                    <TableCell colSpan={4}>
                      <Pending error={uncovered.error} />
                    </TableCell>
                  </TableRow>
                ) : uncovered.rows.length === 0 ? (
                  <EmptyRow colSpan={4} text={t('empty')} />
                ) : null}
                {uncovered.rows.map((e) => (
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
            {uncovered.pager}
          </Card>
        </Stack>
      )}
    </ReportPage>
  );
};
