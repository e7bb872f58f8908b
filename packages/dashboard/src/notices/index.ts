import CampaignIcon from '@mui/icons-material/Campaign';
import { NoticeCreate } from './NoticeCreate';
import { NoticeEdit } from './NoticeEdit';
import { NoticeList } from './NoticeList';
import { NoticeShow } from './NoticeShow';

/** 公示: drafts are edited, then published as public records. */
export const publicNotices = {
  list: NoticeList,
  show: NoticeShow,
  create: NoticeCreate,
  edit: NoticeEdit,
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
