import { useLocation, useNavigate } from 'react-admin';
import { todayInChina } from '../development/development';
import { yearFrom } from './oversight';

/**
 * The year a page shows, kept in the address (`?year=`) so a drill-down link and a reload keep it;
 * the page's other filters live there too (`setParam`, null removes one).
 */
export function useYearParam(): { year: number; thisYear: number; params: URLSearchParams; setYear(year: number): void; setParam(name: string, value: string | null): void } {
  const location = useLocation();
  const navigate = useNavigate();
  const thisYear = Number(todayInChina().slice(0, 4));
  const params = new URLSearchParams(location.search);
  const year = yearFrom(location.search, new Date(thisYear, 6, 1));
  const setParam = (name: string, value: string | null) => {
    const changed = new URLSearchParams(location.search);
    if (value === null) changed.delete(name);
    else changed.set(name, value);
    navigate(`${location.pathname}?${changed.toString()}`);
  };
  return { year, thisYear, params, setYear: (next) => setParam('year', String(next)), setParam };
}
