import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useMutation } from '@tanstack/react-query';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { isLocked, type User } from './roles';

/** Lifts a lock after too many failed sign-ins, before it runs out by itself. */
export const UnlockButton = () => {
  const record = useRecordContext<User>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'unlock', record });
  const { mutate, isPending } = useMutation({
    mutationFn: (id: string) => dataProvider.unlock('users', { id }),
    onSuccess: () => {
      notify('resources.users.notifications.unlocked', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
  });
  if (!record || !canAccess || !isLocked(record)) return null;
  return (
    <Button label="resources.users.actions.unlock" onClick={() => mutate(String(record.id))} disabled={isPending} color="warning">
      <LockOpenIcon />
    </Button>
  );
};
