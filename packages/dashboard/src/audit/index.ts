import HistoryIcon from '@mui/icons-material/History';
import { AuditList } from './AuditList';

/** The audit trail: a list only; entries are never changed. */
export const auditEntries = {
  list: AuditList,
  icon: HistoryIcon,
};
