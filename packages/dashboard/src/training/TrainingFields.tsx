import type { ClassStatus, EnrollmentStatus } from '@guildhall/client';
import { Box, Chip, Link as MuiLink, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from '../organizations/OrganizationFields';
import { certificateUrl, completedOn, hasCertificate, type Enrollment, type TrainingClass, type TrainingProgram } from './training';
import { formatDateTime } from '../i18n/format';

// Fields take a `label` so show layouts and tables can name them; `source` names the column.
interface FieldProps {
  label?: string | false;
  source?: string;
}

export const DASH = '—';

const stop = (e: MouseEvent) => e.stopPropagation();

const CLASS_STATUS_COLORS: Record<ClassStatus, 'default' | 'primary' | 'secondary'> = { DRAFT: 'secondary', PUBLISHED: 'primary', CANCELLED: 'default' };

/** 筹备中 outlined, 已发布 filled, 已取消 plain. */
export const ClassStatusChip = ({ status }: { status: ClassStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`guildhall.classStatuses.${status}`)}
      color={CLASS_STATUS_COLORS[status]}
      variant={status === 'PUBLISHED' ? 'filled' : 'outlined'}
      data-class-status={status}
    />
  );
};

export const ClassStatusField = (_props: FieldProps) => {
  const record = useRecordContext<TrainingClass>();
  return record ? <ClassStatusChip status={record.status} /> : null;
};

const ENROLLMENT_COLORS: Record<EnrollmentStatus, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error'> = {
  WAITLISTED: 'warning',
  REGISTERED: 'primary',
  CONFIRMED: 'primary',
  ATTENDED: 'success',
  ABSENT: 'error',
  CANCELLED: 'default',
};

export const EnrollmentStatusChip = ({ status }: { status: EnrollmentStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`guildhall.enrollmentStatuses.${status}`)}
      color={ENROLLMENT_COLORS[status]}
      variant={status === 'CONFIRMED' || status === 'ATTENDED' ? 'filled' : 'outlined'}
      data-enrollment-status={status}
    />
  );
};

export const EnrollmentStatusField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  return record ? <EnrollmentStatusChip status={record.status} /> : null;
};

const Nowrap = ({ children }: { children: React.ReactNode }) => (
  <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
    {children}
  </Typography>
);

/** First and last session day; one day once. */
export const ClassDatesField = (_props: FieldProps) => {
  const record = useRecordContext<TrainingClass>();
  if (!record) return null;
  return <Nowrap>{record.startsOn === record.endsOn ? record.startsOn : `${record.startsOn} ~ ${record.endsOn}`}</Nowrap>;
};

/** Seats taken / capacity, e.g. 36 / 40. */
export const SeatsField = (_props: FieldProps) => {
  const record = useRecordContext<TrainingClass>();
  if (!record) return null;
  return (
    <Nowrap>
      <Box component="span" sx={{ fontWeight: record.seated >= record.capacity ? 600 : undefined }}>
        {record.seated}
      </Box>{' '}
      / {record.capacity}
    </Nowrap>
  );
};

export const WaitlistedField = (_props: FieldProps) => {
  const record = useRecordContext<TrainingClass>();
  if (!record) return null;
  return <Nowrap>{record.waitlist ? record.waitlisted : DASH}</Nowrap>;
};

export const EnrollmentWindowField = (_props: FieldProps) => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="caption" sx={{ whiteSpace: 'nowrap' }}>
      {translate('resources.trainingClasses.window', { from: record.enrollmentOpensOn, to: record.enrollmentClosesOn })}
    </Typography>
  );
};

/** The organizer of a program or a class, short name in tables. */
export const OrganizerField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<TrainingClass | TrainingProgram>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.organizer) return <Typography variant="body2" color="text.secondary">{translate('resources.organizations.outOfScope')}</Typography>;
  return <OrganizationLink organization={record.organizer} short={short} />;
};

export const ShortOrganizerField = (_props: FieldProps) => <OrganizerField short />;

export const ProgramField = (_props: FieldProps) => {
  const record = useRecordContext<TrainingClass>();
  const createPath = useCreatePath();
  if (!record?.program) return null;
  return (
    <Link to={createPath({ resource: 'trainingPrograms', id: record.program.id, type: 'show' })} onClick={stop}>
      {record.program.title}
    </Link>
  );
};

/** The person of a place, linking to their record (people outside the user's scope have none). */
export const EnrollmentPersonField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.person) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('resources.organizations.outOfScope')}
      </Typography>
    );
  }
  return (
    <Link to={createPath({ resource: 'people', id: record.person.id, type: 'show' })} onClick={stop} sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
      {record.person.name}
    </Link>
  );
};

export const EnrollmentClassField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  const createPath = useCreatePath();
  if (!record?.class) return null;
  return (
    <Link to={createPath({ resource: 'trainingClasses', id: record.class.id, type: 'show' })} onClick={stop}>
      {record.class.title}
    </Link>
  );
};

export const EnrollmentChamberField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  if (!record?.chamber) return <Nowrap>{DASH}</Nowrap>;
  return <Nowrap>{record.chamber.shortName ?? record.chamber.name}</Nowrap>;
};

export const WaitlistPositionField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.waitlistPosition == null) return <Nowrap>{DASH}</Nowrap>;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontWeight: 500 }} data-testid="waitlist-position">
      {translate('resources.enrollments.position', { position: record.waitlistPosition })}
    </Typography>
  );
};

export const HoursField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  const translate = useTranslate();
  if (!record) return null;
  return <Nowrap>{translate('resources.enrollments.hours', { hours: record.hoursCredited })}</Nowrap>;
};

export const CompletedField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  if (!record) return null;
  return <Nowrap>{completedOn(record) ?? DASH}</Nowrap>;
};

/** The certificate PDF link for a completed place; a revoked one says so. */
export const CertificateLink = ({ enrollment }: { enrollment: Enrollment }) => {
  const translate = useTranslate();
  if (enrollment.certificateRevokedAt) {
    return (
      <Typography component="span" variant="body2" color="error" sx={{ whiteSpace: 'nowrap' }}>
        {translate('resources.enrollments.revoked')}
      </Typography>
    );
  }
  if (!hasCertificate(enrollment)) return <Nowrap>{DASH}</Nowrap>;
  return (
    <MuiLink href={certificateUrl(enrollment.id)} onClick={stop} sx={{ whiteSpace: 'nowrap' }} data-testid="certificate-link" download>
      {translate('resources.enrollments.actions.certificate')}
    </MuiLink>
  );
};

export const CertificateField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  return record ? <CertificateLink enrollment={record} /> : null;
};

/** When the person asked for the place (the order of the line), to the minute; and when a seat came from the line. */
export const RequestedAtField = (_props: FieldProps) => {
  const record = useRecordContext<Enrollment>();
  const translate = useTranslate();
  if (!record) return null;
  const text = formatDateTime(record.requestedAt);
  if (!record.promotedAt) return <Nowrap>{text}</Nowrap>;
  return (
    <>
      <Nowrap>{text}</Nowrap>
      <Typography variant="caption" color="text.secondary" component="div" data-testid="promoted-at">
        {translate('resources.enrollments.promotedAt', { time: formatDateTime(record.promotedAt) })}
      </Typography>
    </>
  );
};
