import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, MenuItem, Stack, Switch, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { DossierStep, MaterialFileType, MaterialKindItemFragment, UserRole } from '@guildhall/client';
import { useQueryWhenAllowed } from '../access';
import type { GuildhallDataProvider } from '../dataProvider';
import { ScrollTable } from '../layout/ScrollTable';
import { problemOf } from '../oversight/oversight';
import { todayInChina } from './development';

const FILE_TYPES: MaterialFileType[] = ['PDF', 'JPEG', 'PNG'];
const UPLOADERS: UserRole[] = ['ADMIN', 'COORDINATOR', 'STAFF'];
const STEPS: DossierStep[] = ['APPLICATION', 'TALK', 'ACTIVIST', 'ASSESSMENT', 'DEVELOPMENT_TARGET', 'POLITICAL_REVIEW', 'TRAINING', 'ADMISSION', 'APPROVAL', 'CONVERSION'];
const KEY = ['development', 'materialKinds'];

const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));

/** Checkboxes for some of a few values, wrapping on a narrow screen. */
const Choices = <T extends string>({ values, chosen, label, onChange, wrapAt }: { values: T[]; chosen: T[]; label: (value: T) => string; onChange: (next: T[]) => void; wrapAt?: number }) => (
  <FormGroup row sx={{ columnGap: 0.5, maxWidth: wrapAt, flexWrap: wrapAt ? 'wrap' : 'nowrap' }}>
    {values.map((value) => (
      <FormControlLabel key={value} control={<Checkbox size="small" checked={chosen.includes(value)} onChange={(e) => onChange(toggle(chosen, value, e.target.checked))} />} label={label(value)} sx={{ whiteSpace: 'nowrap' }} />
    ))}
  </FormGroup>
);

