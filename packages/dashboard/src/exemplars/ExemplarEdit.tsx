import { Edit, ShowButton, SimpleForm, TopToolbar, useRecordContext } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { EditLoadError, stayOnLoadError } from '../layout/NotFound';
import { ExemplarInputs } from './ExemplarInputs';
import { PhotoUpload } from './PhotoUpload';
import type { Exemplar } from './exemplar';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const Photo = () => {
  const record = useRecordContext<Exemplar>();
  return record ? <PhotoUpload record={record} /> : null;
};

// Pessimistic: the server checks the version, and refuses changes while the profile is reviewed
// (`inReview`). A photo changes the version: the form keeps what was typed meanwhile.
export const ExemplarEdit = () => {
  const allowed = useQueryWhenAllowed('exemplars', 'edit');
  return (
    <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} error={<EditLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <SimpleForm resetOptions={{ keepDirtyValues: true }}>
        <Photo />
        <ExemplarInputs />
      </SimpleForm>
    </Edit>
  );
};
