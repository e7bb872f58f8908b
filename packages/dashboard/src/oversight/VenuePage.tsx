import { Button, Card, Chip, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider, VenueComplianceRow } from '../dataProvider';
import { ScrollTable } from '../layout/ScrollTable';
import { EmptyRow, Pending, ReportPage, tableCardSx, tableSx, useServerPage } from './ReportPage';
import { useYearParam } from './useYearParam';
import { VenueDialog } from './VenueDialog';

/** 活动场所达标情况: each unit held to a venue standard, short ones first; `compliant=0` shows only those. */
export const VenuePage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { params } = useYearParam();
  const onlyShort = params.get('compliant') === '0';
  // Units short of their standard first, paged by the server.
  const { rows, pager, isPending, error } = useServerPage(['oversight', 'venues', onlyShort], (page) => dataProvider.venueCompliance({ shortOnly: onlyShort, ...page }), useQueryWhenAllowed('oversight', 'venues'));
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
