import { Box } from '@mui/material';
import { EditButton, Labeled, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, useCanAccess } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { DateTimeField } from '../organizations/OrganizationFields';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UnlockButton } from './UnlockButton';
import { AccountStatusField, LastSignInField, LockedUntilField, RoleField, UserOrganizationField } from './UserFields';

const ShowActions = () => (
  <TopToolbar>
    <UnlockButton />
    <ResetPasswordButton />
    <EditButton />
  </TopToolbar>
);

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2, width: '100%' };

export const UserShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('users', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.users.tabs.summary">
          <Box sx={grid}>
            <Labeled source="username"><TextField source="username" /></Labeled>
            <Labeled source="displayName"><TextField source="displayName" /></Labeled>
            <Labeled source="role"><RoleField /></Labeled>
            <Labeled source="organizationId"><UserOrganizationField /></Labeled>
            <Labeled source="personId"><ReferenceField source="personId" reference="people" link="show" emptyText="—" /></Labeled>
            <Labeled source="email"><TextField source="email" emptyText="—" /></Labeled>
            <Labeled source="disabled"><AccountStatusField /></Labeled>
            <Labeled source="failedSignIns"><NumberField source="failedSignIns" /></Labeled>
            <Labeled source="lockedUntil"><LockedUntilField emptyText="—" /></Labeled>
            <Labeled source="lastSignInAt"><LastSignInField /></Labeled>
            <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
          </Box>
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.users.tabs.history" path="history">
            <RecordHistory label={false} recordType="User" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
