import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PublishIcon from '@mui/icons-material/Publish';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button, Form, SaveButton, TextInput, maxLength, required, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { APPROVAL_MAX_LENGTHS, EXEMPLAR_MAX_LENGTHS, NOTE_STEPS, refusalText, stepsFor, type Exemplar, type ExemplarStep } from './exemplar';

const ICONS: Record<ExemplarStep, ReactElement> = {
  submit: <SendIcon />,
  approve: <CheckCircleIcon />,
  return: <UndoIcon />,
  publish: <PublishIcon />,
  withdraw: <UnpublishedIcon />,
};

/** One step of the workflow: a button, then a dialog that says what follows (and asks why, to return or withdraw). */
const StepButton = ({ step, record }: { step: ExemplarStep; record: Exemplar }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const withNote = NOTE_STEPS.includes(step);
  const close = () => {
    setOpen(false);
    setRefusal(null);
  };
  const submit = async (values: Record<string, unknown>) => {
    setRefusal(null);
    try {
      await dataProvider.exemplarStep({
        id: record.id,
        step,
        previousData: record,
        note: (values.note as string | undefined) ?? null,
        channels: step === 'approve' ? { hotline: String(values.hotline ?? ''), suggestionBox: String(values.suggestionBox ?? '') } : undefined,
      });
      notify(`resources.exemplars.notifications.${step}`, { type: 'success' });
      close();
      refresh();
      return undefined;
    } catch (error) {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (errors) return errors;
      setRefusal(refusalText(error, record, translate));
      return undefined;
    }
  };
  const primary = step === 'approve' || step === 'publish' || step === 'submit';
  return (
    <>
      <Button
        label={`resources.exemplars.actions.${step}`}
        onClick={() => setOpen(true)}
        variant={primary ? 'contained' : 'text'}
        color={step === 'withdraw' || step === 'return' ? 'warning' : 'primary'}
        data-testid={`exemplar-${step}`}
      >
        {ICONS[step]}
      </Button>
      {open ? (
        <Dialog open onClose={close} fullWidth maxWidth="sm" data-testid={`exemplar-${step}-dialog`}>
          <Form onSubmit={submit} noValidate>
            <DialogTitle>{translate(`resources.exemplars.confirm.${step}Title`, { title: record.title })}</DialogTitle>
            <DialogContent>
              {refusal ? (
                <Alert severity="error" sx={{ mb: 2 }} data-testid="exemplar-refusal">
                  {refusal}
                </Alert>
              ) : null}
              <DialogContentText sx={{ mb: withNote || step === 'approve' ? 2 : 0 }}>{translate(`resources.exemplars.confirm.${step}Content`)}</DialogContentText>
              {withNote ? (
                <TextInput
                  source="note"
                  label={`resources.exemplars.fields.${step === 'return' ? 'returnNote' : 'withdrawNote'}`}
                  validate={[required(), maxLength(EXEMPLAR_MAX_LENGTHS.note)]}
                  multiline
                  minRows={3}
                  fullWidth
                />
              ) : null}
              {step === 'approve' ? (
                <>
                  <TextInput source="hotline" label="resources.exemplars.fields.noticeHotline" validate={[required(), maxLength(APPROVAL_MAX_LENGTHS.hotline)]} fullWidth />
                  <TextInput
                    source="suggestionBox"
                    label="resources.exemplars.fields.noticeSuggestionBox"
                    validate={[required(), maxLength(APPROVAL_MAX_LENGTHS.suggestionBox)]}
                    fullWidth
                  />
                </>
              ) : null}
            </DialogContent>
            <DialogActions sx={{ px: 3, pb: 2 }}>
              <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
              <SaveButton label={`resources.exemplars.actions.${step}`} icon={ICONS[step]} alwaysEnable />
            </DialogActions>
          </Form>
        </Dialog>
      ) : null}
    </>
  );
};

/** The steps the profile's state offers that the user's role may take. */
const AllowedStep = ({ step, record }: { step: ExemplarStep; record: Exemplar }) => {
  const { canAccess } = useCanAccess({ resource: 'exemplars', action: step, record });
  return canAccess ? <StepButton step={step} record={record} /> : null;
};

export const ExemplarWorkflowButtons = () => {
  const record = useRecordContext<Exemplar>();
  if (!record) return null;
  return (
    <>
      {stepsFor(record).map((step) => (
        <AllowedStep key={step} step={step} record={record} />
      ))}
    </>
  );
};
