import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { ArchiveFirstToolbar } from '../organizations/EditToolbar';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { PersonInputs } from './PersonInputs';
import { withFactsFromNationalId } from './person';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Pessimistic: the server checks the version and the fields, and its answer must reach the form.
// Archive and delete show only to roles that may archive (access.ts).
export const PersonEdit = () => {
  const allowed = useQueryWhenAllowed('people', 'edit');
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={withFactsFromNationalId}
      actions={<EditActions />}
      error={<EditLoadError />}
      {...stayOnLoadError}
      queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}
    >
      <SimpleForm toolbar={<ArchiveFirstToolbar />}>
        <PersonInputs />
      </SimpleForm>
    </Edit>
  );
};
