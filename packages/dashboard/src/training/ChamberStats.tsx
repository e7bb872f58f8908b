import { Box, Card, CardContent, CircularProgress, MenuItem, Stack, Tab, TableBody, TableCell, TableHead, TableRow, Tabs, TextField, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GuildhallDataProvider } from '../dataProvider';
import { legendText } from '../layout/theme';
import { todayInChina } from '../development/development';
import { chamberLabel, percent } from './training';
import { ScrollTable } from '../layout/ScrollTable';

const COLUMNS = ['seated', 'waitlisted', 'attended', 'completed', 'hours'] as const;
const ROW_HEIGHT = 30;

/**
 * 各商会培训情况: places, attendance, completion and hours per chamber over a program (on its
 * page) or a year (on the programs list), as a table and as bars.
 */
export const ChamberStats = ({ programId, withYear = false }: { programId?: Identifier; withYear?: boolean }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'trainingPrograms', action: 'list' });
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [view, setView] = useState<'table' | 'chart'>('table');
  const { data, isPending, error } = useQuery({
    queryKey: ['trainingPrograms', 'byChamber', programId ?? null, withYear ? year : null],
    queryFn: () => dataProvider.trainingByChamber({ programId: programId ?? null, year: withYear ? year : null }),
    enabled: canAccess === true,
  });
  const rows = (data?.data ?? []).map((row) => ({ ...row, chamberName: chamberLabel(row.chamberName, translate) }));
  const longest = rows.reduce((max, row) => Math.max(max, row.chamberName.length), 4);
  const label = (key: string) => translate(`resources.trainingPrograms.stats.${key}`);
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="chamber-stats">
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Box sx={{ flex: 1, minWidth: 280 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
              {label('title')}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {label('subtitle')}
            </Typography>
          </Box>
          {withYear ? (
            <TextField select size="small" label={label('year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }}>
              {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          <Tabs value={view} onChange={(_e, next) => setView(next)} sx={{ minHeight: 36, '& .MuiTab-root': { minHeight: 36, py: 0.5 } }}>
            <Tab value="table" label={label('table')} />
            <Tab value="chart" label={label('chart')} />
          </Tabs>
        </Stack>
        {isPending ? (
          <CircularProgress size={24} sx={{ display: 'block', my: 2 }} />
        ) : error ? (
          <Typography color="error" variant="body2" sx={{ my: 2 }}>
            {(error as Error).message}
          </Typography>
        ) : rows.length === 0 ? (
          <Typography color="text.secondary" variant="body2" sx={{ my: 2 }}>
            {label('empty')}
          </Typography>
        ) : view === 'table' ? (
          <ScrollTable label="guildhall.tables.chamberStats" sx={{ '& th': { whiteSpace: 'nowrap', fontWeight: 500, color: 'text.secondary' }, '& td': { whiteSpace: 'nowrap' } }} boxSx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{label('chamberName')}</TableCell>
                {COLUMNS.map((key) => (
                  <TableCell key={key} align="right">
                    {label(key)}
                  </TableCell>
                ))}
                <TableCell align="right">{label('attendanceRate')}</TableCell>
                <TableCell align="right">{label('completionRate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.chamberId ?? row.chamberName} data-chamber={row.chamberName}>
                  <TableCell>{row.chamberName}</TableCell>
                  {COLUMNS.map((key) => (
                    <TableCell key={key} align="right">
                      {row[key]}
                    </TableCell>
                  ))}
                  <TableCell align="right">{percent(row.attendanceRate)}</TableCell>
                  <TableCell align="right">{percent(row.completionRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        ) : (
          <Box sx={{ width: '100%', height: 60 + rows.length * ROW_HEIGHT, mt: 1 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={4}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="chamberName" width={Math.min(240, 14 * longest + 12)} tick={{ fontSize: 13 }} interval={0} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText(theme)} />
                <Bar dataKey="seated" name={label('seated')} fill={theme.palette.grey[400]} isAnimationActive={false} />
                <Bar dataKey="attended" name={label('attended')} fill={theme.palette.success.light} isAnimationActive={false} />
                <Bar dataKey="completed" name={label('completed')} fill={theme.palette.primary.dark} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
