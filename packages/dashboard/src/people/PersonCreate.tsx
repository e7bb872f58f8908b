import { Create, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';
import { withFactsFromNationalId } from './person';

export const PersonCreate = () => (
  <Create redirect="show" transform={withFactsFromNationalId}>
    <SimpleForm>
      <PersonInputs />
    </SimpleForm>
  </Create>
);
