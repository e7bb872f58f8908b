import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { CalendarList } from './CalendarList';

/** 节假日设置: local overrides of the working-day calendar; administrators only. */
export const calendarDays = {
  list: CalendarList,
  icon: EventAvailableIcon,
  recordRepresentation: 'date',
};
