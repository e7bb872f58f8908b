import CancelIcon from '@mui/icons-material/Cancel';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useGetOne, useListContext, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { todayInChina } from '../development/development';
import type { Enrollment, TrainingClass } from './training';

type SimpleStep = 'confirm' | 'cancel' | 'absent';

const STEPS: Record<SimpleStep, { label: string; title: string; content: string; done: string; icon: React.ReactElement }> = {
  confirm: {
    label: 'resources.enrollments.actions.confirm',
    title: 'resources.enrollments.confirm.confirmTitle',
    content: 'resources.enrollments.confirm.confirmContent',
    done: 'resources.enrollments.notifications.confirmed',
    icon: <DoneAllIcon />,
  },
  cancel: {
    label: 'resources.enrollments.actions.cancel',
    title: 'resources.enrollments.confirm.cancelTitle',
    content: 'resources.enrollments.confirm.cancelContent',
    done: 'resources.enrollments.notifications.cancelled',
    icon: <CancelIcon />,
  },
  absent: {
    label: 'resources.enrollments.actions.markAbsent',
    title: 'resources.enrollments.confirm.absentTitle',
    content: 'resources.enrollments.confirm.absentContent',
    done: 'resources.enrollments.notifications.absent',
    icon: <PersonOffIcon />,
  },
};

function useAfterBulk(done: string, count: number) {
  const notify = useNotify();
  const refresh = useRefresh();
  const { onUnselectItems } = useListContext();
  return () => {
    notify(done, { type: 'success', messageArgs: { smart_count: count } });
    onUnselectItems();
    refresh();
  };
}

/** Confirm, cancel or mark absent the selected places, after a confirmation. */
const SimpleStepButton = ({ step }: { step: SimpleStep }) => {
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const spec = STEPS[step];
  const after = useAfterBulk(spec.done, selectedIds.length);
  const { mutate, isPending } = useMutation({
    mutationFn: (ids: Identifier[]) =>
      step === 'confirm'
        ? dataProvider.confirmEnrollments({ ids })
        : step === 'absent'
          ? dataProvider.markEnrollmentsAbsent({ ids })
          : dataProvider.cancelEnrollments({ ids }),
    onSuccess: after,
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setOpen(false),
  });
  return (
    <>
      <Button label={spec.label} onClick={() => setOpen(true)} disabled={isPending} data-testid={`bulk-${step}`}>
        {spec.icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={spec.title}
        content={spec.content}
        titleTranslateOptions={{ smart_count: selectedIds.length }}
        onConfirm={() => mutate(selectedIds)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** The one class the selected places belong to, when they all belong to one. */
function useSelectedClass(): string | null {
  const { selectedIds, data } = useListContext<Enrollment>();
  const classes = new Set((data ?? []).filter((e) => selectedIds.includes(e.id)).map((e) => e.classId));
  return classes.size === 1 ? [...classes][0] : null;
}

/** 标记出勤: pick a session of the class (the latest held by default); the selected places attended it. */
const AttendanceButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const classId = useSelectedClass();
  const [open, setOpen] = useState(false);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const after = useAfterBulk('resources.enrollments.notifications.attended', selectedIds.length);
  const { data: klass } = useGetOne<TrainingClass>('trainingClasses', { id: classId ?? '' }, { enabled: open && !!classId });
  const sessions = klass?.sessions ?? [];
  const today = todayInChina();
  const held = sessions.filter((s) => s.date <= today);
  const chosen = sessionId ?? held[held.length - 1]?.id ?? null;
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.markAttendance({ sessionId: chosen!, ids: selectedIds }),
    onSuccess: () => {
      after();
      setOpen(false);
    },
    onError: (error: Error) => setRefusal(error.message),
  });
  const close = () => {
    setOpen(false);
    setRefusal(null);
    setSessionId(null);
  };
  return (
    <>
      <Button label="resources.enrollments.actions.markAttendance" onClick={() => setOpen(true)} data-testid="bulk-attendance">
        <EventAvailableIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="attendance-dialog-title" data-testid="attendance-dialog">
        <DialogTitle id="attendance-dialog-title">{translate('resources.enrollments.dialogs.attendanceTitle', { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          {refusal ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="attendance-refusal">
              {refusal}
            </Alert>
          ) : null}
          {!classId ? (
            <Alert severity="warning">{translate('resources.enrollments.dialogs.oneClass')}</Alert>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {klass ? `${klass.title} — ` : ''}
                {translate('resources.enrollments.dialogs.attendanceHelp')}
              </Typography>
              <RadioGroup value={chosen ?? ''} onChange={(e) => setSessionId(e.target.value)} aria-label={translate('resources.enrollments.fields.sessionId')}>
                {sessions.map((s) => (
                  <FormControlLabel
                    key={s.id}
                    value={s.id}
                    control={<Radio size="small" />}
                    label={`${s.date}　${s.topic ?? ''}（${translate('resources.trainingClasses.hours', { hours: s.hours })}）`}
                  />
                ))}
              </RadioGroup>
            </>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={() => mutate()} disabled={!classId || !chosen || isPending}>
            {translate('resources.enrollments.actions.markAttendance')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** The actions on selected places: those who run the class confirm and record attendance; those who send people cancel. */
export const EnrollmentBulkActions = () => {
  const { canAccess: canManage } = useCanAccess({ resource: 'enrollments', action: 'manage' });
  const { canAccess: canCancel } = useCanAccess({ resource: 'enrollments', action: 'cancel' });
  return (
    <>
      {canManage ? <SimpleStepButton step="confirm" /> : null}
      {canManage ? <AttendanceButton /> : null}
      {canManage ? <SimpleStepButton step="absent" /> : null}
      {canCancel ? <SimpleStepButton step="cancel" /> : null}
    </>
  );
};
