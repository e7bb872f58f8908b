import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { SimpleList, type RaRecord } from 'react-admin';

/** A phone's screen (MUI's `sm` breakpoint, under 600 px): lists become compact lists, tables scroll in their box. */
export const useIsPhone = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));

type Text<R extends RaRecord> = ReactElement | ((record: R) => ReactNode);

export interface ResponsiveListProps<R extends RaRecord> {
  /** The table shown on wider screens (a DataTable). */
  children: ReactElement;
  /** A row on a phone: the first line, what follows it on the right, and the line below. */
  primaryText: Text<R>;
  tertiaryText?: Text<R>;
  secondaryText?: Text<R>;
  /** Where a tap on a row goes; `false` for rows that open nothing. */
  rowClick?: 'show' | 'edit' | false;
  empty?: ReactElement;
}

/**
 * A list's rows: the table on a wider screen; on a phone a compact list, one row per record
 * with its name on the first line and a few facts below (react-admin's SimpleList), so that the
 * page never scrolls sideways. Field elements given as texts read the row's record.
 */
export function ResponsiveList<R extends RaRecord>({ children, primaryText, secondaryText, tertiaryText, rowClick = 'show', empty }: ResponsiveListProps<R>) {
  const phone = useIsPhone();
  if (!phone) return children;
  return (
    <SimpleList<R>
      primaryText={primaryText as never}
      secondaryText={secondaryText as never}
      tertiaryText={tertiaryText as never}
      rowClick={rowClick}
      empty={empty}
      sx={{
        py: 0,
        '& .MuiListItemText-primary > div': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5 },
        '& .RaSimpleList-tertiary': { float: 'none', ml: 'auto' },
        '& .MuiListItemText-root': { minWidth: 0, overflowWrap: 'anywhere' },
      }}
    />
  );
}
