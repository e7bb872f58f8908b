import { DeleteButton, Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, useCanAccess } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { NoticeInputs } from './NoticeInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const EditToolbar = () => {
  const { canAccess } = useCanAccess({ resource: 'publicNotices', action: 'delete' });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {canAccess ? <DeleteButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
};

// Drafts only: the server refuses to change a published notice (`published`).
export const NoticeEdit = () => {
  const allowed = useQueryWhenAllowed('publicNotices', 'edit');
  return (
    <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} error={<EditLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <SimpleForm toolbar={<EditToolbar />}>
        <NoticeInputs />
      </SimpleForm>
    </Edit>
  );
};
