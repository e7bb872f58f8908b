import DownloadIcon from '@mui/icons-material/Download';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import {
  alpha,
  Alert,
  Box,
  Button as MuiButton,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Button, useCanAccess, useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { translateProblem } from '../apiErrors';
import { ExportButton } from '../layout/ExportButton';
import type { GuildhallDataProvider, ImportOutcome } from '../dataProvider';
import { PERSON_MAX_LENGTHS, PEOPLE_TEMPLATE_URL, peopleExportUrl, toBase64 } from './person';
import { ScrollTable } from '../layout/ScrollTable';

/** 导出 Excel: the server's download of the list with its current filter and sort (session cookie). */
export const ExportPeopleButton = () => {
  const { filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'people', action: 'export' });
  if (!canAccess) return null;
  // A list with nothing in it says so instead of downloading a sheet with the header only.
  return (
    <ExportButton href={peopleExportUrl(filterValues ?? {}, sort)} empty={total === 0} icon={<FileDownloadIcon />} testId="people-export">
      {translate('resources.people.sheet.export')}
    </ExportButton>
  );
};

/** 下载模板: the empty sheet with the columns an import reads. */
export const TemplateButton = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'people', action: 'import' });
  if (!canAccess) return null;
  return (
    <MuiButton size="small" href={PEOPLE_TEMPLATE_URL} download startIcon={<DownloadIcon />}>
      {translate('resources.people.sheet.template')}
    </MuiButton>
  );
};

interface Chosen {
  name: string;
  contentBase64: string;
}

type Problem = ImportOutcome['problems'][number];
type PreviewRow = ImportOutcome['preview'][number];

/** The column a problem is about, by the template's header (党员状态, not the form's 人员类别); "file" for the sheet itself. */
function columnName(problem: Problem, translate: (key: string, options?: object) => string): string {
  if (problem.column) return problem.column;
  if (problem.field === 'file' || problem.field === '') return translate('resources.people.sheet.file');
  return translate(`resources.people.fields.${problem.field}`, { _: problem.field });
}

/** The columns of the preview, named as the template names them. */
const PREVIEW_COLUMNS = ['organization', 'nationalId', 'gender', 'birthDate', 'phone', 'membershipStatus', 'admittedOn', 'fullMemberSince'] as const;

/** A cell of the preview: choices in words, an empty cell as a dash. */
const PreviewCell = ({ row, column }: { row: PreviewRow; column: (typeof PREVIEW_COLUMNS)[number] | 'name' }) => {
  const translate = useTranslate();
  const value = row[column];
  if (value === null || value === undefined || value === '') return <>—</>;
  if (column === 'gender') return <>{translate(`guildhall.genders.${value}`)}</>;
  if (column === 'membershipStatus') return <>{translate(`guildhall.membershipStatuses.${value}`)}</>;
  return <>{value}</>;
};

/**
 * What the sheet holds and what is wrong with it: problems of the file as a whole first, then
 * every row as the import reads it, each with its own problems on it, so a person checks the
 * people, not only the errors, before importing.
 */
