import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Form,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import type { GuildhallDataProvider, ReportStepValues } from '../dataProvider';
import { todayInChina } from '../development/development';
import { REPORT_MAX_LENGTHS, findingChoices, reportStepOf, type Report, type ReportStep } from './report';

/** Runs a workflow step; field problems go back to the form, anything else shows above it. */
function useReportStep(record: Report | undefined, step: ReportStep, onDone: () => void) {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (values?: ReportStepValues) => {
    if (!record) return undefined;
    setRefusal(null);
    try {
      await dataProvider.reportStep({ id: record.id, step, previousData: record, values });
      notify(`resources.reports.notifications.${step}`, { type: 'success' });
      refresh();
      onDone();
      return undefined;
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      setRefusal(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  return { submit, refusal };
}

/** A dialog with a form for a workflow step: the refusal above it, cancel and confirm below. */
export const StepFormDialog = ({ title, open, onClose, onSubmit, refusal, defaultValues, children, testId }: {
  title: string;
  open: boolean;
  onClose: () => void;
  onSubmit: (values: Record<string, unknown>) => Promise<Record<string, string> | undefined>;
  refusal: string | null;
  defaultValues: Record<string, unknown>;
  children: React.ReactNode;
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <Form onSubmit={onSubmit} defaultValues={defaultValues} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {refusal ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="step-refusal">
              {refusal}
            </Alert>
          ) : null}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label="ra.action.confirm" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** 开始核查 → 核查结论（属实/不属实） → 办结: the button the report's status offers, to those who verify reports. */
export const ReportWorkflowButton = () => {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'verify', record });
  const step = record ? reportStepOf(record.status) : null;
  const { submit, refusal } = useReportStep(record, step ?? 'close', () => setOpen(false));
  const { mutate, isPending } = useMutation({ mutationFn: () => submit() });
  if (!record || !step || !canAccess) return null;
  const label = `resources.reports.actions.${step}`;
  const button = (
    <Button label={label} variant="contained" onClick={() => setOpen(true)} disabled={isPending} data-testid={`report-${step}`} />
  );
  if (step === 'startVerification') {
    return (
      <>
        {button}
        <Confirm
          isOpen={open}
          loading={isPending}
          title="resources.reports.confirm.startTitle"
          content={refusal ?? 'resources.reports.confirm.startContent'}
          titleTranslateOptions={{ reference: record.reference }}
          onConfirm={() => mutate()}
          onClose={() => setOpen(false)}
        />
      </>
    );
  }
  const submitValues = (values: Record<string, unknown>) => submit(values as ReportStepValues);
  if (step === 'conclude') {
    return (
      <>
        {button}
        {open ? (
          <StepFormDialog
            title={translate('resources.reports.dialogs.concludeTitle', { reference: record.reference })}
            open={open}
            onClose={() => setOpen(false)}
            onSubmit={submitValues}
            refusal={refusal}
            defaultValues={{}}
            testId="report-conclude-dialog"
          >
            <RadioButtonGroupInput source="finding" choices={findingChoices} validate={required()} label="resources.reports.fields.finding" />
            <TextInput source="note" validate={[required(), maxLength(REPORT_MAX_LENGTHS.note)]} multiline minRows={3} fullWidth />
          </StepFormDialog>
        ) : null}
      </>
    );
  }
  const substantiated = record.status === 'SUBSTANTIATED';
  return (
    <>
      {button}
      {open ? (
        <StepFormDialog
          title={translate('resources.reports.dialogs.closeTitle', { reference: record.reference })}
          open={open}
          onClose={() => setOpen(false)}
          onSubmit={submitValues}
          refusal={refusal}
          defaultValues={{ on: todayInChina() }}
          testId="report-close-dialog"
        >
          <DateInput source="on" validate={required()} />
          <TextInput
            source="decision"
            validate={substantiated ? [required(), maxLength(REPORT_MAX_LENGTHS.decision)] : maxLength(REPORT_MAX_LENGTHS.decision)}
            helperText={substantiated ? 'resources.reports.helpers.decisionRequired' : 'resources.reports.helpers.decision'}
            multiline
            minRows={2}
            fullWidth
          />
        </StepFormDialog>
      ) : null}
    </>
  );
};
