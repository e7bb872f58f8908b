import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, Card, CardContent, CircularProgress, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCanAccess, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { todayInChina } from '../development/development';
import { monthRange, monthWeeks, sessionDays, shiftMonth, type TrainingClass } from './training';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A class runs a few days; one that started this long before the month cannot reach into it. */
const LONGEST_CLASS_DAYS = 62;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * 培训日历: a month grid with each class on the days of its sessions (cancelled classes left
 * out). The list query gives the classes of the month, their pages give the sessions.
 */
export const ClassCalendar = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'trainingClasses', action: 'list' });
  const today = todayInChina();
  const [[year, month], setMonth] = useState<[number, number]>([Number(today.slice(0, 4)), Number(today.slice(5, 7))]);
  const { from, to } = monthRange(year, month);
  const { data, isPending, error } = useQuery({
    queryKey: ['trainingClasses', 'calendar', from],
    enabled: canAccess === true,
    queryFn: async () => {
      const { data: rows } = await dataProvider.getList<TrainingClass>('trainingClasses', {
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'startsOn', order: 'ASC' },
        filter: { startsOn_gte: daysBefore(from, LONGEST_CLASS_DAYS), startsOn_lte: to },
      });
      const inMonth = rows.filter((c) => c.endsOn >= from && c.status !== 'CANCELLED');
      return Promise.all(inMonth.map(async (c) => (await dataProvider.getOne<TrainingClass>('trainingClasses', { id: c.id })).data));
    },
  });
  const days = sessionDays(data ?? []);
  const weeks = monthWeeks(year, month);
  const empty = !isPending && !error && days.size === 0;
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="class-calendar" data-loaded={!isPending}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, flex: 1 }}>
            {translate('resources.trainingClasses.calendar.title')}
          </Typography>
          <Tooltip title={translate('resources.trainingClasses.actions.prevMonth')}>
            <IconButton size="small" onClick={() => setMonth(shiftMonth(year, month, -1))} aria-label={translate('resources.trainingClasses.actions.prevMonth')}>
              <ChevronLeftIcon />
            </IconButton>
          </Tooltip>
          <Typography variant="body1" sx={{ minWidth: 120, textAlign: 'center', fontWeight: 500 }} data-testid="calendar-month">
            {translate('resources.trainingClasses.calendar.month', { year, month })}
          </Typography>
          <Tooltip title={translate('resources.trainingClasses.actions.nextMonth')}>
            <IconButton size="small" onClick={() => setMonth(shiftMonth(year, month, 1))} aria-label={translate('resources.trainingClasses.actions.nextMonth')}>
              <ChevronRightIcon />
            </IconButton>
          </Tooltip>
          <Button size="small" onClick={() => setMonth([Number(today.slice(0, 4)), Number(today.slice(5, 7))])}>
            {translate('resources.trainingClasses.actions.thisMonth')}
          </Button>
        </Stack>
        {error ? (
          <Typography color="error" variant="body2" sx={{ my: 1 }}>
            {(error as Error).message}
          </Typography>
        ) : null}
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', position: 'relative' }}>
          {WEEKDAYS.map((d) => (
            <Box key={d} sx={{ px: 1, py: 0.5, bgcolor: 'action.hover', typography: 'caption', color: 'text.secondary', textAlign: 'center', borderBottom: 1, borderColor: 'divider' }}>
              {translate(`resources.trainingClasses.calendar.weekdays.${d}`)}
            </Box>
          ))}
          {weeks.flat().map((cell) => {
            const entries = days.get(cell.date) ?? [];
            const isToday = cell.date === today;
            return (
              <Box
                key={cell.date}
                data-date={cell.date}
                sx={{
                  minHeight: 76,
                  p: 0.5,
                  borderTop: 1,
                  borderLeft: 1,
                  borderColor: 'divider',
                  bgcolor: cell.inMonth ? 'background.paper' : 'action.hover',
                  minWidth: 0,
                }}
              >
                <Typography
                  variant="caption"
                  component="div"
                  sx={{ fontWeight: isToday ? 700 : 400, color: isToday ? 'primary.main' : cell.inMonth ? 'text.primary' : 'text.secondary', px: 0.5 }}
                >
                  {cell.day}
                </Typography>
                {entries.map((entry) => (
                  <Tooltip key={entry.classId} title={entry.topic ? `${entry.title}：${entry.topic}` : entry.title}>
                    <Box
                      component={Link}
                      to={createPath({ resource: 'trainingClasses', id: entry.classId, type: 'show' })}
                      data-calendar-class={entry.classId}
                      sx={{
                        display: 'block',
                        mt: 0.25,
                        px: 0.75,
                        py: 0.25,
                        borderRadius: 0.5,
                        typography: 'caption',
                        lineHeight: 1.4,
                        whiteSpace: 'nowrap',
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        textDecoration: 'none',
                        color: entry.status === 'DRAFT' ? 'secondary.dark' : 'primary.contrastText',
                        bgcolor: entry.status === 'DRAFT' ? 'secondary.50' : 'primary.main',
                        border: entry.status === 'DRAFT' ? 1 : 0,
                        borderColor: 'secondary.main',
                        borderStyle: 'dashed',
                      }}
                    >
                      {entry.title}
                    </Box>
                  </Tooltip>
                ))}
              </Box>
            );
          })}
          {isPending && canAccess ? <CircularProgress size={24} sx={{ position: 'absolute', top: 8, right: 8 }} /> : null}
        </Box>
        {empty ? (
          <Typography color="text.secondary" variant="caption" component="p" sx={{ mt: 1 }}>
            {translate('resources.trainingClasses.calendar.empty')}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};
