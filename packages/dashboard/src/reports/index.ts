import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { ReportCreate } from './ReportCreate';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

/** 举报与意见: recorded here or filed online, then verified and closed. */
export const reports = {
  list: ReportList,
  show: ReportShow,
  create: ReportCreate,
  icon: ReportProblemIcon,
  recordRepresentation: 'reference',
};
