import CameraAltIcon from '@mui/icons-material/CameraAlt';
import PrintIcon from '@mui/icons-material/Print';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type DragEvent } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { UPLOAD_LIMITS, type DossierState } from '@guildhall/client';
import type { GuildhallDataProvider } from '../dataProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { useIsPhone } from '../layout/ResponsiveList';
import { ScrollTable } from '../layout/ScrollTable';
import { problemOf } from '../oversight/oversight';
import { todayInChina, type DevelopmentCase } from './development';

type Entry = NonNullable<DevelopmentCase['dossier']>[number];

const STATE_COLORS: Record<DossierState, 'success' | 'error' | 'warning' | 'default'> = { PRESENT: 'success', MISSING: 'error', LATE: 'warning', OPTIONAL: 'default', AHEAD: 'default' };
const ACCEPT: Record<string, string> = { PDF: 'application/pdf', JPEG: 'image/jpeg', PNG: 'image/png' };

/** The chosen image itself, to check the photographed page is whole and legible before it is sent. */
const ImagePreview = ({ file, alt }: { file: File; alt: string }) => {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  if (!url) return null;
  return <Box component="img" src={url} alt={alt} data-testid="material-preview" sx={{ display: 'block', mx: 'auto', my: 1, maxWidth: '100%', maxHeight: 260, objectFit: 'contain', border: 1, borderColor: 'divider' }} />;
};

/**
 * 上传材料: a file chosen, dropped, or photographed with a phone's camera, the day the document
 * was made, and — replacing the version in the dossier — why.
 */
