import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { Box, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
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

/**
 * The national id, masked as every read gives it. On a person's own page (`reveal`), roles that
 * may read national ids can show the whole id: one audited view on the server (docs/api.md).
 */
export const NationalIdField = ({ reveal = false }: FieldProps & { reveal?: boolean }) => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'people', action: 'readNationalId' });
  const [whole, setWhole] = useState<{ id: Person['id']; value: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  if (!record) return null;
  if (!record.nationalId) return <Text>{DASH}</Text>;
  const shown = whole && whole.id === record.id ? whole.value : null;
  const masked = !shown && isMaskedNationalId(record.nationalId);
  const show = async () => {
    setLoading(true);
    try {
      setWhole({ id: record.id, value: (await dataProvider.revealNationalId({ id: record.id })).data });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Typography
        component="span"
        variant="body2"
        sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
        color={masked ? 'text.secondary' : 'text.primary'}
        title={masked && !reveal ? translate('resources.people.helpers.nationalIdMasked') : undefined}
        data-testid="national-id"
        data-masked={masked}
      >
        {shown ?? record.nationalId}
      </Typography>
      {reveal && masked && canAccess ? (
        <Tooltip title={translate('resources.people.actions.revealNationalId')}>
          <span>
            <IconButton size="small" onClick={show} disabled={loading} aria-label={translate('resources.people.actions.revealNationalId')} data-testid="reveal-national-id">
              <VisibilityIcon fontSize="inherit" />
            </IconButton>
          </span>
        </Tooltip>
      ) : null}
    </Box>
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
