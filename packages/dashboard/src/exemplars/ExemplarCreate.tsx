import { Alert } from '@mui/material';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { ExemplarInputs } from './ExemplarInputs';

const PhotoLater = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%', maxWidth: 1040, boxSizing: 'border-box' }}>
      {translate('resources.exemplars.photo.afterCreate')}
    </Alert>
  );
};

// The photo is sent once the draft exists: the new draft opens in the editor, with its photo box.
export const ExemplarCreate = () => (
  <Create redirect="edit">
    <SimpleForm>
      <PhotoLater />
      <ExemplarInputs creating />
    </SimpleForm>
  </Create>
);
