import { Box, Card, CardContent, Chip, CircularProgress, MenuItem, Stack, TableCell, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useYearParam } from './useYearParam';

/** A card around a table: on a narrow screen the table scrolls inside it (a card clips what overflows). */
export const tableCardSx = { overflowX: 'auto' } as const;

/** Report tables: on a phone the first column (the unit's name) keeps a readable width, the second (a kind, a day, a chamber) stays on one line, and the table scrolls sideways. */
export const tableSx = { '& th': { whiteSpace: 'nowrap', fontWeight: 600 }, '& td, & th': { px: 1.5 }, '& td:first-of-type': { minWidth: { xs: '10em', md: 'auto' } }, '& td:nth-of-type(2)': { whiteSpace: 'nowrap' } };

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

/** Page sizes a report offers; the server answers at most 100 rows a page. */
const ROWS_PER_PAGE = [25, 50, 100];

/** A page of a long report list, with the pager under the table; back to the first page when the rows change. */
export function usePage<T>(rows: T[]) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(ROWS_PER_PAGE[0]);
  const last = Math.max(0, Math.ceil(rows.length / perPage) - 1);
  const current = Math.min(page, last);
  return {
    rows: rows.slice(current * perPage, (current + 1) * perPage),
    pager: pagerOf(rows.length, current, perPage, setPage, setPerPage),
  };
}

/** The pager under a list longer than one page of the smallest size; a new page size starts over at the first page. */
function pagerOf(count: number, page: number, perPage: number, setPage: (page: number) => void, setPerPage: (perPage: number) => void): ReactNode {
  if (count <= ROWS_PER_PAGE[0]) return null;
  return (
    <Pager
      count={count}
      page={page}
      perPage={perPage}
      onPage={setPage}
      onPerPage={(n) => {
        setPerPage(n);
        setPage(0);
      }}
    />
  );
}

/** One page of a report the server pages: its rows and how many there are in all. */
export interface ReportRows<T> {
  data: T[];
  total: number;
}

/**
 * A report list the server orders and pages (docs/api.md, "Report lists"): the page asked for,
 * the pager under the table, and back to the first page when the list asked for (`queryKey`)
 * changes. The page on screen stays while the next one loads.
 */
export function useServerPage<R extends ReportRows<unknown>>(queryKey: readonly unknown[], read: (page: { page: number; perPage: number }) => Promise<R>, options: { enabled?: boolean } = {}) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(ROWS_PER_PAGE[0]);
  const listKey = JSON.stringify(queryKey);
  const [shownKey, setShownKey] = useState(listKey);
  if (shownKey !== listKey) {
    setShownKey(listKey);
    setPage(0);
  }
  const current = shownKey === listKey ? page : 0;
  const query = useQuery({ queryKey: [...queryKey, current, perPage], queryFn: () => read({ page: current, perPage }), placeholderData: keepPreviousData, ...options });
  const total = query.data?.total ?? 0;
  return {
    rows: (query.data?.data ?? []) as R['data'],
    total,
    /** The whole answer of the page shown, with what comes beside the rows. */
    result: query.data,
    /** Rows before the page shown. */
    offset: current * perPage,
    isPending: query.isPending,
    error: query.error,
    pager: pagerOf(total, current, perPage, setPage, setPerPage),
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

/** A page of the chambers still without a letter or an assessment, as chips; with `onPick`, a chip starts the record for its chamber. */
export const MissingChambers = ({ title, chambers, pager, onPick, testId }: { title: string; chambers: { id: string; name: string }[]; pager: ReactNode; onPick?: (id: string) => void; testId: string }) => (
  <Card variant="outlined" sx={{ mb: 1.5 }} data-testid={testId}>
    <CardContent sx={{ pb: pager ? 0 : '12px !important' }}>
      <Typography variant="subtitle2" component="h2" gutterBottom>
        {title}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {chambers.map((c) => (
          <Chip key={c.id} size="small" variant="outlined" color="warning" label={c.name} onClick={onPick ? () => onPick(c.id) : undefined} />
        ))}
      </Stack>
    </CardContent>
    {pager}
  </Card>
);

/** After a write: the report read again, and the home page's figures with it. */
export function useRefresh(key: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['oversight', key] }), queryClient.invalidateQueries({ queryKey: ['oversight', 'home'] })]);
}
