import { Table, TableContainer, type SxProps, type TableProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A table that scrolls sideways in its own box when the screen is narrower than its columns (a
 * table cannot shrink below them). The box is a named region a keyboard can reach (Tab, then the
 * arrow keys scroll it), so a reader who cannot drag still sees every column: WCAG 2.1.1, which
 * axe-core checks as "scrollable-region-focusable". Every table outside react-admin's lists goes
 * through here; `label` (a translation key) names the region for screen readers.
 */
export const ScrollTable = ({
  label,
  children,
  boxSx,
  ...table
}: { label: string; children: ReactNode; boxSx?: SxProps<Theme> } & Omit<TableProps, 'children'>) => {
  const translate = useTranslate();
  return (
    <TableContainer
      role="region"
      aria-label={translate(label)}
      tabIndex={0}
      sx={[{ overflowX: 'auto', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 } }, ...(Array.isArray(boxSx) ? boxSx : [boxSx])]}
    >
      <Table size="small" {...table}>
        {children}
      </Table>
    </TableContainer>
  );
};
