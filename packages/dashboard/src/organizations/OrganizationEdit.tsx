import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ArchiveFirstToolbar } from './EditToolbar';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { OrganizationInputs } from './OrganizationInputs';
import { withoutInapplicableFields } from './kinds';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

// Pessimistic: the server checks the version and the fields, and its answer must reach the form.
export const OrganizationEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={withoutInapplicableFields}
    actions={<EditActions />}
    error={<EditLoadError />}
    {...stayOnLoadError}
  >
    <SimpleForm toolbar={<ArchiveFirstToolbar />}>
      <OrganizationInputs />
    </SimpleForm>
  </Edit>
);
