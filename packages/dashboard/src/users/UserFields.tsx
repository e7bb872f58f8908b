import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from '../organizations/OrganizationFields';
import { isLocked, type User } from './roles';
import { formatDateTime } from '../i18n/format';

interface FieldProps {
  label?: string | false;
  source?: string;
}

export const RoleField = (_props: FieldProps) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`guildhall.roles.${record.role}`)}
    </Typography>
  );
};

export const UserOrganizationField = (_props: FieldProps) => {
  const record = useRecordContext<User>();
  if (!record?.organization) return null;
  return (
    <Typography component="span" variant="body2">
      <OrganizationLink organization={record.organization} />
    </Typography>
  );
};

/** Disabled, locked for now, or able to sign in. */
export const AccountStatusField = (_props: FieldProps) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
      {record.disabled ? (
        <Chip size="small" color="default" label={translate('resources.users.status.disabled')} data-status="disabled" />
      ) : (
        <Chip size="small" color="success" variant="outlined" label={translate('resources.users.status.active')} data-status="active" />
      )}
      {isLocked(record) ? <Chip size="small" color="warning" label={translate('resources.users.status.locked')} data-status="locked" /> : null}
    </Stack>
  );
};

function useFormat() {
  return (iso: string) => formatDateTime(iso);
}

/** Only a lock still in force: a past one means nothing to the reader. */
export const LockedUntilField = ({ emptyText }: FieldProps & { emptyText?: string }) => {
  const record = useRecordContext<User>();
  const format = useFormat();
  if (!record?.lockedUntil || !isLocked(record)) return emptyText ? <Typography component="span" variant="body2">{emptyText}</Typography> : null;
  return (
    <Typography component="span" variant="body2" color="warning.main" sx={{ whiteSpace: 'nowrap' }}>
      {format(record.lockedUntil)}
    </Typography>
  );
};

export const LastSignInField = (_props: FieldProps) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const format = useFormat();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" color={record.lastSignInAt ? 'text.primary' : 'text.secondary'} sx={{ whiteSpace: 'nowrap' }}>
      {record.lastSignInAt ? format(record.lastSignInAt) : translate('resources.users.neverSignedIn')}
    </Typography>
  );
};
