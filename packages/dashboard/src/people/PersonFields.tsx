import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from '../organizations/OrganizationFields';
import { isMaskedNationalId, type Person } from './person';
import { DateText } from '../i18n/format';

// Fields take a `label` so show layouts and tables can name them; `source` names the column.
interface FieldProps {
  label?: string | false;
  source?: string;
}

const DASH = '—';

const Text = ({ children, nowrap = true }: { children: string; nowrap?: boolean }) => (
  <Typography component="span" variant="body2" sx={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
    {children}
  </Typography>
);

/** The name, with its pinyin under it where the show page asks for it. */
export const PersonNameField = ({ withPinyin = false }: FieldProps & { withPinyin?: boolean }) => {
  const record = useRecordContext<Person>();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 80 }}>
      <Typography component="div" variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
        {record.name}
      </Typography>
      {withPinyin ? (
        <Typography component="div" variant="caption" color="text.secondary">
          {record.namePinyin}
        </Typography>
      ) : null}
    </Box>
  );
};

export const GenderField = (_props: FieldProps) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record) return null;
  return <Text>{record.gender ? translate(`guildhall.genders.${record.gender}`) : DASH}</Text>;
};

export const EducationField = (_props: FieldProps) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record) return null;
  return <Text>{record.education ? translate(`guildhall.educations.${record.education}`) : DASH}</Text>;
};

/** Members stand out, those on the way in less so; non-members and those who left are plain. */
export const MembershipStatusField = (_props: FieldProps) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record) return null;
  const status = record.membershipStatus;
  const member = status === 'FULL' || status === 'PROBATIONARY';
  const pipeline = status === 'APPLICANT' || status === 'ACTIVIST' || status === 'DEVELOPMENT_TARGET';
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      label={translate(`guildhall.membershipStatuses.${status}`)}
      color={member ? 'primary' : pipeline ? 'secondary' : 'default'}
      variant={status === 'FULL' ? 'filled' : 'outlined'}
      data-membership-status={status}
    />
  );
};

export const RelationField = (_props: FieldProps) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record) return null;
  // May wrap where the table runs short of room (the English words are longer).
  return <Text nowrap={false}>{translate(`guildhall.relations.${record.relation}`)}</Text>;
};

export const VotesField = (_props: FieldProps) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record) return null;
  return <Text nowrap={false}>{translate(record.votes ? 'resources.people.votes.yes' : 'resources.people.votes.no')}</Text>;
};

/** Said in place of an organization the user may not see (the server gives only its id). */
const OutOfScope = () => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {translate('resources.organizations.outOfScope')}
    </Typography>
  );
};

/** The keeping organization, by its short name in tables. */
export const KeeperField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<Person>();
  if (!record) return null;
  if (!record.organization) return <OutOfScope />;
  return <OrganizationLink organization={record.organization} short={short} />;
};

export const EmployerField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<Person>();
  if (!record) return null;
  if (record.employerId && !record.employer) return <OutOfScope />;
  if (!record.employer) return <Text>{DASH}</Text>;
  return <OrganizationLink organization={record.employer} short={short} />;
};

/** The national id as the server gives it: whole, or masked for roles without the right to read it. */
export const NationalIdField = (_props: FieldProps) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.nationalId) return <Text>{DASH}</Text>;
  const masked = isMaskedNationalId(record.nationalId);
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      color={masked ? 'text.secondary' : 'text.primary'}
      title={masked ? translate('resources.people.helpers.nationalIdMasked') : undefined}
      data-testid="national-id"
      data-masked={masked}
    >
      {record.nationalId}
    </Typography>
  );
};

/** A calendar date as the records keep it (YYYY-MM-DD), or a dash. */
export const LocalDateField = ({ source }: FieldProps & { source: keyof Person }) => {
  const record = useRecordContext<Person>();
  if (!record) return null;
  const value = record[source];
  return <Text>{typeof value === 'string' && value ? value : DASH}</Text>;
};

/** A point in time to the minute, for tables; the show page has it to the second. */
export const ShortDateTimeField = ({ source }: FieldProps & { source: 'updatedAt' | 'createdAt' | 'archivedAt' }) => {
  const record = useRecordContext<Person>();
  const value = record?.[source];
  if (!value) return null;
  return <DateText value={value} showTime />;
};
