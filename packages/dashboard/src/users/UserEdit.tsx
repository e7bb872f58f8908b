import { Edit, ShowButton, SimpleForm, Toolbar, SaveButton, TopToolbar } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { UserInputs } from './UserInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Accounts are disabled, never deleted: the audit trail keeps naming them.
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

// Pessimistic: the server checks the version, and its answer must reach the form.
export const UserEdit = () => {
  const allowed = useQueryWhenAllowed('users', 'edit');
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={<EditActions />}
      error={<EditLoadError />}
      {...stayOnLoadError}
      queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}
    >
      <SimpleForm toolbar={<EditToolbar />}>
        <UserInputs />
      </SimpleForm>
    </Edit>
  );
};
