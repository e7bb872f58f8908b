import PublishIcon from '@mui/icons-material/Publish';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import type { Notice } from './notice';

/** Publishes a draft after a confirmation that it then becomes a public record; notice:publish only. */
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
  if (!record || record.publishedAt || !canAccess) return null;
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
