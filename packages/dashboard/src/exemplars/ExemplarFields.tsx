import type { ExemplarState } from '@guildhall/client';
import { Box, Chip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from '../organizations/OrganizationFields';
import { DASH, type Exemplar, type Photo } from './exemplar';
import { formatDateTime } from '../i18n/format';

interface FieldProps {
  label?: string | false;
  source?: string;
}

export { DASH } from './exemplar';

const COLORS: Record<ExemplarState, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  DRAFT: 'default',
  IN_REVIEW: 'info',
  NOTICE: 'warning',
  PUBLISHED: 'success',
  WITHDRAWN: 'error',
  SUPERSEDED: 'default',
};

export const ExemplarStateChip = ({ state }: { state: ExemplarState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`guildhall.exemplarStates.${state}`)}
      color={COLORS[state]}
      variant={state === 'DRAFT' || state === 'SUPERSEDED' ? 'outlined' : 'filled'}
      data-exemplar-state={state}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};

export const ExemplarStateField = (_props: FieldProps) => {
  const record = useRecordContext<Exemplar>();
  if (!record) return null;
  return <ExemplarStateChip state={record.state} />;
};

export const CategoryField = (_props: FieldProps) => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  if (!record?.category) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`guildhall.exemplarCategories.${record.category}`)}
    </Typography>
  );
};

/** Whom or what the profile is about: the person's or the organization's page. */
export const SubjectField = (_props: FieldProps) => {
  const record = useRecordContext<Exemplar>();
  const createPath = useCreatePath();
  if (!record) return null;
  if (record.person) {
    return (
      <Link to={createPath({ resource: 'people', id: record.person.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
        {record.person.name}
      </Link>
    );
  }
  if (record.subjectOrganization) return <OrganizationLink organization={{ ...record.subjectOrganization, shortName: null }} />;
  return <>{DASH}</>;
};

export const OwnerField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.ownerOrganization) return <Typography variant="body2" color="text.secondary">{translate('resources.organizations.outOfScope')}</Typography>;
  return <OrganizationLink organization={record.ownerOrganization} short={short} />;
};

export const DateTimeText = ({ value }: { value: string | null | undefined }) => {
  if (!value) return <>{DASH}</>;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(value)}
    </Typography>
  );
};

export const UpdatedAtField = (_props: FieldProps) => {
  const record = useRecordContext<Exemplar>();
  if (!record) return null;
  return <DateTimeText value={record.updatedAt} />;
};

/** The list's thumbnail of the shown revision's photo. */
export const ThumbnailField = (_props: FieldProps) => {
  const record = useRecordContext<Exemplar>();
  if (!record) return null;
  return <PhotoThumbnail photo={record.photo} size={48} />;
};

/** A photo's small size (served with the session cookie until the profile is published). */
export const PhotoThumbnail = ({ photo, size = 160, testId }: { photo: Photo | null | undefined; size?: number; testId?: string }) => {
  const translate = useTranslate();
  if (!photo) {
    return (
      <Box
        sx={{ width: size, height: Math.round((size * 3) / 4), bgcolor: 'action.hover', borderRadius: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0 }}
        data-testid={testId}
      >
        {size >= 120 ? (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.exemplars.photo.none')}
          </Typography>
        ) : null}
      </Box>
    );
  }
  return (
    <Box
      component="img"
      src={photo.thumbnailUrl}
      alt={translate('resources.exemplars.fields.photo')}
      data-testid={testId}
      data-photo-id={photo.id}
      sx={{ width: size, height: Math.round((size * 3) / 4), objectFit: 'cover', borderRadius: 1, display: 'block', flexShrink: 0, bgcolor: 'action.hover' }}
    />
  );
};
