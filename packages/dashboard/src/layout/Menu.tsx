import RateReviewIcon from '@mui/icons-material/RateReview';
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

/** One entry per resource; react-admin leaves out those the user's permissions do not reach. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.ResourceItem name="organizations" />
    <RaMenu.ResourceItem name="people" />
    <MenuGroup label="guildhall.menu.development" resources={['developmentCases']} />
    <RaMenu.ResourceItem name="developmentCases" />
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
