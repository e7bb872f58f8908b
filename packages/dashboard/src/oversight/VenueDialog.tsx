import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CloseIcon from '@mui/icons-material/Close';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { GuildhallDataProvider, VenueComplianceRow, VenuesOfUnit } from '../dataProvider';
import { todayInChina } from '../development/development';
import { VENUE_STANDARDS, problemOf } from './oversight';
import { DateTextField } from '../dates/DateInput';

type Venue = VenuesOfUnit['items'][number];
type Checklists = Pick<VenuesOfUnit, 'fourHaves' | 'full' | 'massRoom'>;

const checklistOf = (lists: Checklists, standard: string) => (standard === 'FULL' ? lists.full : standard === 'MASS_ROOM' ? lists.massRoom : lists.fourHaves);

/** One venue: its last inspection item by item, its photos, and for those who record venues an inspection and uploads. */
const VenueCard = ({ venue, lists, canRecord, refresh }: { venue: Venue; lists: Checklists; canRecord: boolean; refresh(): Promise<unknown> }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const t = (key: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.venues.${key}`, options);
  const items = checklistOf(lists, venue.standard);
  const [inspecting, setInspecting] = useState(false);
  const [checkedOn, setCheckedOn] = useState(todayInChina());
  const [met, setMet] = useState<Record<string, boolean>>(() => Object.fromEntries(items.map((i) => [i.code, venue.checks.find((c) => c.code === i.code)?.ok ?? false])));
  const inspect = useMutation({
    mutationFn: () => dataProvider.inspectVenue({ id: venue.id, version: venue.version, checkedOn, checks: items.map((i) => ({ code: i.code, ok: met[i.code] ?? false })) }),
    onSuccess: async () => {
      setInspecting(false);
      await refresh();
    },
  });
  const upload = useMutation({ mutationFn: (file: File) => dataProvider.uploadVenuePhoto({ id: venue.id, file }), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: string) => dataProvider.removeVenuePhoto({ id }), onSuccess: refresh });
  return (
    <Card variant="outlined" data-testid={`venue-${venue.id}`}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
            {venue.name}
          </Typography>
          <Chip size="small" label={translate(`guildhall.oversight.venueStandards.${venue.standard}`)} />
          <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }}>
            {venue.checkedOn ? t('checkedOn', { date: venue.checkedOn }) : t('notInspected')}
          </Typography>
          {canRecord ? (
            <Button size="small" onClick={() => setInspecting(!inspecting)} data-testid="venue-inspect">
              {t('inspect')}
            </Button>
          ) : null}
        </Stack>
        {inspecting ? (
          <Box sx={{ my: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}>
            <DateTextField size="small" label={t('inspectedOn')} value={checkedOn} onChange={setCheckedOn} sx={{ mb: 1 }} />
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
              {items.map((i) => (
                <FormControlLabel key={i.code} control={<Checkbox size="small" checked={met[i.code] ?? false} onChange={(e) => setMet({ ...met, [i.code]: e.target.checked })} name={`check-${i.code}`} />} label={i.label} />
              ))}
            </Box>
            {inspect.error ? <Alert severity="error">{problemOf(inspect.error)}</Alert> : null}
            <Button variant="contained" size="small" onClick={() => inspect.mutate()} disabled={inspect.isPending} data-testid="venue-inspect-save">
              {translate('ra.action.save')}
            </Button>
          </Box>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
            {items.map((i) => {
              const ok = venue.checks.find((c) => c.code === i.code)?.ok ?? false;
              return (
                <Chip key={i.code} size="small" variant="outlined" color={ok ? 'success' : 'error'} icon={ok ? <CheckCircleIcon /> : <HighlightOffIcon />} label={i.label} />
              );
            })}
          </Stack>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="venue-photos">
          {venue.photos.map((p) => (
            <Box key={p.id} sx={{ position: 'relative' }}>
              <a href={p.url} target="_blank" rel="noreferrer">
                <Box component="img" src={p.thumbnailUrl} alt={t('photo')} sx={{ width: 120, height: 90, objectFit: 'cover', borderRadius: 1, display: 'block' }} />
              </a>
              {canRecord ? (
                <IconButton size="small" aria-label={t('removePhoto')} onClick={() => remove.mutate(p.id)} sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'rgba(255,255,255,.85)', p: 0.25 }}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              ) : null}
            </Box>
          ))}
          {venue.photos.length === 0 ? (
            <Typography variant="caption" color="text.secondary">
              {t('noPhotos')}
            </Typography>
          ) : null}
          {canRecord ? (
            <Button component="label" size="small" startIcon={upload.isPending ? <CircularProgress size={14} /> : <AddPhotoAlternateIcon />} disabled={upload.isPending}>
              {t('addPhoto')}
              <input
                hidden
                type="file"
                accept="image/jpeg,image/png,image/webp"
                data-testid="venue-photo-file"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) upload.mutate(file);
                }}
              />
            </Button>
          ) : null}
        </Stack>
        {upload.error || remove.error ? <Alert severity="error" sx={{ mt: 1 }}>{problemOf(upload.error ?? remove.error)}</Alert> : null}
      </CardContent>
    </Card>
  );
};

/** 场所详情: a unit's venues with their inspections and evidence photos; registering a venue for those who record them. */
export const VenueDialog = ({ unit, onClose }: { unit: VenueComplianceRow; onClose(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess: canRecord } = useCanAccess({ resource: 'meetings', action: 'record' });
  const key = ['oversight', 'venuesOf', unit.organizationId];
  const { data, isPending, error } = useQuery({ queryKey: key, queryFn: () => dataProvider.venuesOf({ organizationId: unit.organizationId }) });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: ['oversight', 'venues'] }), queryClient.invalidateQueries({ queryKey: ['oversight', 'home'] })]);
  const [name, setName] = useState('');
  const [standard, setStandard] = useState<string>(unit.requiredStandard);
  const create = useMutation({
    mutationFn: () => dataProvider.createVenue({ organizationId: unit.organizationId, standard: standard as never, name: name.trim() }),
    onSuccess: async () => {
      setName('');
      await refresh();
    },
  });
  const t = (k: string, options?: Record<string, unknown>) => translate(`guildhall.oversight.venues.${k}`, options);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="venue-dialog">
      <DialogTitle>
        {unit.organizationName}
        <Typography variant="body2" color="text.secondary">
          {t('needs', { standard: translate(`guildhall.oversight.venueStandards.${unit.requiredStandard}`) })}
        </Typography>
      </DialogTitle>
      <DialogContent dividers>
        {isPending || !data ? (
          error ? <Alert severity="error">{problemOf(error)}</Alert> : <CircularProgress size={24} />
        ) : (
          <Stack spacing={1.5}>
            {data.data.items.length === 0 ? <Typography color="text.secondary">{t('noVenue')}</Typography> : null}
            {data.data.items.map((v) => (
              <VenueCard key={`${v.id}-${v.version}-${v.photos.length}`} venue={v} lists={data.data} canRecord={canRecord === true} refresh={refresh} />
            ))}
            {canRecord ? (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', pt: 1 }}>
                <TextField size="small" label={t('venueName')} value={name} onChange={(e) => setName(e.target.value)} name="venueName" sx={{ flex: 1 }} />
                <TextField select size="small" label={t('standard')} value={standard} onChange={(e) => setStandard(e.target.value)} sx={{ width: 200 }}>
                  {VENUE_STANDARDS.map((s) => (
                    <MenuItem key={s} value={s}>
                      {translate(`guildhall.oversight.venueStandards.${s}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <Button variant="outlined" onClick={() => create.mutate()} disabled={!name.trim() || create.isPending} data-testid="venue-create">
                  {t('register')}
                </Button>
              </Stack>
            ) : null}
            {create.error ? <Alert severity="error">{problemOf(create.error)}</Alert> : null}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
