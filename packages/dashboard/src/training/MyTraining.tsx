import HowToRegIcon from '@mui/icons-material/HowToReg';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  MenuItem,
  Stack,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Confirm, Title, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { useIsPhone } from '../layout/ResponsiveList';
import { todayInChina } from '../development/development';
import { CertificateLink, DASH, EnrollmentStatusChip } from './TrainingFields';
import { cancellable, completedOn, sessionsOn, type Enrollment, type TrainingClass } from './training';
import { ScrollTable } from '../layout/ScrollTable';

const SEATED = ['REGISTERED', 'CONFIRMED', 'ATTENDED'];

const Panel = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
          {translate(`resources.myTraining.sections.${title}`)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const headSx = { '& th': { whiteSpace: 'nowrap', fontWeight: 500, color: 'text.secondary' }, '& td': { py: 0.75 } };

/** Today's sessions of the classes the trainee holds a seat in; a six-digit code checks them in. */
const CheckIn = ({ places }: { places: Enrollment[] }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const today = todayInChina();
  const running = places.filter((p) => SEATED.includes(p.status) && p.class && p.class.startsOn <= today && p.class.endsOn >= today);
  const classIds = [...new Set(running.map((p) => p.classId))];
  const { data: classes, isPending } = useQuery({
    queryKey: ['trainingClasses', 'checkIn', classIds.join(','), today],
    queryFn: () => Promise.all(classIds.map(async (id) => (await dataProvider.getOne<TrainingClass>('trainingClasses', { id })).data)),
    enabled: classIds.length > 0,
  });
  const sessions = (classes ?? []).flatMap((c) => sessionsOn(c.sessions ?? [], today).map((s) => ({ ...s, title: c.title })));
  const [sessionId, setSessionId] = useState('');
  const [code, setCode] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const chosen = sessionId || sessions[0]?.id || '';
  const { mutate, isPending: checkingIn } = useMutation({
    mutationFn: () => dataProvider.checkIn({ sessionId: chosen, code }),
    onSuccess: ({ data }) => {
      setRefusal(null);
      setCode('');
      if (data.completedAt) {
        notify('resources.myTraining.notifications.completed', { type: 'success', messageArgs: { title: data.class?.title ?? '' }, autoHideDuration: 10000 });
      } else {
        notify('resources.myTraining.notifications.checkedIn', { type: 'success', messageArgs: { hours: data.hoursCredited } });
      }
      refresh();
    },
    onError: (error: Error) => {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      setRefusal(errors ? Object.values(errors).join('；') : error.message);
    },
  });
  if (classIds.length > 0 && isPending) return <CircularProgress size={24} />;
  if (sessions.length === 0) {
    return (
      <Typography color="text.secondary" variant="body2">
        {translate('resources.myTraining.checkIn.none')}
      </Typography>
    );
  }
  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        mutate();
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('resources.myTraining.checkIn.help')}
      </Typography>
      {refusal ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="check-in-refusal">
          {refusal}
        </Alert>
      ) : null}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <TextField
          select
          size="small"
          label={translate('resources.myTraining.checkIn.session')}
          value={chosen}
          onChange={(e) => setSessionId(e.target.value)}
          sx={{ minWidth: { md: 420 }, flex: 1, maxWidth: { md: 720 } }}
          data-testid="check-in-session"
        >
          {sessions.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {translate('resources.myTraining.checkIn.sessionLabel', { title: s.title, date: s.date, topic: s.topic ?? '', hours: s.hours })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={translate('resources.myTraining.checkIn.code')}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
          slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]{6}', autoComplete: 'one-time-code', style: { letterSpacing: 4, fontFamily: 'monospace' } } }}
          sx={{ width: { md: 160 } }}
          name="code"
        />
        <Button
          type="submit"
          variant="contained"
          startIcon={<HowToRegIcon />}
          disabled={code.length !== 6 || !chosen || checkingIn}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0, minWidth: 100, height: { xs: 44, md: 40 } }}
        >
          {translate('resources.myTraining.checkIn.submit')}
        </Button>
      </Stack>
    </Box>
  );
};

