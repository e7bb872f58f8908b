import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, ResourceContextProvider, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { OrganizationLink } from '../organizations/OrganizationFields';
import { ApiTokens } from './ApiTokens';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Section } from './Section';

const Profile = () => {
  const identity = useGetIdentity().identity as Identity | undefined;
  const translate = useTranslate();
  if (!identity) return null;
  const value = (text: ReactNode) => <Typography variant="body2">{text}</Typography>;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
      <Labeled label="resources.account.fields.username">{value(identity.username)}</Labeled>
      <Labeled label="resources.account.fields.displayName">{value(identity.fullName)}</Labeled>
      <Labeled label="resources.account.fields.role">{value(translate(`guildhall.roles.${identity.role}`))}</Labeled>
      <Labeled label="resources.account.fields.organization">
        {value(identity.organization ? <OrganizationLink organization={identity.organization} /> : '—')}
      </Labeled>
    </Box>
  );
};

/** The signed-in user's own account: who they are, their password and their API tokens. */
export const AccountPage = () => (
  <ResourceContextProvider value="account">
    <Title title="guildhall.account.title" />
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1100 }}>
      <Section title="guildhall.account.sections.profile">
        <Profile />
      </Section>
      <Section title="guildhall.account.sections.password">
        <ChangePasswordForm />
      </Section>
      <ApiTokens />
    </Box>
  </ResourceContextProvider>
);
