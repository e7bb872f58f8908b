import EditIcon from '@mui/icons-material/Edit';
import { Alert, Autocomplete, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCanAccess, useDataProvider, useGetList, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import { problemOf } from '../oversight/oversight';

interface JointBranch {
  id: string;
  kind: string;
  version: number;
  jointEnterprises?: { id: string; name: string }[] | null;
  ancestors?: { id: string; kind: string }[] | null;
}

type Option = { id: string; name: string };

/** Picks the member enterprises of the joint branch's chamber; the server checks the rest. */
const EditDialog = ({ record, onClose }: { record: JointBranch; onClose(): void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const chamber = record.ancestors?.find((a) => a.kind === 'CHAMBER');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Option[]>(record.jointEnterprises ?? []);
  const { data: options = [], isPending } = useGetList<Option>('organizations', {
    filter: { kind: 'ENTERPRISE', ...(chamber ? { descendantsOf: chamber.id } : {}), ...(q ? { q } : {}) },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'name', order: 'ASC' },
  });
  const save = useMutation({
    mutationFn: () => dataProvider.setJointEnterprises({ id: record.id, previousData: record, enterpriseIds: chosen.map((o) => o.id) }),
    onSuccess: () => {
      refresh();
      onClose();
    },
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('resources.organizations.jointEnterprises.edit')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('resources.organizations.jointEnterprises.help')}
        </Typography>
        <Autocomplete
          multiple
          options={options}
          loading={isPending}
          value={chosen}
          filterOptions={(x) => x}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          getOptionLabel={(o) => o.name}
          onChange={(_e, value) => setChosen(value)}
          onInputChange={(_e, value) => setQ(value)}
          noOptionsText={translate('resources.organizations.empty')}
          renderInput={(params) => <TextField {...params} size="small" label={translate('resources.organizations.jointEnterprises.title')} name="jointEnterprises" />}
          data-testid="joint-enterprises-input"
        />
        {save.error ? <Alert severity="error" sx={{ mt: 2 }}>{problemOf(save.error)}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => save.mutate()} disabled={save.isPending} data-testid="joint-enterprises-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** 联合企业: the member enterprises a joint branch takes in, and for writers a way to change them. */
export const JointEnterprises = () => {
  const record = useRecordContext<JointBranch>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'organizations', action: 'edit' });
  const [editing, setEditing] = useState(false);
  if (!record || record.kind !== 'JOINT_BRANCH') return null;
  const enterprises = record.jointEnterprises ?? [];
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="joint-enterprises">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
        <Typography variant="subtitle2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('resources.organizations.jointEnterprises.title')}（{enterprises.length}）
        </Typography>
        {canAccess ? (
          <Button size="small" startIcon={<EditIcon />} onClick={() => setEditing(true)} data-testid="joint-enterprises-edit">
            {translate('resources.organizations.jointEnterprises.edit')}
          </Button>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {enterprises.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.organizations.jointEnterprises.none')}
          </Typography>
        ) : (
          enterprises.map((e) => <Chip key={e.id} size="small" component={Link} to={`/organizations/${e.id}/show`} clickable label={e.name} />)
        )}
      </Stack>
      {editing ? <EditDialog record={record} onClose={() => setEditing(false)} /> : null}
    </Box>
  );
};
