import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GuildhallDataProvider } from '../dataProvider';
import { legendText } from '../layout/theme';
import { OPEN_STAGES } from './development';

const ROW_HEIGHT = 34;

/**
 * 发展流程图: open cases per stage, one stacked bar per chamber (the server counts them), so a
 * coordinator sees where people wait and an administrator compares chambers.
 */
export const PipelineChart = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'developmentCases', action: 'list' });
  const { data, isPending, error } = useQuery({
    queryKey: ['developmentCases', 'pipeline'],
    queryFn: () => dataProvider.pipeline(),
    enabled: canAccess === true,
  });
  const colors: Record<string, string> = {
    APPLICANT: theme.palette.grey[400],
    ACTIVIST: theme.palette.success.light,
    DEVELOPMENT_TARGET: theme.palette.warning.main,
    PROBATIONARY: theme.palette.primary.dark,
  };
  const rows = (data?.data ?? []).map((row) => ({ ...row, label: row.organizationName }));
  const longest = rows.reduce((max, row) => Math.max(max, row.label.length), 4);
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="pipeline-chart">
      <CardContent sx={{ pb: '12px !important' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
          {translate('resources.developmentCases.pipeline.title')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.developmentCases.pipeline.subtitle')}
        </Typography>
        {isPending ? (
          <CircularProgress size={24} sx={{ display: 'block', my: 2 }} />
        ) : error ? (
          <Typography color="error" variant="body2" sx={{ my: 2 }}>
            {(error as Error).message}
          </Typography>
        ) : rows.length === 0 ? (
          <Typography color="text.secondary" variant="body2" sx={{ my: 2 }}>
            {translate('resources.developmentCases.pipeline.empty')}
          </Typography>
        ) : (
          <Box sx={{ width: '100%', height: 60 + rows.length * ROW_HEIGHT, mt: 1 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={6}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="label" width={Math.min(240, 14 * longest + 12)} tick={{ fontSize: 13 }} interval={0} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText(theme)} />
                {OPEN_STAGES.map((stage) => (
                  <Bar key={stage} dataKey={stage} stackId="open" name={translate(`guildhall.caseStages.${stage}`)} fill={colors[stage]} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
