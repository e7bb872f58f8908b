import { Create, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';
import { withoutInapplicableFields } from './kinds';

// A "new sub-organization" link passes the parent in the location state as `record`.
export const OrganizationCreate = () => (
  <Create redirect="show" transform={withoutInapplicableFields}>
    <SimpleForm>
      <OrganizationInputs />
    </SimpleForm>
  </Create>
);
