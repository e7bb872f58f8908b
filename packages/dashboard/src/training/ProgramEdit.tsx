import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { ProgramInputs } from './ProgramInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Pessimistic: the server checks the version, and that the program is the user's organization's.
export const ProgramEdit = () => {
  const allowed = useQueryWhenAllowed('trainingPrograms', 'edit');
  return (
    <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} error={<EditLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <SimpleForm sx={{ maxWidth: 720 }}>
        <ProgramInputs edit />
      </SimpleForm>
    </Edit>
  );
};
