import { Create, SimpleForm } from 'react-admin';
import { NoticeInputs } from './NoticeInputs';

export const NoticeCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NoticeInputs creating />
    </SimpleForm>
  </Create>
);