const UploadDialog = ({ record, entry, onClose }: { record: DevelopmentCase; entry: Entry; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [file, setFile] = useState<File | null>(null);
  const [formedOn, setFormedOn] = useState(todayInChina());
  const [reason, setReason] = useState('');
  const [dragging, setDragging] = useState(false);
  const replacing = entry.material;
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.developmentCases.dossier.${key}`, options);
  const accept = entry.kind.fileTypes.map((type) => ACCEPT[type]).join(',');
  const upload = useMutation({
    mutationFn: () => dataProvider.uploadMaterial({ caseId: record.id, kind: entry.kind.code, formedOn, file: file!, replaces: replacing?.id ?? null, reason: replacing ? reason.trim() : null }),
    onSuccess: () => {
      notify(t(replacing ? 'replaced' : 'uploaded', { name: entry.kind.name }), { type: 'success' });
      refresh();
      onClose();
    },
  });
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files?.[0];
    if (dropped) setFile(dropped);
  };
  const ready = file !== null && /^\d{4}-\d{2}-\d{2}$/.test(formedOn) && (!replacing || reason.trim() !== '');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="material-dialog">
      <DialogTitle>{t(replacing ? 'replaceTitle' : 'uploadTitle', { name: entry.kind.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Box
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
            data-testid="material-drop"
            sx={{ border: 2, borderStyle: 'dashed', borderColor: dragging ? 'primary.main' : 'divider', borderRadius: 1, p: 2, textAlign: 'center', bgcolor: dragging ? 'action.hover' : 'transparent' }}
          >
            <Typography variant="body2" sx={{ mb: 1 }}>
              {file ? t('chosen', { name: file.name, size: file.size < 1024 * 1024 ? `${Math.ceil(file.size / 1024)} KB` : `${(file.size / 1024 / 1024).toFixed(1)} MB` }) : t('dropHere')}
            </Typography>
            {file && /^image\/(jpeg|png)$/.test(file.type) ? <ImagePreview file={file} alt={t('previewAlt', { name: file.name })} /> : null}
            <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: 'center', flexWrap: 'wrap' }}>
              <Button component="label" variant="outlined" size="small" startIcon={<UploadFileIcon />}>
                {t('choose')}
                <input hidden type="file" accept={accept} name="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="material-file" />
              </Button>
              {entry.kind.fileTypes.some((type) => type !== 'PDF') ? (
                <Button component="label" variant="outlined" size="small" startIcon={<CameraAltIcon />}>
                  {t('camera')}
                  <input hidden type="file" accept="image/jpeg,image/png" capture="environment" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
                </Button>
              ) : null}
            </Stack>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
              {t('limits', { types: entry.kind.fileTypes.join(' / '), mb: UPLOAD_LIMITS.materialBytes / 1024 / 1024, pages: UPLOAD_LIMITS.materialPages })}
            </Typography>
          </Box>
          <TextField type="date" label={t('formedOn')} value={formedOn} onChange={(e) => setFormedOn(e.target.value)} name="formedOn" slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: todayInChina() } }} />
          {replacing ? <TextField label={t('reason')} value={reason} onChange={(e) => setReason(e.target.value)} name="reason" required helperText={t('reasonHelp', { revision: replacing.revision })} slotProps={{ htmlInput: { maxLength: 200 } }} /> : null}
          {upload.error ? (
            <Alert severity="error" data-testid="material-error">
              {problemOf(upload.error)}
            </Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!ready || upload.isPending} onClick={() => upload.mutate()} data-testid="material-submit">
          {t(replacing ? 'replace' : 'upload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** A material's name, starred when it is required of this case. */
const MaterialName = ({ entry }: { entry: Entry }) => {
  const translate = useTranslate();
  return (
    <>
      {entry.kind.name}
      {entry.required ? (
        <>
          <Typography component="span" color="error.main" aria-hidden>
            {' *'}
          </Typography>
          {/* Read aloud instead of the star (a label on a span is not). */}
          <Box component="span" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }}>
            {`（${translate('resources.developmentCases.dossier.required')}）`}
          </Box>
        </>
      ) : null}
    </>
  );
};

/** Where a material stands, as a chip in the state's colour: the case's dossier and the worklist alike. */
export const StateChip = ({ state }: { state: DossierState }) => {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={STATE_COLORS[state]} label={translate(`guildhall.dossierStates.${state}`)} />;
};

/** The file in the dossier: its name (opened by those who may read national ids) and its facts. */
const MaterialFile = ({ material: m, canOpen }: { material: NonNullable<Entry['material']>; canOpen: boolean | undefined }) => {
  const translate = useTranslate();
  return (
    <>
      {canOpen ? (
        <a href={`${m.url}?inline=1`} target="_blank" rel="noopener" data-testid="material-open">
          {m.fileName}
        </a>
      ) : (
        m.fileName
      )}
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('resources.developmentCases.dossier.fileFacts', { formedOn: formatDate(m.formedOn), pages: m.pageCount, revision: m.revision, by: m.uploadedByName, at: formatDateTime(m.uploadedAt) })}
      </Typography>
    </>
  );
};

const UploadButton = ({ entry, onClick }: { entry: Entry; onClick: () => void }) => {
  const translate = useTranslate();
  return (
    <Button size="small" onClick={onClick} data-testid="material-upload" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`resources.developmentCases.dossier.${entry.material ? 'replace' : 'upload'}`)}
    </Button>
  );
};

/**
 * 入党材料: the case's dossier, kind by kind in the dossier's order, with where each stands
 * (filed, waited for by its step, to be filed late, optional), the file in the dossier (opened
 * by those who may read national ids), upload and replacement, and 打印材料目录.
 */
export const CaseDossier = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  const { canAccess: canUpload } = useCanAccess({ resource: 'developmentCases', action: 'upload' });
  const { canAccess: canOpen } = useCanAccess({ resource: 'developmentCases', action: 'openMaterial' });
  const [uploading, setUploading] = useState<Entry | null>(null);
  const phone = useIsPhone();
  if (!record?.dossier) return null;
  const dossier = record.dossier;
  const firstOfStep = (i: number) => i === 0 || dossier[i - 1].kind.step !== dossier[i].kind.step;
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.developmentCases.dossier.${key}`, options);
  const filed = record.dossier.filter((e) => e.material).length;
  const waiting = record.dossier.filter((e) => e.state === 'MISSING' || e.state === 'LATE').length;
  return (
    <Box data-testid="case-dossier">
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 200 }}>
          {t('summary', { filed, waiting })}
        </Typography>
        {canOpen ? (
          <Button size="small" variant="outlined" startIcon={<PrintIcon />} href={`/cases/${record.id}/dossier.pdf`} download data-testid="dossier-print">
            {t('print')}
          </Button>
        ) : null}
      </Stack>
      {phone ? (
        // On a phone each material is a block of its own, under its step: nothing to scroll sideways.
        <Box component="ul" aria-label={t('table')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {record.dossier.map((entry, i) => (
            <Box component="li" key={entry.kind.id} data-testid={`dossier-${entry.kind.code}`} data-state={entry.state} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
              {firstOfStep(i) ? (
                <Typography variant="caption" color="text.secondary" component="div">
                  {translate(`guildhall.dossierSteps.${entry.kind.step}`)}
                </Typography>
              ) : null}
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <MaterialName entry={entry} />
                  <Box sx={{ mt: 0.5 }}>
                    <StateChip state={entry.state} />
                  </Box>
                  {entry.material ? <MaterialFile material={entry.material} canOpen={canOpen} /> : null}
                </Box>
                {canUpload ? <UploadButton entry={entry} onClick={() => setUploading(entry)} /> : null}
              </Stack>
            </Box>
          ))}
        </Box>
      ) : (
        <ScrollTable label="resources.developmentCases.dossier.table" sx={{ '& th': { whiteSpace: 'nowrap', color: 'text.secondary', fontWeight: 500 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('step')}</TableCell>
              <TableCell>{t('material')}</TableCell>
              <TableCell>{t('state')}</TableCell>
              <TableCell>{t('file')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {record.dossier.map((entry, i) => (
              <TableRow key={entry.kind.id} data-testid={`dossier-${entry.kind.code}`} data-state={entry.state}>
                <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary', verticalAlign: 'top' }}>{firstOfStep(i) ? translate(`guildhall.dossierSteps.${entry.kind.step}`) : ''}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <MaterialName entry={entry} />
                </TableCell>
                <TableCell>
                  <StateChip state={entry.state} />
                </TableCell>
                <TableCell sx={{ minWidth: 180 }}>{entry.material ? <MaterialFile material={entry.material} canOpen={canOpen} /> : '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{canUpload ? <UploadButton entry={entry} onClick={() => setUploading(entry)} /> : null}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {uploading ? <UploadDialog record={record} entry={uploading} onClose={() => setUploading(null)} /> : null}
    </Box>
  );
};
