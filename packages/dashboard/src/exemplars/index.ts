import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { ExemplarCreate } from './ExemplarCreate';
import { ExemplarEdit } from './ExemplarEdit';
import { ExemplarList } from './ExemplarList';
import { ExemplarShow } from './ExemplarShow';

/** 先进典型: profiles written by chambers, reviewed, put on notice, then published on the public site. */
export const exemplars = {
  list: ExemplarList,
  show: ExemplarShow,
  create: ExemplarCreate,
  edit: ExemplarEdit,
  icon: MilitaryTechIcon,
  recordRepresentation: 'title',
};
