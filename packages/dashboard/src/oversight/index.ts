import EventNoteIcon from '@mui/icons-material/EventNote';
import HealingIcon from '@mui/icons-material/Healing';
import { MeetingCreate, MeetingList } from './MeetingList';
import { RectificationList } from './RectificationList';

/** 三会一课: meetings planned and held. */
export const meetings = { list: MeetingList, create: MeetingCreate, icon: EventNoteIcon };

/** 软弱涣散整顿: rectification cases. */
export const rectificationCases = { list: RectificationList, icon: HealingIcon };

export { AssessmentsPage } from './AssessmentsPage';
export { CoveragePage } from './CoveragePage';
export { LettersPage } from './LettersPage';
export { RegularityPage } from './RegularityPage';
export { VenuePage } from './VenuePage';
export { HomeDashboard } from './HomeDashboard';
export { SettingsPage } from './SettingsPage';
