import { Alert, Box, Button, Card, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider, LettersOfYear } from '../dataProvider';
import { DateTextField } from '../dates/DateInput';
import { todayInChina } from '../development/development';
import { ScrollTable } from '../layout/ScrollTable';
import { FOCUS_AREAS, problemOf } from './oversight';
import { EmptyRow, MissingChambers, Pending, ReportPage, tableCardSx, tableSx, useRefresh } from './ReportPage';
import { useYearParam } from './useYearParam';

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
