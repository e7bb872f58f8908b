import ExcelJS from 'exceljs';
import { readSheet, UnreadableSheet, type SheetGrid } from '../common/sheet-reader';
import { withoutNeutralising } from '../common/sheet-writer';
import { Education, Gender, MembershipRelation, MembershipStatus } from './person.entity';

/** The columns of a people sheet, in order: header, the field it fills, and how a cell becomes a value. */
interface Column {
  header: string;
  field: string;
  required?: boolean;
  width: number;
  /** Cell text to value; throws a message for text that is not a value. */
  parse?: (text: string) => unknown;
  /** Value to cell text. */
  format?: (value: unknown) => string;
}

const GENDERS: Record<string, Gender> = { 男: Gender.MALE, 女: Gender.FEMALE };
const EDUCATIONS: Record<string, Education> = {
  小学: Education.PRIMARY,
  初中: Education.JUNIOR_HIGH,
  高中: Education.SENIOR_HIGH,
  中专: Education.SECONDARY_VOCATIONAL,
  大专: Education.JUNIOR_COLLEGE,
  本科: Education.BACHELOR,
  硕士研究生: Education.MASTER,
  硕士: Education.MASTER,
  博士研究生: Education.DOCTOR,
  博士: Education.DOCTOR,
};
const STATUSES: Record<string, MembershipStatus> = {
  群众: MembershipStatus.NON_MEMBER,
  入党申请人: MembershipStatus.APPLICANT,
  入党积极分子: MembershipStatus.ACTIVIST,
  发展对象: MembershipStatus.DEVELOPMENT_TARGET,
  预备党员: MembershipStatus.PROBATIONARY,
  正式党员: MembershipStatus.FULL,
  已离开: MembershipStatus.LEFT,
};
const RELATIONS: Record<string, MembershipRelation> = { 组织关系在此: MembershipRelation.REGISTERED, 流动党员: MembershipRelation.FLOW_IN };

function choice<T>(names: Record<string, T>) {
  return {
    parse: (text: string) => {
      if (Object.prototype.hasOwnProperty.call(names, text)) return names[text];
      throw new Error(`应为：${Object.keys(names).join('、')}`);
    },
    format: (value: unknown) => Object.entries(names).find(([, v]) => v === value)?.[0] ?? '',
  };
}

export const PERSON_COLUMNS: Column[] = [
  { header: '姓名', field: 'name', required: true, width: 12 },
  { header: '所属组织', field: 'organization', required: true, width: 32 },
  { header: '身份证号', field: 'nationalId', width: 22 },
  { header: '性别', field: 'gender', width: 6, ...choice(GENDERS) },
  { header: '出生日期', field: 'birthDate', width: 12 },
  { header: '民族', field: 'ethnicity', width: 8 },
  { header: '学历', field: 'education', width: 10, ...choice(EDUCATIONS) },
  { header: '手机号', field: 'phone', width: 14 },
  { header: '工作单位', field: 'employer', width: 30 },
  { header: '职务', field: 'posts', width: 16 },
  { header: '党员状态', field: 'membershipStatus', width: 12, ...choice(STATUSES) },
  { header: '组织关系', field: 'relation', width: 12, ...choice(RELATIONS) },
  { header: '入党日期', field: 'admittedOn', width: 12 },
  { header: '转正日期', field: 'fullMemberSince', width: 12 },
];

export interface SheetRow {
  /** The row number in the sheet (the header is row 1). */
  row: number;
  values: Record<string, unknown>;
}

export interface SheetProblem {
  row: number;
  field: string;
  constraint: string;
  message: string;
}

/** The sheet's fields by the person's (a person's `organizationId` is the sheet's `organization`). */
const SHEET_FIELD: Record<string, string> = { organizationId: 'organization', employerId: 'employer' };

/** The template's header of the column a problem is about; null for the file as a whole or a field no column fills. */
export function columnOf(field: string): string | null {
  const sheetField = SHEET_FIELD[field] ?? field;
  return PERSON_COLUMNS.find((c) => c.field === sheetField)?.header ?? null;
}

