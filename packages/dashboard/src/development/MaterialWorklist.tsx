import { Card, MenuItem, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider } from '../dataProvider';
import { ScrollTable } from '../layout/ScrollTable';
import { Pending, ReportPage, useServerPage } from '../oversight/ReportPage';
import { StateChip } from './CaseDossier';

/**
 * 材料待办: every required material the open cases lack, case by case, of one kind when chosen;
 * each opens its case, where the file is uploaded.
 */
export const MaterialWorklist = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const allowed = useQueryWhenAllowed('developmentCases', 'list');
  const [kind, setKind] = useState('');
  const kinds = useQuery({ queryKey: ['development', 'materialKinds'], queryFn: () => dataProvider.materialKinds(), ...allowed });
  const page = useServerPage(['development', 'missingMaterials', kind], (p) => dataProvider.missingMaterials({ kind: kind || null, ...p }), allowed);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.developmentCases.dossier.${key}`, options);
  const required = (kinds.data?.data ?? []).filter((k) => k.required);
  const kindChoice = (
    <TextField
      select
      size="small"
      label={t('material')}
      value={kind}
      onChange={(e) => setKind(e.target.value)}
      sx={{ width: 260, maxWidth: '100%' }}
      name="kind"
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{t('allKinds')}</MenuItem>
      {required.map((k) => (
        <MenuItem key={k.code} value={k.code}>
          {k.name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <ReportPage title="resources.developmentCases.dossier.worklist" subtitle="resources.developmentCases.dossier.worklistSubtitle" withYear={false} actions={kindChoice} testId="material-worklist">
      {page.isPending ? (
        <Pending error={page.error} />
      ) : (
        <Card variant="outlined">
          {page.rows.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {t('none')}
            </Typography>
          ) : (
            <ScrollTable label="resources.developmentCases.dossier.worklist" sx={{ '& th': { whiteSpace: 'nowrap', color: 'text.secondary', fontWeight: 500 } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('case')}</TableCell>
                  <TableCell>{t('organization')}</TableCell>
                  <TableCell>{t('material')}</TableCell>
                  <TableCell>{t('step')}</TableCell>
                  <TableCell>{t('state')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {page.rows.map((row) => (
                  <TableRow key={`${row.case.id}-${row.kind.id}`} data-testid="worklist-row" data-state={row.state}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Link to={`/developmentCases/${row.case.id}/show`}>{row.case.person?.name ?? `#${row.case.id}`}</Link>
                      <Typography variant="caption" color="text.secondary" component="div">
                        {translate(`guildhall.caseStages.${row.case.stage}`)}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ minWidth: 160 }}>{row.case.organization?.shortName || row.case.organization?.name}</TableCell>
                    <TableCell sx={{ minWidth: 160 }}>{row.kind.name}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`guildhall.dossierSteps.${row.kind.step}`)}</TableCell>
                    <TableCell>
                      <StateChip state={row.state} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          )}
          {page.pager}
        </Card>
      )}
    </ReportPage>
  );
};
