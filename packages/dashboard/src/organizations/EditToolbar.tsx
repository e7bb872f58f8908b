import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Box } from '@mui/material';
import { DeleteButton, SaveButton, Toolbar, useRecordContext, useRedirect, useResourceContext } from 'react-admin';
import { ArchiveButton } from './ArchiveButton';

/**
 * The edit form's toolbar for organizations and people: save, then archiving as the everyday
 * way to take a record out of the work, and deleting last and quieter. Deleting is for a record
 * entered by mistake that nothing refers to; its confirmation says it is permanent and points to
 * 归档 instead. The server refuses to delete what others refer to (CONFLICT, `referenced`).
 * Labels come from the page's resource: resources.<resource>.actions.delete, .confirm.delete*.
 */
export const ArchiveFirstToolbar = () => {
  const resource = useResourceContext() ?? 'organizations';
  const record = useRecordContext<{ id: string; name?: string }>();
  const redirect = useRedirect();
  return (
    <Toolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      <SaveButton />
      <Box sx={{ flex: 1 }} />
      {/* An archived record is not edited: after archiving, its page says so and offers 恢复. */}
      <ArchiveButton onDone={() => record && redirect('show', resource, record.id)} />
      <DeleteButton
        mutationMode="pessimistic"
        label={`resources.${resource}.actions.delete`}
        icon={<DeleteForeverIcon />}
        confirmTitle={`resources.${resource}.confirm.deleteTitle`}
        confirmContent={`resources.${resource}.confirm.deleteContent`}
        confirmColor="warning"
        translateOptions={{ name: record?.name ?? '' }}
        size="small"
        sx={{ color: 'text.secondary' }}
        data-testid="delete-permanently"
      />
    </Toolbar>
  );
};
