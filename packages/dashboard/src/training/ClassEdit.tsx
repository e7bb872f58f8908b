import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { ClassInputs } from './ClassInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Pessimistic: the server checks the version, the window against the sessions, and the quotas against the seats.
export const ClassEdit = () => {
  const allowed = useQueryWhenAllowed('trainingClasses', 'edit');
  return (
    <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} error={<EditLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <SimpleForm>
        <ClassInputs edit />
      </SimpleForm>
    </Edit>
  );
};
