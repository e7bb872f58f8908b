import { Create, SimpleForm } from 'react-admin';
import { ProgramInputs } from './ProgramInputs';

export const ProgramCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <ProgramInputs />
    </SimpleForm>
  </Create>
);
