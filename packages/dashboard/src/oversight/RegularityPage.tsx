import { Card, Chip, FormControlLabel, Switch, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider } from '../dataProvider';
import { ScrollTable } from '../layout/ScrollTable';
import { percent } from './oversight';
import { EmptyRow, Pending, ReportPage, tableCardSx, tableSx, useServerPage } from './ReportPage';
import { useYearParam } from './useYearParam';

/** 三会一课规范情况: each party organization's compliant periods this year; `annualOnly=1` shows only the "one meeting a year" ones. */
export const RegularityPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year, params, setParam } = useYearParam();
  const annualOnly = params.get('annualOnly') === '1';
  // Least regular first, paged by the server.
  const { rows, pager, isPending, error } = useServerPage(['oversight', 'regularity', year, annualOnly], (page) => dataProvider.regularity({ year, annualOnly, ...page }), useQueryWhenAllowed('oversight', 'regularity'));
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