const ImportPreview = ({ fileName, outcome }: { fileName: string; outcome: ImportOutcome }) => {
  const translate = useTranslate();
  const problems = outcome.problems;
  const byRow = new Map<number, Problem[]>();
  for (const problem of problems) byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
  const shownRows = new Set(outcome.preview.map((r) => r.row));
  const general = problems.filter((p) => !shownRows.has(p.row));
  // The sheet's own messages may begin with the column (“党员状态”应为：…), which the line names already.
  const words = (problem: Problem) =>
    /[\u4e00-\u9fff]/.test(problem.message) ? problem.message.replace(`“${problem.column}”`, '') : translateProblem(problem, translate, PERSON_MAX_LENGTHS);
  return (
    <Box sx={{ mt: 2 }} data-testid="people-import-outcome">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.people.sheet.rows', { name: fileName, smart_count: outcome.rows })}
      </Typography>
      {problems.length === 0 ? (
        <Alert severity="success" sx={{ mb: 1 }}>
          {translate('resources.people.sheet.noProblems')}
        </Alert>
      ) : (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('resources.people.sheet.problems', { smart_count: problems.length })}
          {general.length ? (
            <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="people-import-file-problems">
              {general.map((problem, i) => (
                <li key={`${problem.row}-${problem.field}-${i}`}>
                  {problem.row > 0 ? `${translate('resources.people.sheet.rowNumber', { row: problem.row })} ` : ''}
                  {columnName(problem, translate)}：{words(problem)}
                </li>
              ))}
            </Box>
          ) : null}
        </Alert>
      )}
      {outcome.preview.length ? (
        <Box sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <ScrollTable label="guildhall.tables.importPreview" stickyHeader data-testid="people-import-preview">
            <TableHead>
              <TableRow>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.people.sheet.row')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.people.sheet.columns.name')}</TableCell>
                <TableCell sx={{ minWidth: 220 }}>{translate('resources.people.sheet.problem')}</TableCell>
                {PREVIEW_COLUMNS.map((column) => (
                  <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                    {translate(`resources.people.sheet.columns.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {outcome.preview.map((row) => {
                const own = byRow.get(row.row) ?? [];
                return (
                  <TableRow key={row.row} data-row={row.row} sx={own.length ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.06) } : undefined}>
                    <TableCell>{row.row}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
                      <PreviewCell row={row} column="name" />
                    </TableCell>
                    <TableCell>
                      {own.length === 0 ? (
                        <Typography variant="body2" color="success.main">
                          {translate('resources.people.sheet.rowFine')}
                        </Typography>
                      ) : (
                        own.map((problem, i) => (
                          <Typography key={`${problem.field}-${i}`} variant="body2" color="error.main" component="div">
                            {columnName(problem, translate)}：{words(problem)}
                          </Typography>
                        ))
                      )}
                    </TableCell>
                    {PREVIEW_COLUMNS.map((column) => (
                      <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                        <PreviewCell row={row} column={column} />
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
            </TableBody>
          </ScrollTable>
        </Box>
      ) : null}
    </Box>
  );
};

const ImportDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome(null);
    setFailure(null);
    setBusy('checking');
    try {
      const next = { name: file.name, contentBase64: toBase64(await file.arrayBuffer()) };
      setChosen(next);
      setOutcome((await dataProvider.previewPeopleImport({ fileName: next.name, contentBase64: next.contentBase64 })).data);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!chosen) return;
    setFailure(null);
    setBusy('importing');
    try {
      const { data } = await dataProvider.importPeople({ fileName: chosen.name, contentBase64: chosen.contentBase64 });
      notify('resources.people.sheet.created', { type: 'success', messageArgs: { smart_count: data.created } });
      refresh();
      onClose();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const problems = outcome?.problems ?? [];
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg" fullScreen={phone} data-testid="people-import-dialog">
      <DialogTitle>{translate('resources.people.sheet.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('resources.people.sheet.intro')}
        </Typography>
        <MuiButton component="label" variant="outlined" startIcon={<FileUploadIcon />} disabled={busy !== null}>
          {translate('resources.people.sheet.choose')}
          <input type="file" hidden accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={choose} data-testid="people-import-file" />
        </MuiButton>
        {busy ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 2 }}>
            <CircularProgress size={16} />
            <Typography variant="body2">{translate(`resources.people.sheet.${busy}`)}</Typography>
          </Box>
        ) : null}
        {failure ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        ) : null}
        {outcome && chosen ? <ImportPreview fileName={chosen.name} outcome={outcome} /> : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={confirm} disabled={!outcome || problems.length > 0 || outcome.rows === 0 || busy !== null}>
          {translate('resources.people.sheet.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** 导入: choose a sheet, see what the import would meet, then import everyone or nobody. */
export const ImportPeopleButton = () => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'people', action: 'import' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="resources.people.sheet.import" onClick={() => setOpen(true)}>
        <FileUploadIcon />
      </Button>
      {open ? <ImportDialog open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
