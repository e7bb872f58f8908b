import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Confirm,
  Form,
  ReferenceInput,
  SaveButton,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import type { Enrollment, TrainingClass } from './training';

const byName = (q: string) => ({ q });

/** The words for a new place: a seat, or a place in line with its number. */
export function enrolledMessage(enrollment: Pick<Enrollment, 'status' | 'waitlistPosition'>): string {
  return enrollment.status === 'WAITLISTED' ? 'resources.enrollments.notifications.waitlisted' : 'resources.enrollments.notifications.enrolled';
}

/**
 * 报名: a person the user sees (the people list is scoped by the server) takes a seat, or a
 * place in line; the server's refusal (window, seats, already enrolled) shows in the dialog.
 */
export const EnrollButton = () => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { canAccess } = useCanAccess({ resource: 'enrollments', action: 'create' });
  if (!record || !canAccess || record.status !== 'PUBLISHED') return null;

  const close = () => {
    setOpen(false);
    setRefusal(null);
  };
  const submit = async (values: Record<string, unknown>) => {
    setRefusal(null);
    try {
      const { data } = await dataProvider.create<Enrollment>('enrollments', { data: { classId: record.id, personId: values.personId } });
      notify(enrolledMessage(data), {
        type: data.status === 'WAITLISTED' ? 'warning' : 'success',
        messageArgs: { name: data.person?.name ?? '', position: data.waitlistPosition ?? '' },
        autoHideDuration: 10000,
      });
      refresh();
      close();
      return undefined;
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      setRefusal(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  return (
    <>
      <Button label="resources.enrollments.actions.enroll" onClick={() => setOpen(true)} variant="contained">
        <PersonAddIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="enroll-dialog-title" data-testid="enroll-dialog">
        <Form onSubmit={submit} noValidate>
          <DialogTitle id="enroll-dialog-title">{translate('resources.enrollments.dialogs.enrollTitle', { title: record.title })}</DialogTitle>
          <DialogContent>
            {refusal ? (
              <Alert severity="error" sx={{ mb: 2 }} data-testid="enroll-refusal">
                {refusal}
              </Alert>
            ) : null}
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('resources.enrollments.dialogs.enrollHelp')}
            </Typography>
            <ReferenceInput source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput
                optionText="name"
                filterToQuery={byName}
                label="resources.enrollments.fields.personId"
                noOptionsText="resources.people.empty"
                validate={required()}
                fullWidth
              />
            </ReferenceInput>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
            <SaveButton label="resources.enrollments.actions.enroll" icon={<PersonAddIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

/** 撤销证书 on a completed place, for those who run the class. */
export const RevokeCertificateButton = () => {
  const record = useRecordContext<Enrollment>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'enrollments', action: 'manage' });
  const { mutate, isPending } = useMutation({
    mutationFn: (id: string) => dataProvider.revokeCertificate({ id }),
    onSuccess: () => {
      notify('resources.enrollments.notifications.revoked', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setOpen(false),
  });
  if (!record || !canAccess || !record.certificateCode || record.certificateRevokedAt) return null;
  return (
    <>
      <Button
        label="resources.enrollments.actions.revokeCertificate"
        color="warning"
        onClick={(e: MouseEvent) => {
          e.stopPropagation();
          setOpen(true);
        }}
        disabled={isPending}
        sx={{ whiteSpace: 'nowrap' }}
      />
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.enrollments.confirm.revokeTitle"
        content="resources.enrollments.confirm.revokeContent"
        titleTranslateOptions={{ name: record.person?.name ?? '' }}
        onConfirm={() => mutate(record.id)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
