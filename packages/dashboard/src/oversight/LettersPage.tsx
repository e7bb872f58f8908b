import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { ChamberRef, GuildhallDataProvider, LetterRow } from '../dataProvider';
import { DateTextField } from '../dates/DateInput';
import { todayInChina } from '../development/development';
import { useIsPhone } from '../layout/ResponsiveList';
import { ScrollTable } from '../layout/ScrollTable';
import { FOCUS_AREAS, problemOf } from './oversight';
import { EmptyRow, MissingChambers, Pending, ReportPage, tableCardSx, tableSx, useRefresh, useServerPage } from './ReportPage';
import { useYearParam } from './useYearParam';

/** 签订责任书: a chamber still without a letter (those of the page shown; `chamberId` first), the day, who signed, and a target per focus area. */
const SignLetterDialog = ({ year, chambers, chamberId: picked, onClose }: { year: number; chambers: ChamberRef[]; chamberId: string | null; onClose(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh('letters');
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [chamberId, setChamberId] = useState(picked ?? chambers[0]?.id ?? '');
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

/** A letter's targets, each under its focus area. */
const Targets = ({ letter }: { letter: LetterRow }) => {
  const translate = useTranslate();
  return (
    <>
      {letter.targets.map((target, i) => (
        <Typography key={i} variant="body2">
          <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
            {translate(`guildhall.oversight.focusAreas.${target.area}`)}
          </Box>
          {target.target}
        </Typography>
      ))}
    </>
  );
};

/** The year's letters on a phone: a card each, the chamber, day and signatory on top, the targets below. */
const LetterCards = ({ rows, empty }: { rows: LetterRow[]; empty: string }) =>
  rows.length === 0 ? (
    <Typography color="text.secondary">{empty}</Typography>
  ) : (
    <Stack spacing={1.5} data-testid="letter-cards">
      {rows.map((l) => (
        <Card variant="outlined" key={l.id}>
          <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Typography sx={{ fontWeight: 500 }}>{l.chamber?.name}</Typography>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
              {l.signedOn}　{l.signatory}
            </Typography>
            <Targets letter={l} />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );

/** 党建工作责任书: the year's signed letters with their targets, and the chambers still without one. */
export const LettersPage = () => {
  const translate = useTranslate();
  const phone = useIsPhone();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { year } = useYearParam();
  // false: closed; null: open on the first chamber of the page; an id: open on that chamber.
  const [signing, setSigning] = useState<string | null | false>(false);
  const { canAccess: maySign } = useCanAccess({ resource: 'oversight', action: 'signLetter' });
  const allowed = useQueryWhenAllowed('oversight', 'letters');
  const letters = useServerPage(['oversight', 'letters', 'signed', year], (page) => dataProvider.letters({ year, ...page }), allowed);
  const missing = useServerPage(['oversight', 'letters', 'missing', year], (page) => dataProvider.chambersWithoutLetter({ year, ...page }), allowed);
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.letters.${key}`, options);
  return (
    <ReportPage
      testId="letters-page"
      title="guildhall.oversight.letters.title"
      subtitle="guildhall.oversight.letters.subtitle"
      actions={
        maySign && missing.total > 0 ? (
          <Button variant="contained" size="small" onClick={() => setSigning(null)} data-testid="letter-sign">
            {t('sign')}
          </Button>
        ) : null
      }
    >
      {letters.isPending || missing.isPending ? (
        <Pending error={letters.error ?? missing.error} />
      ) : (
        <>
          {missing.total > 0 ? (
            <MissingChambers testId="letters-missing" title={t('missing', { count: missing.total })} chambers={missing.rows} pager={missing.pager} onPick={maySign ? (id) => setSigning(id) : undefined} />
          ) : null}
          {phone ? (
            <>
              <LetterCards rows={letters.rows} empty={t('empty')} />
              {letters.pager}
            </>
          ) : (
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
                  {letters.rows.length === 0 ? <EmptyRow colSpan={4} text={t('empty')} /> : null}
                  {letters.rows.map((l) => (
                    <TableRow key={l.id} hover sx={{ verticalAlign: 'top' }}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.chamber?.name}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.signedOn}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.signatory}</TableCell>
                      <TableCell>
                        <Targets letter={l} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </ScrollTable>
              {letters.pager}
            </Card>
          )}
          {signing !== false ? <SignLetterDialog year={year} chambers={missing.rows} chamberId={signing} onClose={() => setSigning(false)} /> : null}
        </>
      )}
    </ReportPage>
  );
};
