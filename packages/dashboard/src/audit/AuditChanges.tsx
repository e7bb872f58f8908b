import { Box, Stack, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useCreatePath, useGetManyAggregate, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Translate } from '../apiErrors';
import { RECORD_RESOURCES, changeRows, fieldLabel, type AuditEntry } from './actions';
import { formatDateTime } from '../i18n/format';
import { ScrollTable } from '../layout/ScrollTable';

const ORGANIZATION_REFERENCES = new Set(['parentId', 'hostId', 'organizationId', 'employerId']);
// Where a field's values are named; the first list that names the value wins (an organization's
// status and a report's status share the field name).
const LABELLED_VALUES: Record<string, string[]> = {
  kind: ['guildhall.kinds', 'guildhall.calendarDayKinds'],
  status: ['guildhall.statuses', 'guildhall.reportStatuses'],
  role: ['guildhall.roles'],
  reason: ['guildhall.signInFailures'],
  gender: ['guildhall.genders'],
  education: ['guildhall.educations'],
  membershipStatus: ['guildhall.membershipStatuses'],
  relation: ['guildhall.relations'],
  stage: ['guildhall.caseStages'],
  fromStage: ['guildhall.caseStages'],
  toStage: ['guildhall.caseStages'],
  dayType: ['guildhall.dayTypes'],
  channel: ['guildhall.reportChannels'],
  finding: ['guildhall.reportFindings'],
  result: ['guildhall.assessmentResults'],
  category: ['guildhall.exemplarCategories'],
  state: ['guildhall.exemplarStates'],
};
const DASH = '—';

/** An organization named by its id: its name where the user may see it, else the id. */
const OrganizationRef = ({ id }: { id: string }) => {
  const createPath = useCreatePath();
  const { data } = useGetManyAggregate('organizations', { ids: [id] });
  const found = data?.find((o) => String(o.id) === id);
  if (!found) return <>#{id}</>;
  return <Link to={createPath({ resource: 'organizations', id, type: 'show' })}>{found.name}</Link>;
};

export function formatValue(field: string, value: unknown, translate: Translate, _locale: string): ReactNode {
  if (value === null || value === undefined || value === '') return DASH;
  if (field === 'disabled' && typeof value === 'boolean') return translate(`resources.users.status.${value ? 'disabled' : 'active'}`);
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (LABELLED_VALUES[field] && typeof value === 'string') {
    return LABELLED_VALUES[field].reduceRight((fallback, prefix) => translate(`${prefix}.${value}`, { _: fallback }), value);
  }
  if (ORGANIZATION_REFERENCES.has(field) && (typeof value === 'string' || typeof value === 'number')) return <OrganizationRef id={String(value)} />;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) {
    return formatDateTime(value, { seconds: true });
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One entry opened up: each changed field with its value before and after, then where the request came from. */
export const AuditChanges = () => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const rows = changeRows(record.changes);
  const resource = record.recordType ? RECORD_RESOURCES[record.recordType] : undefined;
  const label = (field: string) => fieldLabel(translate, resource, field);
  return (
    <Box sx={{ py: 1, maxWidth: 900 }} data-testid="audit-changes">
      {rows.length ? (
        <ScrollTable label="guildhall.tables.auditChanges" sx={{ mb: 1, '& td, & th': { verticalAlign: 'top' } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 180 }}>{translate('resources.auditEntries.changes.field')}</TableCell>
              <TableCell>{translate('resources.auditEntries.changes.before')}</TableCell>
              <TableCell>{translate('resources.auditEntries.changes.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ field, before, after }) => (
              <TableRow key={field} data-field={field}>
                <TableCell sx={{ fontWeight: 500 }}>{label(field)}</TableCell>
                <TableCell sx={{ color: 'text.secondary', wordBreak: 'break-word' }}>{before === undefined ? DASH : formatValue(field, before, translate, locale)}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{formatValue(field, after, translate, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.auditEntries.changes.none')}
        </Typography>
      )}
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {record.requestId ? (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.auditEntries.meta.requestId', { value: record.requestId })}
          </Typography>
        ) : null}
        {record.ip ? (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.auditEntries.meta.ip', { value: record.ip })}
          </Typography>
        ) : null}
      </Stack>
    </Box>
  );
};
