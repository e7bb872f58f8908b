import { useLocation, useNavigate } from 'react-admin';
import { todayInChina } from '../development/development';
import { yearFrom } from './oversight';

/** The year a page shows, kept in the address (`?year=`) so a drill-down link and a reload keep it. */
export function useYearParam(): { year: number; thisYear: number; params: URLSearchParams; setYear(year: number): void } {
  const location = useLocation();
  const navigate = useNavigate();
  const thisYear = Number(todayInChina().slice(0, 4));
  const params = new URLSearchParams(location.search);
  const year = yearFrom(location.search, new Date(thisYear, 6, 1));
  return {
    year,
    thisYear,
    params,
    setYear: (next) => {
      const changed = new URLSearchParams(location.search);
      changed.set('year', String(next));
      navigate(`${location.pathname}?${changed.toString()}`);
    },
  };
}
