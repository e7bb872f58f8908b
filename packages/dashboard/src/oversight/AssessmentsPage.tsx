import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { AssessmentRow, AssessmentWeights, ChamberRef, GuildhallDataProvider } from '../dataProvider';
import { DateTextField } from '../dates/DateInput';
import { todayInChina } from '../development/development';
import { useIsPhone } from '../layout/ResponsiveList';
import { ScrollTable } from '../layout/ScrollTable';
import { FOCUS_AREAS, problemOf } from './oversight';
import { EmptyRow, MissingChambers, Pending, ReportPage, tableCardSx, tableSx, useRefresh, useServerPage } from './ReportPage';
import { useYearParam } from './useYearParam';

/** 年度考核评分: a chamber with a letter but no assessment yet, the day, and a score per focus area. */
const AssessDialog = ({ year, chambers, chamberId: picked, onClose }: { year: number; chambers: ChamberRef[]; chamberId: string | null; onClose(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh('assessments');
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [chamberId, setChamberId] = useState(picked ?? chambers[0]?.id ?? '');
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

/**
 * The year's assessments on a phone: a card for each chamber, its rank, name and total on top
 * (the table's last columns would be off screen), the five areas' scores below.
 */
const AssessmentCards = ({ rows, firstRank, weights }: { rows: AssessmentRow[]; firstRank: number; weights: AssessmentWeights }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.assessments.${key}`, options);
  if (rows.length === 0) return <Typography color="text.secondary">{t('empty')}</Typography>;
  return (
    <Stack spacing={1.5} data-testid="assessment-cards">
      {rows.map((a, i) => (
        <Card variant="outlined" key={a.id}>
          <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
              <Typography color="text.secondary">{firstRank + i}</Typography>
              <Typography sx={{ fontWeight: 500, flex: 1, minWidth: 0 }}>{a.chamber?.name}</Typography>
              <Typography sx={{ fontWeight: 600 }} aria-label={t('total')} data-testid="assessment-total">
                {a.total.toFixed(2)}
              </Typography>
            </Box>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, rowGap: 0.25, m: 0, mt: 1, '& dt': { color: 'text.secondary' }, '& dd': { m: 0, textAlign: 'right' } }}>
              {FOCUS_AREAS.map((area) => (
                <Box key={area} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2">
                    {translate(`guildhall.oversight.focusAreas.${area}`)}（{t('weight')} {weights.find((w) => w.area === area)?.weight ?? '—'}%）
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

/** 年度考核: the year's ranking with the score per focus area and its weight, and the chambers not yet assessed. */
export const AssessmentsPage = () => {
  const translate = useTranslate();
  const phone = useIsPhone();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year } = useYearParam();
  // false: closed; null: open on the first chamber of the page; an id: open on that chamber.
  const [assessing, setAssessing] = useState<string | null | false>(false);
  const { canAccess: mayAssess } = useCanAccess({ resource: 'oversight', action: 'assess' });
  const allowed = useQueryWhenAllowed('oversight', 'assessments');
  const ranking = useServerPage(['oversight', 'assessments', 'ranking', year], (page) => dataProvider.assessments({ year, ...page }), allowed);
  const missing = useServerPage(['oversight', 'assessments', 'missing', year], (page) => dataProvider.chambersNotAssessed({ year, ...page }), allowed);
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.assessments.${key}`, options);
  const weightsOfYear = ranking.result?.weights ?? [];
  const weights = new Map(weightsOfYear.map((w) => [w.area, w.weight]));
  // The ranking is paged best first: the page's first row ranks after those before it.
  const firstRank = ranking.offset + 1;
  return (
    <ReportPage
      testId="assessments-page"
      title="guildhall.oversight.assessments.title"
      subtitle="guildhall.oversight.assessments.subtitle"
      actions={
        mayAssess && missing.total > 0 ? (
          <Button variant="contained" size="small" onClick={() => setAssessing(null)} data-testid="assessment-record">
            {t('assess')}
          </Button>
        ) : null
      }
    >
      {ranking.isPending || missing.isPending ? (
        <Pending error={ranking.error ?? missing.error} />
      ) : (
        <>
          {missing.total > 0 ? (
            <MissingChambers testId="assessments-missing" title={t('missing', { count: missing.total })} chambers={missing.rows} pager={missing.pager} onPick={mayAssess ? (id) => setAssessing(id) : undefined} />
          ) : null}
          {phone ? (
            <>
              <AssessmentCards rows={ranking.rows} firstRank={firstRank} weights={weightsOfYear} />
              {ranking.pager}
            </>
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
                  {ranking.rows.length === 0 ? <EmptyRow colSpan={FOCUS_AREAS.length + 4} text={t('empty')} /> : null}
                  {ranking.rows.map((a, i) => (
                    <TableRow key={a.id} hover>
                      <TableCell>{firstRank + i}</TableCell>
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
              {ranking.pager}
            </Card>
          )}
          {assessing !== false ? <AssessDialog year={year} chambers={missing.rows} chamberId={assessing} onClose={() => setAssessing(false)} /> : null}
        </>
      )}
    </ReportPage>
  );
};
