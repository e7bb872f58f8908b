import { Button, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A download of the server's (a sheet, a roster): with nothing to export it is disabled and says so
 * on hover or touch ("没有可导出的记录"), instead of downloading a file with a header and no rows.
 */
export const ExportButton = ({ href, empty, icon, testId, children }: { href: string; empty: boolean; icon: ReactNode; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  if (!empty) {
    return (
      <Button size="small" href={href} download startIcon={icon} data-testid={testId}>
        {children}
      </Button>
    );
  }
  const reason = translate('guildhall.exports.empty');
  return (
    <Tooltip title={reason} enterTouchDelay={0}>
      {/* A disabled button gets no pointer events: the tooltip listens on its wrapper. */}
      <span data-testid={`${testId}-empty`} aria-label={reason} style={{ display: 'inline-flex' }}>
        <Button size="small" disabled startIcon={icon} data-testid={testId} aria-disabled="true">
          {children}
        </Button>
      </span>
    </Tooltip>
  );
};
