import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { Alert, Box, Button, CircularProgress, Radio, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { DASH, DateTimeText, ExemplarStateChip } from './ExemplarFields';
import { diffValue, type Exemplar, type RevisionChange } from './exemplar';
import { ScrollTable } from '../layout/ScrollTable';

const headSx = { '& th': { whiteSpace: 'nowrap', fontWeight: 500, color: 'text.secondary' } };

/** Field by field, what changed from one revision to the other, in the user's words. */
const DiffTable = ({ id, from, to }: { id: string; from: number; to: number }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['exemplars', 'diff', id, from, to],
    queryFn: () => dataProvider.exemplarDiff({ id, from, to }),
  });
  if (isPending) return <CircularProgress size={20} />;
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  const changes: RevisionChange[] = data.data;
  return (
    <Box data-testid="revision-diff">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('resources.exemplars.diff.title', { from, to })}
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.exemplars.diff.none')}
        </Typography>
      ) : (
        <ScrollTable label="guildhall.tables.exemplarDiff" sx={{ ...headSx, tableLayout: 'fixed', minWidth: 640 }}>
          <colgroup>
            <col style={{ width: 140 }} />
            <col />
            <col />
          </colgroup>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.exemplars.diff.field')}</TableCell>
              <TableCell>{translate('resources.exemplars.diff.before', { number: from })}</TableCell>
              <TableCell>{translate('resources.exemplars.diff.after', { number: to })}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.field} data-diff-field={change.field} sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ fontWeight: 500 }}>{translate(`resources.exemplars.fields.${change.field}`, { _: change.field })}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', bgcolor: 'rgba(211, 47, 47, 0.06)', color: 'text.secondary' }} data-testid="diff-before">
                  {diffValue(change.field, change.before, translate)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', bgcolor: 'rgba(46, 125, 50, 0.08)' }} data-testid="diff-after">
                  {diffValue(change.field, change.after, translate)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Box>
  );
};

/**
 * 修订记录: every revision, newest first, with the state it reached and who wrote it; two of them
 * picked (from, to) are compared field by field.
 */
export const ExemplarRevisions = (_props: { label?: false }) => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  const revisions = record?.revisions ?? [];
  const [from, setFrom] = useState<number | null>(revisions[1]?.number ?? null);
  const [to, setTo] = useState<number | null>(revisions[0]?.number ?? null);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  if (!record) return null;
  if (revisions.length === 0) return <Typography color="text.secondary">{DASH}</Typography>;
  const canCompare = from !== null && to !== null && from !== to;
  return (
    <Box sx={{ width: '100%' }} data-testid="exemplar-revisions">
      <ScrollTable label="guildhall.tables.exemplarRevisions" sx={{ ...headSx, maxWidth: 960 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.exemplars.fields.number')}</TableCell>
            <TableCell>{translate('resources.exemplars.fields.title')}</TableCell>
            <TableCell>{translate('resources.exemplars.fields.state')}</TableCell>
            <TableCell>{translate('resources.exemplars.fields.authorName')}</TableCell>
            <TableCell>{translate('resources.exemplars.fields.updatedAt')}</TableCell>
            <TableCell align="center">{translate('resources.exemplars.diff.from')}</TableCell>
            <TableCell align="center">{translate('resources.exemplars.diff.to')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {revisions.map((revision) => (
            <TableRow key={revision.id} data-revision={revision.number}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.exemplars.revisionNumber', { number: revision.number })}</TableCell>
              <TableCell>{revision.title}</TableCell>
              <TableCell>
                <ExemplarStateChip state={revision.state} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{revision.authorName ?? DASH}</TableCell>
              <TableCell>
                <DateTimeText value={revision.updatedAt} />
              </TableCell>
              <TableCell align="center" padding="checkbox">
                <Radio
                  size="small"
                  checked={from === revision.number}
                  onChange={() => setFrom(revision.number)}
                  slotProps={{ input: { 'aria-label': translate('resources.exemplars.diff.pickFrom', { number: revision.number }) } }}
                />
              </TableCell>
              <TableCell align="center" padding="checkbox">
                <Radio
                  size="small"
                  checked={to === revision.number}
                  onChange={() => setTo(revision.number)}
                  slotProps={{ input: { 'aria-label': translate('resources.exemplars.diff.pickTo', { number: revision.number }) } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, my: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" size="small" startIcon={<CompareArrowsIcon />} disabled={!canCompare} onClick={() => setCompared({ from: from!, to: to! })} data-testid="compare-revisions">
          {translate('resources.exemplars.diff.compare')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate(revisions.length < 2 ? 'resources.exemplars.diff.onlyOne' : 'resources.exemplars.diff.help')}
        </Typography>
      </Box>
      {compared ? <DiffTable id={record.id} from={compared.from} to={compared.to} /> : null}
    </Box>
  );
};