export const MAX_IMPORT_ROWS = 2000;

/**
 * Reads an .xlsx or .csv people sheet: rows keyed by field, and what could not be read. Cells
 * are taken as the text written in them; a number too long for the sheet to have kept exactly
 * (an 18-digit identity number typed into a number cell) is a problem of its row.
 * Throws BAD_USER_INPUT on `contentBase64` for a file past the limits of `readSheet`.
 */
export async function readPeopleSheet(fileName: string, content: Buffer): Promise<{ rows: SheetRow[]; problems: SheetProblem[] }> {
  const lower = fileName.toLowerCase();
  const kind = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : null;
  if (!kind) return { rows: [], problems: [{ row: 0, field: 'file', constraint: 'fileType', message: '请上传 .xlsx 或 .csv 文件' }] };
  let grid: SheetGrid;
  try {
    grid = await readSheet(kind, content);
  } catch (error) {
    if (error instanceof UnreadableSheet) return { rows: [], problems: [{ row: 0, field: 'file', constraint: 'unreadable', message: '文件无法读取：不是有效的 Excel 或 CSV 文件' }] };
    throw error;
  }
  if (grid.size === 0) return { rows: [], problems: [{ row: 0, field: 'file', constraint: 'empty', message: '文件中没有数据行' }] };
  const positions = new Map<string, number>();
  for (const [col, cell] of grid.get(1) ?? []) {
    const column = PERSON_COLUMNS.find((c) => c.header === cell.text.trim().replace(/\*$/, ''));
    if (column && !positions.has(column.field)) positions.set(column.field, col);
  }
  const missing = PERSON_COLUMNS.filter((c) => c.required && !positions.has(c.field));
  if (missing.length) {
    return { rows: [], problems: missing.map((c) => ({ row: 1, field: c.field, constraint: 'missingColumn', message: `缺少“${c.header}”列` })) };
  }
  const rows: SheetRow[] = [];
  const problems: SheetProblem[] = [];
  for (const r of [...grid.keys()].sort((a, b) => a - b)) {
    if (r < 2) continue;
    const cells = grid.get(r)!;
    const values: Record<string, unknown> = {};
    let empty = true;
    for (const column of PERSON_COLUMNS) {
      const position = positions.get(column.field);
      const cell = position ? cells.get(position) : undefined;
      if (!cell) continue;
      if (cell.lostDigits) {
        empty = false;
        problems.push({ row: r, field: column.field, constraint: 'numberAsText', message: `“${column.header}”是数字格式，超过 15 位的数字已丢失末几位，请把该列设为文本格式后重新填写` });
        continue;
      }
      const text = withoutNeutralising(cell.text.trim());
      if (text === '') continue;
      empty = false;
      try {
        values[column.field] = column.parse ? column.parse(text) : text;
      } catch (error) {
        problems.push({ row: r, field: column.field, constraint: 'choice', message: `“${column.header}”${(error as Error).message}` });
      }
    }
    if (empty) continue;
    if (rows.length >= MAX_IMPORT_ROWS) {
      problems.push({ row: r, field: 'file', constraint: 'tooManyRows', message: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入` });
      break;
    }
    rows.push({ row: r, values });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 0, field: 'file', constraint: 'empty', message: '文件中没有数据行' });
  return { rows, problems };
}

/** A workbook with the header row styled and the columns sized; rows are added by the caller. */
export function peopleWorkbook(): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Guildhall';
  const sheet = workbook.addWorksheet('人员');
  sheet.columns = PERSON_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.field, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { workbook, sheet };
}

/** A sheet row from field values. */
export function sheetRow(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(PERSON_COLUMNS.map((c) => [c.field, values[c.field] === null || values[c.field] === undefined ? '' : c.format ? c.format(values[c.field]) : String(values[c.field])]));
}
