import HowToRegIcon from '@mui/icons-material/HowToReg';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** 发展党员: cases from the application to full membership; steps are taken on the show page. */
export const developmentCases = {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  icon: HowToRegIcon,
  recordRepresentation: (record: { person?: { name: string } | null; id: string }) => record.person?.name ?? `#${record.id}`,
};
