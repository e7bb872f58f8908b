import ClassIcon from '@mui/icons-material/Class';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SchoolIcon from '@mui/icons-material/School';
import { ClassCreate } from './ClassCreate';
import { ClassEdit } from './ClassEdit';
import { ClassList } from './ClassList';
import { ClassShow } from './ClassShow';
import { EnrollmentList } from './EnrollmentList';
import { MyTraining } from './MyTraining';
import { ProgramCreate } from './ProgramCreate';
import { ProgramEdit } from './ProgramEdit';
import { ProgramList } from './ProgramList';
import { ProgramShow } from './ProgramShow';

/** 培训计划: a year's plan of an organizer, and the chambers' figures over it. */
export const trainingPrograms = {
  list: ProgramList,
  show: ProgramShow,
  create: ProgramCreate,
  edit: ProgramEdit,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};

/** 培训班: sessions, seats and quotas; the roster and attendance on the class page. */
export const trainingClasses = {
  list: ClassList,
  show: ClassShow,
  create: ClassCreate,
  edit: ClassEdit,
  icon: ClassIcon,
  recordRepresentation: 'title',
};

/** 报名记录: places across classes. */
export const enrollments = {
  list: EnrollmentList,
  icon: FactCheckIcon,
  recordRepresentation: (record: { person?: { name: string } | null; id: string }) => record.person?.name ?? `#${record.id}`,
};

/** 我的培训: a trainee's own page (its list is the page); no records of its own. */
export const myTraining = {
  list: MyTraining,
  icon: SchoolIcon,
};
