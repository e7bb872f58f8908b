import PublishIcon from '@mui/icons-material/Publish';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, TextInput, maxLength, required, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { StepFormDialog } from '../reports/ReportWorkflow';
import { PAPER_NOTICE_MAX_LENGTHS, type Notice } from './notice';

/**
 * Publishes a draft after a confirmation that it then becomes a public record; notice:publish
 * only, and only when the server says the draft may be published online today (`publishableOnline`:
 * its first day has not passed; docs/api.md, "What the public saw").
 */
export const PublishButton = () => {
  const record = useRecordContext<Notice>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'publicNotices', action: 'publish', record });
  const { mutate, isPending } = useMutation({
    mutationFn: (current: Notice) => dataProvider.publishNotice({ id: current.id, previousData: current }),
    onSuccess: () => {
      notify('resources.publicNotices.notifications.published', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setOpen(false),
  });
  if (!record || !record.publishableOnline || !canAccess) return null;
  return (
    <>
      <Button label="resources.publicNotices.actions.publish" onClick={() => setOpen(true)} disabled={isPending} variant="contained">
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.publicNotices.confirm.publishTitle"
        content="resources.publicNotices.confirm.publishContent"
        titleTranslateOptions={{ title: record.title }}
        onConfirm={() => mutate(record)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Records a draft whose first day has come (`recordableOnPaper`) as a notice that ran on paper, with why and what shows it; notice:publish only. */
export const PaperNoticeButton = () => {
  const record = useRecordContext<Notice>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { canAccess } = useCanAccess({ resource: 'publicNotices', action: 'publish', record });
  if (!record || !record.recordableOnPaper || !canAccess) return null;
  const submit = async (values: Record<string, unknown>) => {
    setRefusal(null);
    try {
      await dataProvider.recordPaperNotice({ id: record.id, previousData: record, values: { reason: String(values.reason ?? ''), evidence: String(values.evidence ?? '') } });
      notify('resources.publicNotices.notifications.recordedPaper', { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors && Object.keys(body.errors).some((field) => field === 'reason' || field === 'evidence')) return body.errors;
      setRefusal(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  return (
    <>
      <Button label="resources.publicNotices.actions.recordPaper" onClick={() => setOpen(true)} variant={record.publishableOnline ? 'text' : 'contained'} data-testid="record-paper-notice">
        <HistoryEduIcon />
      </Button>
      {open ? (
        <StepFormDialog
          title={translate('resources.publicNotices.dialogs.recordPaperTitle', { title: record.title })}
          open={open}
          onClose={() => setOpen(false)}
          onSubmit={submit}
          refusal={refusal}
          defaultValues={{}}
          testId="paper-notice-dialog"
        >
          <p style={{ marginTop: 0 }}>{translate('resources.publicNotices.helpers.recordPaper')}</p>
          <TextInput source="reason" label="resources.publicNotices.fields.paperReason" validate={[required(), maxLength(PAPER_NOTICE_MAX_LENGTHS.reason)]} multiline minRows={2} fullWidth />
          <TextInput
            source="evidence"
            label="resources.publicNotices.fields.paperEvidence"
            helperText="resources.publicNotices.helpers.paperEvidence"
            validate={[required(), maxLength(PAPER_NOTICE_MAX_LENGTHS.evidence)]}
            multiline
            minRows={2}
            fullWidth
          />
        </StepFormDialog>
      ) : null}
    </>
  );
};
