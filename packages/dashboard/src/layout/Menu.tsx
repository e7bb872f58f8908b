import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HubIcon from '@mui/icons-material/Hub';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import GradingIcon from '@mui/icons-material/Grading';
import RateReviewIcon from '@mui/icons-material/RateReview';
import StorefrontIcon from '@mui/icons-material/Storefront';
import TuneIcon from '@mui/icons-material/Tune';
import { Typography } from '@mui/material';
import { Menu as RaMenu, useCanAccess, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { reviewQueuePath } from '../exemplars/exemplar';

/** The heading of a group of entries; hidden while the sidebar is folded, and when none of its entries shows. */
const MenuGroup = ({ label, resources }: { label: string; resources: string[] }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess } = useCanAccessResources({ resources, action: 'list' });
  if (!open || !canAccess || !resources.some((resource) => canAccess[resource])) return null;
  return (
    <Typography variant="overline" color="text.secondary" component="div" sx={{ px: 2, pt: 1.5, lineHeight: 2 }} data-testid="menu-group">
      {translate(label)}
    </Typography>
  );
};

/** 审核队列: the profiles that wait for a reviewer, for those who review them. */
const ReviewQueueItem = () => {
  const { canAccess } = useCanAccess({ resource: 'exemplars', action: 'review' });
  if (!canAccess) return null;
  return <RaMenu.Item to={reviewQueuePath} primaryText="resources.exemplars.reviewQueue" leftIcon={<RateReviewIcon />} data-testid="menu-review-queue" />;
};

/** 党建监督: the home dashboard and the oversight reports, for those who read the figures. */
const OversightItems = () => {
  const { canAccess } = useCanAccess({ resource: 'oversight', action: 'home' });
  if (!canAccess) return null;
  return (
    <>
      <RaMenu.Item to="/" primaryText="guildhall.oversight.home.title" leftIcon={<DashboardIcon />} data-testid="menu-home" />
      <RaMenu.Item to="/oversight/coverage" primaryText="guildhall.oversight.coverage.menu" leftIcon={<HubIcon />} data-testid="menu-coverage" />
      <RaMenu.ResourceItem name="meetings" />
      <RaMenu.Item to="/oversight/regularity" primaryText="guildhall.oversight.regularity.menu" leftIcon={<EventRepeatIcon />} />
      <RaMenu.Item to="/oversight/venues" primaryText="guildhall.oversight.venues.menu" leftIcon={<StorefrontIcon />} />
      <RaMenu.Item to="/oversight/letters" primaryText="guildhall.oversight.letters.menu" leftIcon={<AssignmentTurnedInIcon />} />
      <RaMenu.Item to="/oversight/assessments" primaryText="guildhall.oversight.assessments.menu" leftIcon={<GradingIcon />} />
      <RaMenu.ResourceItem name="rectificationCases" />
      <SettingsItem />
    </>
  );
};

/** 材料待办, for those who read the cases. */
const WorklistItem = () => {
  const { canAccess } = useCanAccess({ resource: 'developmentCases', action: 'list' });
  if (!canAccess) return null;
  return <RaMenu.Item to="/dossier/worklist" primaryText="resources.developmentCases.dossier.worklist" leftIcon={<FolderOpenIcon />} data-testid="menu-material-worklist" />;
};

/** 监督设置, for those who change the rules. */
const SettingsItem = () => {
  const { canAccess } = useCanAccess({ resource: 'oversight', action: 'settings' });
  if (!canAccess) return null;
  return <RaMenu.Item to="/oversight/settings" primaryText="guildhall.oversight.settings.menu" leftIcon={<TuneIcon />} data-testid="menu-oversight-settings" />;
};

/** One entry per resource; react-admin leaves out those the user's permissions do not reach. */
export const Menu = () => (
  <RaMenu>
    <MenuGroup label="guildhall.menu.oversight" resources={['meetings']} />
    <OversightItems />
    <MenuGroup label="guildhall.menu.records" resources={['organizations']} />
    <RaMenu.ResourceItem name="organizations" />
    <RaMenu.ResourceItem name="people" />
    <MenuGroup label="guildhall.menu.development" resources={['developmentCases']} />
    <RaMenu.ResourceItem name="developmentCases" />
    <WorklistItem />
    <RaMenu.ResourceItem name="publicNotices" />
    <RaMenu.ResourceItem name="reports" />
    <MenuGroup label="guildhall.menu.training" resources={['trainingClasses', 'myTraining']} />
    <RaMenu.ResourceItem name="trainingPrograms" />
    <RaMenu.ResourceItem name="trainingClasses" />
    <RaMenu.ResourceItem name="enrollments" />
    <RaMenu.ResourceItem name="myTraining" />
    <MenuGroup label="guildhall.menu.exemplars" resources={['exemplars']} />
    <RaMenu.ResourceItem name="exemplars" />
    <ReviewQueueItem />
    <RaMenu.ResourceItem name="calendarDays" />
    <RaMenu.ResourceItem name="users" primaryText="resources.users.menu" />
    <RaMenu.ResourceItem name="auditEntries" />
  </RaMenu>
);
