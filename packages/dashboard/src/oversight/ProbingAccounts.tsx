import { Alert, AlertTitle, Box, Link as MuiLink } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider } from '../dataProvider';
import { formatDateTime } from '../i18n/format';

/**
 * For administrators: accounts whose national ids or credit codes were refused over records
 * they cannot read until they reached the daily budget (docs/api.md, "Uniqueness without an
 * oracle"). Each opens the account and its entries on the audit trail.
 */
export const ProbingAccountsAlert = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const allowed = useQueryWhenAllowed('users', 'probing');
  const { data } = useQuery({ queryKey: ['users', 'probing'], queryFn: () => dataProvider.probingAccounts(), ...allowed });
  const rows = data?.data ?? [];
  if (!rows.length) return null;
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.home.probing.${key}`, options);
  return (
    <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="probing-accounts">
      <AlertTitle>{t('title')}</AlertTitle>
      {t('explain')}
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
        {rows.map((row) => (
          <li key={row.userId}>
            <MuiLink component={Link} to={`/users/${row.userId}`}>
              {row.user ? `${row.user.displayName}（${row.user.username}）` : `#${row.userId}`}
            </MuiLink>
            {row.user?.organization ? ` · ${row.user.organization.name}` : ''}
            {' · '}
            {t('row', { candidates: row.candidates, at: formatDateTime(row.lastAt) })}
            {' · '}
            <MuiLink component={Link} to={`/auditEntries?filter=${encodeURIComponent(JSON.stringify({ actorId: String(row.userId) }))}`}>
              {t('trail')}
            </MuiLink>
          </li>
        ))}
      </Box>
    </Alert>
  );
};
