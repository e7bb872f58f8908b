import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

/** The organizations resource: list, show, create and edit pages. */
export const organizations = {
  list: OrganizationList,
  show: OrganizationShow,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  icon: CorporateFareIcon,
  recordRepresentation: 'name',
};
