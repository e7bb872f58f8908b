import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import { Alert, Chip, CircularProgress, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ApiToken, GuildhallDataProvider } from '../dataProvider';
import { Section } from './Section';
import { CreateTokenDialog } from './CreateTokenDialog';
import { TOKENS_QUERY_KEY, tokenState, type TokenState } from './tokens';
import { formatDateTime } from '../i18n/format';
import { ScrollTable } from '../layout/ScrollTable';

const StateChip = ({ state }: { state: TokenState }) => {
  const translate = useTranslate();
  const color = state === 'active' ? 'success' : 'default';
  return <Chip size="small" variant={state === 'active' ? 'outlined' : 'filled'} color={color} label={translate(`resources.account.tokenStates.${state}`)} />;
};

/** The user's personal API tokens: what exists, since when, last used; new ones and revoking. */
export const ApiTokens = () => {
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const { data, isPending, error } = useQuery({ queryKey: TOKENS_QUERY_KEY, queryFn: () => dataProvider.myApiTokens() });

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => dataProvider.revokeApiToken({ id: token.id }),
    onSuccess: () => {
      notify('resources.account.notifications.tokenRevoked', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: TOKENS_QUERY_KEY });
    },
    onError: (failure: Error) => notify(failure.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setRevoking(null),
  });

  const date = (iso: string | null, empty: string) =>
    iso ? formatDateTime(iso) : translate(empty);
  const tokens = data?.data ?? [];

  return (
    <Section
      title="guildhall.account.sections.tokens"
      action={<Button label="resources.account.actions.createToken" onClick={() => setCreating(true)} variant="contained" startIcon={<AddIcon />} sx={{ mt: 1, mr: 1 }} />}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
        {translate('resources.account.tokensIntro')}
      </Typography>
      {isPending ? <CircularProgress size={24} /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {!isPending && !error && tokens.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.account.noTokens')}
        </Typography>
      ) : null}
      {tokens.length ? (
        <ScrollTable label="guildhall.tables.apiTokens" data-testid="api-tokens" sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              {['name', 'prefix', 'createdAt', 'lastUsedAt', 'expiresAt', 'state'].map((field) => (
                <TableCell key={field}>{translate(`resources.account.fields.${field}`)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {tokens.map((token) => {
              const state = tokenState(token);
              return (
                <TableRow key={token.id} data-token={token.name}>
                  <TableCell sx={{ fontWeight: 500 }}>{token.name}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{token.prefix}…</TableCell>
                  <TableCell>{date(token.createdAt, '')}</TableCell>
                  <TableCell>{date(token.lastUsedAt, 'resources.account.never')}</TableCell>
                  <TableCell>{date(token.expiresAt, 'resources.account.noExpiry')}</TableCell>
                  <TableCell>
                    <StateChip state={state} />
                  </TableCell>
                  <TableCell align="right">
                    {state === 'active' ? (
                      <Button label="resources.account.actions.revoke" color="error" onClick={() => setRevoking(token)} startIcon={<BlockIcon />} />
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </ScrollTable>
      ) : null}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} />
      <Confirm
        isOpen={revoking !== null}
        loading={revoke.isPending}
        title="resources.account.confirm.revokeTitle"
        titleTranslateOptions={{ name: revoking?.name ?? '' }}
        content="resources.account.confirm.revokeContent"
        confirm="resources.account.actions.revoke"
        confirmColor="warning"
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Section>
  );
};