const CancelPlaceButton = ({ place }: { place: Enrollment }) => {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.cancelEnrollments({ ids: [place.id] }),
    onSuccess: () => {
      notify('resources.myTraining.notifications.cancelled', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setOpen(false),
  });
  const translate = useTranslate();
  return (
    <>
      <Button size="small" color="warning" onClick={() => setOpen(true)} disabled={isPending} sx={{ whiteSpace: 'nowrap', minHeight: { xs: 40, sm: 0 } }}>
        {translate('resources.myTraining.cancel')}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.myTraining.confirmCancelTitle"
        content="resources.myTraining.confirmCancelContent"
        titleTranslateOptions={{ title: place.class?.title ?? '' }}
        onConfirm={() => mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const classDates = (place: Enrollment) =>
  place.class ? (place.class.startsOn === place.class.endsOn ? place.class.startsOn : `${place.class.startsOn} ~ ${place.class.endsOn}`) : DASH;

/** The trainee's places on a phone: a card each, the class and its status on top, the figures below, the certificate and 取消 at the foot. */
const MyPlaceCards = ({ places }: { places: Enrollment[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.enrollments.fields.${key}`);
  return (
    <Stack spacing={1.5} data-testid="my-places">
      {places.map((place) => {
        const completed = completedOn(place);
        return (
          <Card variant="outlined" key={place.id} data-class-id={place.classId} data-enrollment-id={place.id}>
            <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
                <Typography variant="body1" sx={{ fontWeight: 500, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {place.class?.title ?? DASH}
                </Typography>
                <EnrollmentStatusChip status={place.status} />
              </Box>
              <Typography variant="body2" color="text.secondary">
                {classDates(place)}
              </Typography>
              <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25, my: 1, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
                {place.waitlistPosition != null ? (
                  <>
                    <Typography component="dt" variant="body2">{t('waitlistPosition')}</Typography>
                    <Typography component="dd" variant="body2">{translate('resources.enrollments.position', { position: place.waitlistPosition })}</Typography>
                  </>
                ) : null}
                <Typography component="dt" variant="body2">{t('hoursCredited')}</Typography>
                <Typography component="dd" variant="body2" data-testid="my-hours">
                  {translate('resources.enrollments.hours', { hours: place.hoursCredited })}
                </Typography>
                <Typography component="dt" variant="body2">{t('completed')}</Typography>
                <Typography component="dd" variant="body2" data-testid="my-completed">
                  {completed ?? DASH}
                </Typography>
                <Typography component="dt" variant="body2">{t('certificate')}</Typography>
                <Typography component="dd" variant="body2">
                  <CertificateLink enrollment={place} />
                </Typography>
              </Box>
              {cancellable(place) ? (
                <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
                  <CancelPlaceButton place={place} />
                </Box>
              ) : null}
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
};

const MyPlaces = ({ places }: { places: Enrollment[] }) => {
  const translate = useTranslate();
  const phone = useIsPhone();
  if (places.length === 0) {
    return (
      <Typography color="text.secondary" variant="body2">
        {translate('resources.myTraining.noneMine')}
      </Typography>
    );
  }
  const t = (key: string) => translate(`resources.enrollments.fields.${key}`);
  if (phone) return <MyPlaceCards places={places} />;
  return (
    <ScrollTable label="guildhall.tables.myPlaces" sx={headSx} data-testid="my-places">
      <TableHead>
        <TableRow>
          <TableCell>{t('classId')}</TableCell>
          <TableCell>{translate('resources.trainingClasses.fields.dates')}</TableCell>
          <TableCell>{t('status')}</TableCell>
          <TableCell>{t('waitlistPosition')}</TableCell>
          <TableCell>{t('hoursCredited')}</TableCell>
          <TableCell>{t('completed')}</TableCell>
          <TableCell>{t('certificate')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {places.map((place) => (
          <TableRow key={place.id} data-class-id={place.classId} data-enrollment-id={place.id}>
            <TableCell sx={{ minWidth: 200 }}>{place.class?.title ?? DASH}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{classDates(place)}</TableCell>
            <TableCell>
              <EnrollmentStatusChip status={place.status} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {place.waitlistPosition != null ? translate('resources.enrollments.position', { position: place.waitlistPosition }) : DASH}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="my-hours">
              {translate('resources.enrollments.hours', { hours: place.hoursCredited })}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="my-completed">
              {completedOn(place) ?? DASH}
            </TableCell>
            <TableCell>
              <CertificateLink enrollment={place} />
            </TableCell>
            <TableCell align="right">{cancellable(place) ? <CancelPlaceButton place={place} /> : null}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};

const EnrollMyselfButton = ({ klass }: { klass: TrainingClass }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.enrollMyself({ classId: klass.id }),
    onSuccess: ({ data }) => {
      if (data.status === 'WAITLISTED') {
        notify('resources.myTraining.notifications.waitlisted', { type: 'warning', messageArgs: { position: data.waitlistPosition ?? '' }, autoHideDuration: 10000 });
      } else {
        notify('resources.myTraining.notifications.enrolled', { type: 'success' });
      }
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
  });
  return (
    <Button variant="contained" size="small" onClick={() => mutate()} disabled={isPending} sx={{ whiteSpace: 'nowrap', width: { xs: '100%', sm: 'auto' }, minHeight: { xs: 44, sm: 0 } }}>
      {translate('resources.myTraining.enrollMyself')}
    </Button>
  );
};

const OpenClasses = ({ places, data }: { places: Enrollment[]; data: TrainingClass[] }) => {
  const translate = useTranslate();
  if (!data || data.length === 0) {
    return (
      <Typography color="text.secondary" variant="body2">
        {translate('resources.myTraining.noneOpen')}
      </Typography>
    );
  }
  const held = new Set(places.filter((p) => p.status !== 'CANCELLED').map((p) => p.classId));
  return (
    <Stack spacing={1.5}>
      {data.map((klass) => {
        const left = Math.max(0, klass.capacity - klass.seated);
        return (
          <Card variant="outlined" key={klass.id} data-open-class={klass.id}>
            <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', p: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Box sx={{ flex: 1, minWidth: { xs: '100%', sm: 280 } }}>
                <Typography variant="body1" sx={{ fontWeight: 500 }}>
                  {klass.title}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {[
                    klass.organizer?.name,
                    klass.startsOn === klass.endsOn ? klass.startsOn : `${klass.startsOn} ~ ${klass.endsOn}`,
                    klass.venue,
                    translate('resources.trainingClasses.hours', { hours: klass.totalHours }),
                  ]
                    .filter(Boolean)
                    .join('　')}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {translate('resources.trainingClasses.fields.enrollmentWindow')}：
                  {translate('resources.trainingClasses.window', { from: klass.enrollmentOpensOn, to: klass.enrollmentClosesOn })}
                  {'　'}
                  {left > 0 ? translate('resources.myTraining.seatsLeft', { smart_count: left }) : translate('resources.myTraining.full')}
                </Typography>
              </Box>
              {held.has(klass.id) ? (
                <Typography variant="body2" color="success.main" sx={{ fontWeight: 500 }}>
                  {translate('resources.myTraining.enrolled')}
                </Typography>
              ) : (
                <EnrollMyselfButton klass={klass} />
              )}
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
};

/**
 * 我的培训's places and open classes, one request. Under 'enrollments': react-admin's refresh,
 * after enrolling or checking in, loads it again. The answer counts as fresh for a few seconds,
 * so one fetched on signing in (App.tsx) is not asked again as the page opens.
 */
export const myTrainingQuery = (dataProvider: GuildhallDataProvider) => ({
  queryKey: ['enrollments', 'myTraining'],
  queryFn: async () => (await dataProvider.myTraining()).data,
  staleTime: 5000,
});

/**
 * 我的培训: the trainee's own page — check in today, their places, and the classes open to them.
 * The places and the open classes come in one request, which a trainee's sign-in already sends
 * (App.tsx), so the page waits on no request of its own after 登录.
 */
export const MyTraining = () => {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { data, isPending, error } = useQuery(myTrainingQuery(dataProvider));
  const places = data?.places ?? [];
  const failed = error ? <Alert severity="error">{(error as Error).message}</Alert> : null;
  return (
    <Box sx={{ mt: 2, maxWidth: 1200 }} data-testid="my-training">
      <Title title="resources.myTraining.title" />
      <Panel title="checkIn" testId="my-check-in">
        {isPending ? <CircularProgress size={24} /> : (failed ?? <CheckIn places={places} />)}
      </Panel>
      <Panel title="mine" testId="my-places-panel">
        {isPending ? <CircularProgress size={24} /> : (failed ?? <MyPlaces places={places} />)}
      </Panel>
      <Panel title="open" testId="open-classes">
        {isPending ? <CircularProgress size={24} /> : (failed ?? <OpenClasses places={places} data={data?.open ?? []} />)}
      </Panel>
    </Box>
  );
};
