import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { lazy } from 'react';
import { Link, Navigate, Title, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';

// The oversight dashboard and its charts load only for those who see it (the layout shows a spinner meanwhile).
const HomeDashboard = lazy(() => import('../oversight/HomeDashboard').then((module) => ({ default: module.HomeDashboard })));

/**
 * The start page: the oversight dashboard for those who read the figures, the organization
 * list for others who may read it, a trainee's own training;
 * for a role without any page, a word on why the menu is empty and where to go.
 */
export const Home = () => {
  const translate = useTranslate();
  const { canAccess: oversees, isPending: checkingOversight } = useCanAccess({ resource: 'oversight', action: 'home' });
  const { canAccess, isPending } = useCanAccess({ resource: 'organizations', action: 'list' });
  const { canAccess: trains, isPending: checkingTraining } = useCanAccess({ resource: 'myTraining', action: 'list' });
  const identity = useGetIdentity().identity as Identity | undefined;
  if (isPending || checkingTraining || checkingOversight) return <CircularProgress size={24} sx={{ m: 4 }} />;
  if (oversees) return <HomeDashboard />;
  if (canAccess) return <Navigate to="/organizations" replace />;
  // A trainee's start page is their own training.
  if (trains) return <Navigate to="/myTraining" replace />;
  return (
    <Box sx={{ mt: 2, maxWidth: 720 }} data-testid="home">
      <Title title="guildhall.home.title" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('guildhall.home.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('guildhall.home.nothingToManage', { role: identity ? translate(`guildhall.roles.${identity.role}`) : '' })}
          </Typography>
          <Button component={Link} to="/account" variant="outlined" startIcon={<ManageAccountsIcon />}>
            {translate('guildhall.account.title')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
