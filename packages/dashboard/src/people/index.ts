import BadgeIcon from '@mui/icons-material/Badge';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

/** People: party members, those on the way in, and chamber leaders, kept by an organization. */
export const people = {
  list: PersonList,
  show: PersonShow,
  create: PersonCreate,
  edit: PersonEdit,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
