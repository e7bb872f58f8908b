import { Menu as RaMenu } from 'react-admin';

/** One entry per resource; react-admin leaves out those the user's permissions do not reach. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.ResourceItem name="organizations" />
    <RaMenu.ResourceItem name="people" />
    <RaMenu.ResourceItem name="users" primaryText="resources.users.menu" />
    <RaMenu.ResourceItem name="auditEntries" />
  </RaMenu>
);