/** One kind: required or not, its file types and who adds it, saved on its own. */
const KindRow = ({ kind }: { kind: MaterialKindItemFragment }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [required, setRequired] = useState(kind.required);
  const [requiredFrom, setRequiredFrom] = useState(kind.requiredFrom ?? '');
  const [fileTypes, setFileTypes] = useState<MaterialFileType[]>(kind.fileTypes);
  const [uploadRoles, setUploadRoles] = useState<UserRole[]>(kind.uploadRoles);
  const save = useMutation({
    mutationFn: () => dataProvider.updateMaterialKind({ id: kind.id, version: kind.version, required, requiredFrom: requiredFrom || null, fileTypes, uploadRoles }),
    onSuccess: async () => {
      notify('guildhall.oversight.settings.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <TableRow data-testid={`material-kind-${kind.code}`}>
      <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{translate(`guildhall.dossierSteps.${kind.step}`)}</TableCell>
      <TableCell sx={{ minWidth: 180 }}>{kind.name}</TableCell>
      <TableCell>
        <Switch
          checked={required}
          onChange={(e) => {
            setRequired(e.target.checked);
            // Switched on without a day: required of the cases applied for from today, so those under way are not held back (the day can be cleared).
            if (e.target.checked && !requiredFrom) setRequiredFrom(todayInChina());
          }}
          slotProps={{ input: { 'aria-label': translate('resources.developmentCases.dossier.required') } }}
          name="required"
        />
      </TableCell>
      <TableCell>
        <TextField
          type="date"
          size="small"
          value={requiredFrom}
          disabled={!required}
          onChange={(e) => setRequiredFrom(e.target.value)}
          name="requiredFrom"
          hiddenLabel
          title={translate('resources.developmentCases.kinds.requiredFromHelp')}
          slotProps={{ htmlInput: { 'aria-label': translate('resources.developmentCases.kinds.requiredFrom') } }}
          sx={{ width: 150 }}
        />
      </TableCell>
      <TableCell>
        <Choices values={FILE_TYPES} chosen={fileTypes} label={(v) => v} onChange={setFileTypes} />
      </TableCell>
      <TableCell sx={{ minWidth: 270 }}>
        <Choices values={UPLOADERS} chosen={uploadRoles} label={(v) => translate(`guildhall.roles.${v}`)} onChange={setUploadRoles} wrapAt={320} />
      </TableCell>
      <TableCell>
        <Button size="small" variant="contained" disabled={!fileTypes.length || !uploadRoles.length || save.isPending} onClick={() => save.mutate()} data-testid="material-kind-save">
          {translate('ra.action.save')}
        </Button>
        {save.error ? (
          <Typography color="error" variant="caption" component="div">
            {problemOf(save.error)}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
};

/** 添加材料种类: a kind of the department's own, in a step of the dossier. */
const AddKind = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [step, setStep] = useState<DossierStep>('APPLICATION');
  const [required, setRequired] = useState(false);
  // A kind added today is required of the cases applied for from today, unless cleared: those under way are not held back.
  const [requiredFrom, setRequiredFrom] = useState(todayInChina());
  const t = (key: string) => translate(`resources.developmentCases.kinds.${key}`);
  const add = useMutation({
    mutationFn: () => dataProvider.createMaterialKind({ code: code.trim(), name: name.trim(), step, required, requiredFrom: required ? requiredFrom || null : null, fileTypes: FILE_TYPES, uploadRoles: UPLOADERS }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      onClose();
    },
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" data-testid="material-kind-dialog">
      <DialogTitle>{t('add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField size="small" label={t('name')} value={name} onChange={(e) => setName(e.target.value)} name="name" slotProps={{ htmlInput: { maxLength: 60 } }} />
          <TextField size="small" label={t('code')} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} name="code" helperText={t('codeHelp')} slotProps={{ htmlInput: { maxLength: 40 } }} />
          <TextField select size="small" label={t('step')} value={step} onChange={(e) => setStep(e.target.value as DossierStep)} name="step">
            {STEPS.map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`guildhall.dossierSteps.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel control={<Switch checked={required} onChange={(e) => setRequired(e.target.checked)} />} label={translate('resources.developmentCases.dossier.required')} />
          {required ? (
            <TextField
              type="date"
              size="small"
              label={t('requiredFrom')}
              value={requiredFrom}
              onChange={(e) => setRequiredFrom(e.target.value)}
              name="requiredFrom"
              helperText={t('requiredFromHelp')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ) : null}
          {add.error ? <Typography color="error">{problemOf(add.error)}</Typography> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!code.trim() || !name.trim() || add.isPending} onClick={() => add.mutate()} data-testid="material-kind-add-submit">
          {translate('ra.action.add')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * 入党材料种类 (administrators): the kinds of material each step needs, the national rules' built in;
 * which are required, which files each takes, who adds it; and kinds of the department's own.
 */
export const MaterialKinds = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [adding, setAdding] = useState(false);
  const { data, error } = useQuery({ queryKey: KEY, queryFn: () => dataProvider.materialKinds(), ...useQueryWhenAllowed('oversight', 'settings') });
  const t = (key: string) => translate(`resources.developmentCases.kinds.${key}`);
  if (error) return <Typography color="error">{problemOf(error)}</Typography>;
  if (!data) return null;
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setAdding(true)} sx={{ mb: 1 }} data-testid="material-kind-add">
        {t('add')}
      </Button>
      <ScrollTable label="resources.developmentCases.kinds.title" sx={{ '& th': { fontWeight: 600, whiteSpace: 'nowrap' }, '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('step')}</TableCell>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{translate('resources.developmentCases.dossier.required')}</TableCell>
            <TableCell title={t('requiredFromHelp')}>{t('requiredFrom')}</TableCell>
            <TableCell>{t('fileTypes')}</TableCell>
            <TableCell>{t('uploadRoles')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data.data.map((kind) => (
            <KindRow key={`${kind.id}-${kind.version}`} kind={kind} />
          ))}
        </TableBody>
      </ScrollTable>
      {adding ? <AddKind onClose={() => setAdding(false)} /> : null}
    </>
  );
};
