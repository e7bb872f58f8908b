import { Create, SimpleForm } from 'react-admin';
import { ClassInputs } from './ClassInputs';

// A program's "new class" link passes the program in the location state as `record`.
export const ClassCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ClassInputs />
    </SimpleForm>
  </Create>
);
