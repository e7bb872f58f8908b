import { Box, Chip, Link as MuiLink, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCanAccess, useCreatePath, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { RECORD_RESOURCES, changeRows, fieldLabel, isWarning, type AuditEntry } from './actions';
import { useJoinList } from '../i18n/format';

interface FieldProps {
  label?: string | false;
  source?: string;
}

export const ActionLabel = ({ action }: { action: string }) => {
  const translate = useTranslate();
  return <>{translate(`guildhall.auditActions.${action}`, { _: action })}</>;
};

export const ActionField = (_props: FieldProps) => {
  const record = useRecordContext<AuditEntry>();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={isWarning(record.action) ? 'error' : 'default'}
      label={<ActionLabel action={record.action} />}
      data-action={record.action}
    />
  );
};

/**
 * Who did something, the same way everywhere (the audit trail, a record's history, a case's steps):
 * the account's display name, its username on hover; the server itself for demo data and
 * migrations (no account), "anonymous" for a request by no account.
 */
export const ActorName = ({ actorId, actorName, displayName }: { actorId: string | null; actorName: string | null; displayName: string | null }) => {
  const translate = useTranslate();
  if (!actorId && (actorName === 'system' || actorName === null) && !displayName) {
    return <span data-actor="system">{translate(actorName === 'system' ? 'resources.auditEntries.system' : 'resources.auditEntries.anonymous')}</span>;
  }
  const name = displayName ?? actorName ?? translate('resources.auditEntries.anonymous');
  return (
    <span data-actor={actorId ?? ''} title={actorName && actorName !== name ? actorName : undefined} style={{ whiteSpace: 'nowrap' }}>
      {name}
    </span>
  );
};

/** Who did it; a click narrows the list to that person's entries (where the list allows it). */
export const ActorField = ({ filterable = false }: FieldProps & { filterable?: boolean }) => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const list = useListContext();
  if (!record) return null;
  const name = <ActorName actorId={record.actorId} actorName={record.actorName} displayName={record.actorDisplayName} />;
  if (!record.actorId || !filterable) return name;
  const narrow = (event: MouseEvent) => {
    event.stopPropagation();
    list.setFilters({ ...list.filterValues, actorId: record.actorId }, list.displayedFilters);
  };
  return (
    <MuiLink component="button" type="button" variant="body2" onClick={narrow} title={translate('resources.auditEntries.onlyThisActor')}>
      {name}
    </MuiLink>
  );
};

/** Resources whose records have a page of their own. */
const LINKABLE = ['organizations', 'people', 'users', 'developmentCases', 'publicNotices', 'reports', 'exemplars'];

/** The record acted on: its type, and a link to it where the user may open it. */
export const RecordField = (_props: FieldProps) => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const resource = record?.recordType ? RECORD_RESOURCES[record.recordType] : undefined;
  const linkable = resource !== undefined && LINKABLE.includes(resource);
  const { canAccess } = useCanAccess({ resource: resource ?? 'auditEntries', action: 'show', enabled: linkable });
  if (!record?.recordType) return null;
  const type = translate(`guildhall.recordTypes.${record.recordType}`, { _: record.recordType });
  const text = record.recordId ? `${type} #${record.recordId}` : type;
  if (!linkable || !canAccess || !record.recordId || record.action.endsWith('.delete')) return <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;
  return (
    <Link to={createPath({ resource: resource!, id: record.recordId, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Link>
  );
};

export const OrganizationNameField = (_props: FieldProps) => {
  const record = useRecordContext<AuditEntry>();
  const createPath = useCreatePath();
  if (!record?.organization) return null;
  return (
    <Link to={createPath({ resource: 'organizations', id: record.organization.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {record.organization.shortName ?? record.organization.name}
    </Link>
  );
};

/** The names of the changed fields, to scan the list without opening each entry. */
export const ChangedFieldsField = (_props: FieldProps) => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const joinList = useJoinList();
  const rows = changeRows(record?.changes);
  if (!record || rows.length === 0) return null;
  const resource = record.recordType ? RECORD_RESOURCES[record.recordType] : undefined;
  const names = rows.map(({ field }) => fieldLabel(translate, resource, field));
  return (
    <Box sx={{ maxWidth: 320 }}>
      <Typography variant="body2" color="text.secondary" noWrap title={joinList(names)}>
        {joinList(names)}
      </Typography>
    </Box>
  );
};
