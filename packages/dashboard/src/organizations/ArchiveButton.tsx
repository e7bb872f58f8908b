import ArchiveIcon from '@mui/icons-material/Archive';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';

/** What archiving needs of a record: organizations and people alike. */
interface Archivable {
  id: string;
  name: string;
  version: number;
  archivedAt?: string | null;
}

type Action = 'archive' | 'restore';

/**
 * Archives an active organization or person, or restores an archived one, after a confirmation;
 * sends the version that was read. Shown only to roles that may archive. The page's resource
 * (organizations, people) names the labels: resources.<resource>.actions, .confirm, .notifications.
 * `onDone` replaces the refresh after success (an edit page leaves for the record's page).
 */
export const ArchiveButton = ({ onDone }: { onDone?: (action: Action) => void } = {}) => {
  const resource = useResourceContext() ?? 'organizations';
  const record = useRecordContext<Archivable>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  // Kept while the dialog closes, so its text does not flip when the record changes underneath.
  const [action, setAction] = useState<Action>('archive');
  const current: Action = record?.archivedAt ? 'restore' : 'archive';
  const { canAccess } = useCanAccess({ resource, action: current, record });

  const { mutate, isPending } = useMutation({
    mutationFn: (current: Archivable) => {
      const params = { id: current.id, previousData: current };
      return action === 'restore' ? dataProvider.restore(resource, params) : dataProvider.archive(resource, params);
    },
    onSuccess: () => {
      notify(`resources.${resource}.notifications.${action === 'restore' ? 'restored' : 'archived'}`, { type: 'success' });
      if (onDone) onDone(action);
      else refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setOpen(false),
  });

  if (!record || !canAccess) return null;
  return (
    <>
      <Button
        label={`resources.${resource}.actions.${current}`}
        onClick={() => {
          setAction(current);
          setOpen(true);
        }}
        disabled={isPending}
        color={current === 'restore' ? 'primary' : 'warning'}
      >
        {current === 'restore' ? <UnarchiveIcon /> : <ArchiveIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`resources.${resource}.confirm.${action}Title`}
        content={`resources.${resource}.confirm.${action}Content`}
        titleTranslateOptions={{ name: record.name }}
        onConfirm={() => mutate(record)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
