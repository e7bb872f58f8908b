import type { OrganizationKind } from '@guildhall/client';
import { Box, Chip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { DateField } from '../i18n/format';
import type { Organization } from './kinds';

// Fields take a `label` so show layouts and tables can name them; `source` names the column.
interface FieldProps {
  label?: string | false;
  source?: string;
}

export const KindLabel = ({ kind }: { kind: OrganizationKind }) => {
  const translate = useTranslate();
  return <>{translate(`guildhall.kinds.${kind}`)}</>;
};

export const KindField = (_props: FieldProps) => {
  const record = useRecordContext<Organization>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      <KindLabel kind={record.kind} />
    </Typography>
  );
};

export const StatusField = (_props: FieldProps) => {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (!record) return null;
  // An archived organization is out of the work, whatever its status was: say that, not 正常.
  if (record.archivedAt) {
    return <Chip size="small" sx={{ alignSelf: 'flex-start' }} label={translate('resources.organizations.archivedStatus')} variant="outlined" data-status="ARCHIVED" />;
  }
  const weak = record.status === 'WEAK_LAX';
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      label={translate(`guildhall.statuses.${record.status}`)}
      color={weak ? 'error' : 'success'}
      variant={weak ? 'filled' : 'outlined'}
      data-status={record.status}
    />
  );
};

/** The full name, with the short name under it where there is one. */
export const NameField = (_props: FieldProps) => {
  const record = useRecordContext<Organization>();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 220 }}>
      <Typography component="div" variant="body2" sx={{ fontWeight: 500 }}>
        {record.name}
      </Typography>
      {record.shortName && record.shortName !== record.name ? (
        <Typography component="div" variant="caption" color="text.secondary">
          {record.shortName}
        </Typography>
      ) : null}
    </Box>
  );
};

export const ProvinceField = (_props: FieldProps) => {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (!record?.originProvince) return null;
  return <span>{translate(`guildhall.provinces.${record.originProvince}`, { _: record.originProvince })}</span>;
};

interface OrganizationRef {
  id: string;
  name: string;
  shortName?: string | null;
}

/** A link to another organization's page, by its short name where it has one. */
export const OrganizationLink = ({ organization, short = false }: { organization: OrganizationRef; short?: boolean }) => {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'organizations', id: organization.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {short ? (organization.shortName ?? organization.name) : organization.name}
    </Link>
  );
};

/** Said in place of a related organization the user may not see (the server gives only its id). */
const OutOfScope = () => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {translate('resources.organizations.outOfScope')}
    </Typography>
  );
};

/**
 * Whether the organization has a parent the user may not see: the server answers its id and the
 * parent itself as null then, as for a missing one (docs/api.md, "Resources"), so an organization
 * below the root (depth > 0) without a parent is one whose parent lies above the user's organizations.
 */
export function parentOutOfScope(record: Pick<Organization, 'depth' | 'parentId' | 'parent'> | undefined): boolean {
  return !!record && record.depth > 0 && (!record.parentId || record.parent === null);
}

/** The parent, from the record itself (the list query brings it along). */
export const ParentField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<Organization>();
  if (parentOutOfScope(record)) return <OutOfScope />;
  if (!record?.parent) return null;
  return <OrganizationLink organization={record.parent} short={short} />;
};

export const HostField = (_props: FieldProps) => {
  const record = useRecordContext<Organization>();
  if (record?.hostId && record.host === null) return <OutOfScope />;
  if (!record?.host) return null;
  return <OrganizationLink organization={record.host} />;
};

/** A point in time, in the dashboard's one shape for both languages (i18n/format). */
export const DateTimeField = ({ source }: FieldProps & { source: string }) => <DateField source={source} showTime />;
