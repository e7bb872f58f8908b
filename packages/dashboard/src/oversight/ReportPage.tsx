import { Box, Card, CardContent, Chip, CircularProgress, MenuItem, Stack, TableCell, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useYearParam } from './useYearParam';

/** A card around a table: on a narrow screen the table scrolls inside it (a card clips what overflows). */
export const tableCardSx = { overflowX: 'auto' } as const;

export const tableSx = { '& th': { whiteSpace: 'nowrap', fontWeight: 600 }, '& td, & th': { px: 1.5 } };

/** A report page: its title, the year where it has one, actions, and its content. */
export const ReportPage = ({ title, subtitle, withYear = true, actions, children, testId }: { title: string; subtitle?: string; withYear?: boolean; actions?: ReactNode; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  const { year, thisYear, setYear } = useYearParam();
  return (
    <Box data-testid={testId} sx={{ pb: 3 }}>
      <Title title={title} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 2, mb: 1.5 }} useFlexGap>
        <Box sx={{ flex: 1, minWidth: 260 }}>
          <Typography variant="h6" component="h1">
            {translate(title)}
          </Typography>
          {subtitle ? (
            <Typography variant="caption" color="text.secondary">
              {translate(subtitle)}
            </Typography>
          ) : null}
        </Box>
        {actions}
        {withYear ? (
          <TextField select size="small" label={translate('guildhall.oversight.home.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }}>
            {[thisYear - 3, thisYear - 2, thisYear - 1, thisYear].map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Stack>
      {children}
    </Box>
  );
};

export const Pending = ({ error }: { error: unknown }) =>
  error ? (
    <Typography color="error" sx={{ my: 2 }}>
      {(error as Error).message}
    </Typography>
  ) : (
    <CircularProgress size={24} sx={{ m: 2 }} />
  );

const ROWS_PER_PAGE = [50, 100, 200];

/** A page of a long report list, with the pager under the table; back to the first page when the rows change. */
export function usePage<T>(rows: T[]) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(ROWS_PER_PAGE[0]);
  const last = Math.max(0, Math.ceil(rows.length / perPage) - 1);
  const current = Math.min(page, last);
  return {
    rows: rows.slice(current * perPage, (current + 1) * perPage),
    pager:
      rows.length > ROWS_PER_PAGE[0] ? (
        <Pager
          count={rows.length}
          page={current}
          perPage={perPage}
          onPage={setPage}
          onPerPage={(n) => {
            setPerPage(n);
            setPage(0);
          }}
        />
      ) : null,
  };
}

const Pager = ({ count, page, perPage, onPage, onPerPage }: { count: number; page: number; perPage: number; onPage: (page: number) => void; onPerPage: (perPage: number) => void }) => {
  const translate = useTranslate();
  return (
    <TablePagination
      component="div"
      data-testid="report-pager"
      count={count}
      page={page}
      rowsPerPage={perPage}
      rowsPerPageOptions={ROWS_PER_PAGE}
      onPageChange={(_e, next) => onPage(next)}
      onRowsPerPageChange={(e) => onPerPage(Number(e.target.value))}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count: total }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total })}
      getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
    />
  );
};

export const EmptyRow = ({ colSpan, text }: { colSpan: number; text: string }) => (
  <TableRow>
    <TableCell colSpan={colSpan} sx={{ color: 'text.secondary', py: 3 }}>
      {text}
    </TableCell>
  </TableRow>
);

/** The chambers still without a letter or an assessment, as chips. */
export const MissingChambers = ({ title, chambers, testId }: { title: string; chambers: { id: string; name: string }[]; testId: string }) => (
  <Card variant="outlined" sx={{ mb: 1.5 }} data-testid={testId}>
    <CardContent sx={{ pb: '12px !important' }}>
      <Typography variant="subtitle2" component="h2" gutterBottom>
        {title}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {chambers.map((c) => (
          <Chip key={c.id} size="small" variant="outlined" color="warning" label={c.name} />
        ))}
      </Stack>
    </CardContent>
  </Card>
);

/** After a write: the report read again, and the home page's figures with it. */
export function useRefresh(key: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['oversight', key] }), queryClient.invalidateQueries({ queryKey: ['oversight', 'home'] })]);
}
