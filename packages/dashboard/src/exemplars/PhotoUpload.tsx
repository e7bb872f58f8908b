import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { PhotoThumbnail } from './ExemplarFields';
import { PHOTO_TYPES, editable, makesNewRevision, type Exemplar, type Photo } from './exemplar';

/** The words of a refused upload: the field's message the data provider put on `photo`, else its message. */
function refusalOf(error: unknown): string {
  const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
  if (errors?.photo) return errors.photo;
  return error instanceof Error ? error.message : String(error);
}

/**
 * 照片: sends the chosen file as it is (the server decides by its content, resizes it and drops
 * its metadata), then shows the web size it made and reloads the profile, whose version changed.
 */
export const PhotoUpload = ({ record }: { record: Exemplar }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<Photo | null>(null);
  const { canAccess } = useCanAccess({ resource: 'exemplars', action: 'photo', record });
  const photo = uploaded ?? record.photo;
  const open = editable(record);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file can be chosen again after a refusal.
    event.target.value = '';
    if (!file) return;
    setRefusal(null);
    setUploading(true);
    try {
      const { data } = await dataProvider.uploadExemplarPhoto({ id: record.id, previousData: record, file });
      setUploaded(data.photo);
      notify('resources.exemplars.notifications.photoUploaded', { type: 'success' });
      refresh();
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 2, width: '100%' }} data-testid="photo-upload">
      <PhotoThumbnail photo={photo} size={200} testId="photo-preview" />
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Typography variant="subtitle2" gutterBottom>
          {translate('resources.exemplars.fields.photo')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.exemplars.photo.help')}
        </Typography>
        {canAccess && open ? (
          <>
            <input ref={input} type="file" accept={PHOTO_TYPES} hidden onChange={choose} data-testid="photo-input" />
            <Button
              variant="outlined"
              size="small"
              startIcon={uploading ? <CircularProgress size={16} /> : <PhotoCameraIcon />}
              disabled={uploading}
              onClick={() => input.current?.click()}
              data-testid="photo-choose"
            >
              {translate(photo ? 'resources.exemplars.photo.replace' : 'resources.exemplars.photo.upload')}
            </Button>
            {makesNewRevision(record) ? (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
                {translate('resources.exemplars.photo.newRevision')}
              </Typography>
            ) : null}
          </>
        ) : canAccess ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.exemplars.photo.locked')}
          </Typography>
        ) : null}
        {refusal ? (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="photo-error">
            {refusal}
          </Alert>
        ) : null}
      </Box>
    </Box>
  );
};
