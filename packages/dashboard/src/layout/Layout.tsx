import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { ProgressNames } from './ProgressNames';

/**
 * On a wide screen the layout grows with a wide table (react-admin's `min-width: fit-content`),
 * so the app bar spans it. On a phone it keeps to the screen's width: the lists there are compact
 * lists (ResponsiveList), and a table a page still shows scrolls sideways inside its own box
 * instead of the whole page.
 */
const phoneSx = {
  minWidth: { xs: 0, sm: 'fit-content' },
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: { xs: 0 } },
  '& .RaDataTable-tableWrapper, & .RaDatagrid-tableWrapper': { overflowX: { xs: 'auto' } },
  // Any other table (a case's steps, a class's figures) is a ScrollTable: it scrolls in its own box, which a keyboard can reach.
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <ProgressNames>
    <RaLayout appBar={AppBar} menu={Menu} sx={phoneSx}>
      {children}
    </RaLayout>
  </ProgressNames>
);
