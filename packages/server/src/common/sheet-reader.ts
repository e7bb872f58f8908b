import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { BadInputError } from '../kernel/errors';

/**
 * Reads an uploaded .xlsx or .csv sheet into cell text, within fixed bounds, without a general
 * spreadsheet library (CSV is read by csv-parse, the workbook's XML parts by the saxes streaming
 * parser): the archive is checked entry by entry before anything is parsed (a small file that
 * inflates to hundreds of megabytes, or a range that covers a whole sheet, costs nothing),
 * and every cell keeps the text as written — an identity or phone number is never turned into a
 * number, a date is never moved by a time zone. The limits are in docs/api.md (people import).
 */

/** Most entries in an .xlsx archive (a sheet saved by Excel or WPS has about a dozen). */
export const MAX_ARCHIVE_ENTRIES = 100;
/** Most bytes the entries of an .xlsx archive inflate to, together. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
/** Largest inflated-to-compressed ratio of an entry over 256 KB (a real sheet is about 10–15). */
export const MAX_COMPRESSION_RATIO = 100;
/** Most rows with a value in the sheet read. */
export const MAX_SHEET_ROWS = 5000;
/** Rightmost column (AX) a value may stand in. */
export const MAX_SHEET_COLUMNS = 50;
/** Most cells with a value in the sheet read. */
export const MAX_SHEET_CELLS = 60_000;
/** Most shared strings an .xlsx may list. */
export const MAX_SHARED_STRINGS = 200_000;

const RATIO_FLOOR = 256 * 1024;
const ARCHIVE_NAME = /\.(zip|xlsx|xlsm|xlsb|xls|docx|pptx|jar|gz|tgz|bz2|xz|7z|rar|tar|cab)$/i;

/** A cell's text as written; `lostDigits` when the sheet stored a number too long to hold exactly. */
export interface SheetCell {
  text: string;
  lostDigits?: boolean;
}

/** The cells with a value, by row number then column number (both from 1). */
export type SheetGrid = Map<number, Map<number, SheetCell>>;

function refuse(constraint: string, message: string): never {
  throw BadInputError.field('contentBase64', constraint, message);
}

/** The first worksheet of an .xlsx or the records of a .csv; throws BAD_USER_INPUT on `contentBase64` past a limit. */
export async function readSheet(kind: 'xlsx' | 'csv', content: Buffer): Promise<SheetGrid> {
  return kind === 'csv' ? readCsv(content) : readXlsx(await inflateXlsx(content));
}

/** Thrown for a file that is not a readable sheet at all (not a zip, no worksheet, ill-formed XML or CSV). */
export class UnreadableSheet extends Error {}

class Grid {
  readonly rows: SheetGrid = new Map();
  private cells = 0;

  add(row: number, column: number, cell: SheetCell): void {
    if (cell.text === '' && !cell.lostDigits) return;
    if (column > MAX_SHEET_COLUMNS) refuse('sheetColumns', `表格第 ${row} 行有超过 ${MAX_SHEET_COLUMNS} 列的内容，请只保留模板中的列`);
    let cells = this.rows.get(row);
    if (!cells) {
      if (this.rows.size >= MAX_SHEET_ROWS) refuse('sheetRows', `表格超过 ${MAX_SHEET_ROWS} 行，请分批导入`);
      this.rows.set(row, (cells = new Map()));
    }
    if (!cells.has(column)) this.cells += 1;
    if (this.cells > MAX_SHEET_CELLS) refuse('sheetCells', `表格超过 ${MAX_SHEET_CELLS} 个单元格，请分批导入`);
    cells.set(column, cell);
  }
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, read by csv-parse): every field kept as the string written; records may differ in
// length and end in CRLF, LF or CR alike, and a quote inside an unquoted field is kept, as Excel and
// WPS exports and hand-edited files have them. Each record is placed as it is read, so the caps
// refuse a large file at the first record past them.

function readCsv(content: Buffer): SheetGrid {
  const grid = new Grid();
  try {
    parseCsv(content.toString('utf8'), {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (fields: string[], { records }) => {
        fields.forEach((text, i) => grid.add(records, i + 1, { text }));
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw new UnreadableSheet(error.message);
    throw error;
  }
  return grid.rows;
}

// ---------------------------------------------------------------------------------------------
// The archive

/** Inflates the parts of an .xlsx a sheet is read from, refusing archives past the limits. */
async function inflateXlsx(content: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, file) => (error ? reject(new UnreadableSheet(error.message)) : resolve(file))),
  );
  if (zip.entryCount > MAX_ARCHIVE_ENTRIES) {
    zip.close();
    refuse('archiveEntries', `文件包含 ${zip.entryCount} 个部件，超过 ${MAX_ARCHIVE_ENTRIES} 个，不是普通的 Excel 表格`);
  }
  const kept = new Map<string, Buffer>();
  let declared = 0;
  let inflated = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const odd = (name: string) =>
        BadInputError.field('contentBase64', 'archiveEntry', `${name ? `文件中的“${name.slice(0, 80)}”` : '文件中有部件'}无法解压、名称异常或与声明的大小不符，请另存为普通的 .xlsx 后再导入`);
      zip.on('error', () => reject(odd('')));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        try {
          const name = entry.fileName;
          if (name.endsWith('/')) {
            zip.readEntry();
            return;
          }
          if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) || ARCHIVE_NAME.test(name)) {
            refuse('archiveEntry', `文件中的“${name.slice(0, 80)}”不是 Excel 表格的部件（加密、压缩包或未知格式），请另存为普通的 .xlsx 后再导入`);
          }
          declared += entry.uncompressedSize;
          if (entry.uncompressedSize > MAX_INFLATED_BYTES || declared > MAX_INFLATED_BYTES) refuse('inflatedSize', `文件解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB，请分批导入`);
          if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO) {
            refuse('compressionRatio', `文件中的“${name.slice(0, 80)}”压缩比异常（超过 ${MAX_COMPRESSION_RATIO} 倍），不像正常的 Excel 表格`);
          }
        } catch (error) {
          reject(error);
          return;
        }
        const keep = /^(xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/i.test(entry.fileName);
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(odd(entry.fileName));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > MAX_INFLATED_BYTES) {
              stream.destroy();
              reject(BadInputError.field('contentBase64', 'inflatedSize', `文件解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB，请分批导入`));
              return;
            }
            if (keep) chunks.push(chunk);
          });
          stream.on('error', () => reject(odd(entry.fileName)));
          stream.on('end', () => {
            if (keep) kept.set(entry.fileName.toLowerCase(), Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// The workbook's XML, read by saxes: elements by local name (any namespace prefix dropped). A part
// that is not well-formed XML is unreadable; a cap passed in a handler stops the parse there.

interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function scanXml(part: Buffer | undefined, on: XmlHandlers): void {
  if (!part) return;
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new UnreadableSheet(error.message);
  });
  if (on.open) parser.on('opentag', (tag) => on.open!(localName(tag.name), tag.attributes));
  if (on.close) parser.on('closetag', (tag) => on.close!(localName(tag.name)));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  parser.write(part.toString('utf8')).close();
}

/** An attribute by local name, with or without a namespace prefix. */
function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (Object.hasOwn(attrs, name)) return attrs[name];
  const key = Object.keys(attrs).find((k) => k.endsWith(`:${name}`));
  return key === undefined ? undefined : attrs[key];
}

/** The text of each `<si>` (rich text runs joined, phonetic guides left out). */
function sharedStrings(part: Buffer | undefined): string[] {
  const out: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  scanXml(part, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        if (out.length >= MAX_SHARED_STRINGS) refuse('sheetCells', `表格的文字超过 ${MAX_SHARED_STRINGS} 段，请分批导入`);
        out.push(current);
      }
    },
    text(text) {
      if (inText && !inPhonetic) current += text;
    },
  });
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

interface CellStyle {
  date: boolean;
  /** Digits a number is padded to, for a format of zeros only (`000000`). */
  zeros: number;
}

/** Per cell style index: whether it shows a date, and a zero-padding width. */
function cellStyles(part: Buffer | undefined): CellStyle[] {
  const formats = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inCellXfs = false;
  scanXml(part, {
    open(name, attrs) {
      if (name === 'numFmt') formats.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs && styles.length < MAX_SHEET_CELLS) {
        const id = Number(attr(attrs, 'numFmtId') ?? 0);
        const code = formats.get(id);
        const bare = (code ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        styles.push({ date: code === undefined ? BUILTIN_DATE_FORMATS.has(id) : /[ymdhs]/i.test(bare) && !/^General$/i.test(bare), zeros: /^0+$/.test(code ?? '') ? code!.length : 0 });
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** The part holding the workbook's first sheet, and whether its dates count from 1904. */
function firstSheet(parts: Map<string, Buffer>): { path: string; date1904: boolean } {
  let id: string | undefined;
  let date1904 = false;
  let target: string | undefined;
  scanXml(parts.get('xl/workbook.xml'), {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = /^(1|true)$/i.test(attr(attrs, 'date1904') ?? '');
      else if (name === 'sheet' && id === undefined) id = attr(attrs, 'id') ?? '';
    },
  });
  if (id) {
    scanXml(parts.get('xl/_rels/workbook.xml.rels'), {
      open(name, attrs) {
        if (name === 'Relationship' && target === undefined && attr(attrs, 'Id') === id) target = attr(attrs, 'Target') ?? '';
      },
    });
  }
  const path = target === undefined ? 'xl/worksheets/sheet1.xml' : `xl/${target.replace(/^\/?xl\//, '').replace(/^\//, '')}`.toLowerCase();
  return { path, date1904 };
}

function cellRef(ref: string | undefined): { row?: number; column?: number } {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref) : null;
  if (!m) return {};
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** A date serial as `YYYY-MM-DD` (1900 system with its leap-year quirk, or 1904). */
function serialDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

/** A number cell's text: its digits as stored, `lostDigits` when it is past what a number holds exactly. */
function numberText(raw: string, style: CellStyle | undefined, date1904: boolean): SheetCell {
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) return { text: raw };
  if (style?.date && value >= 1 && value < 2_958_466) return { text: serialDate(value, date1904) };
  if (Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) return { text: raw, lostDigits: true };
  let text = /^-?\d+$/.test(raw) ? raw : String(value);
  if (style?.zeros && /^\d+$/.test(text) && text.length < style.zeros) text = text.padStart(style.zeros, '0');
  return { text };
}

function readXlsx(parts: Map<string, Buffer>): SheetGrid {
  const { path, date1904 } = firstSheet(parts);
  const sheet = parts.get(path);
  if (sheet === undefined) throw new UnreadableSheet('no worksheet');
  const strings = sharedStrings(parts.get('xl/sharedstrings.xml'));
  const styles = cellStyles(parts.get('xl/styles.xml'));
  const grid = new Grid();
  let row = 0;
  let column = 0;
  let cell: { type: string; style: number; value: string; inline: string } | null = null;
  let into: string | null = null;
  let inSheetData = false;
  let inPhonetic = false;
  scanXml(sheet, {
    open(name, attrs) {
      if (name === 'sheetData') inSheetData = true;
      else if (name === 'v' || name === 't') into = name;
      else if (name === 'rPh') inPhonetic = true;
      else if (inSheetData && name === 'row') {
        row = cellRef(`A${attr(attrs, 'r') ?? ''}`).row ?? row + 1;
        column = 0;
      } else if (inSheetData && name === 'c') {
        column = cellRef(attr(attrs, 'r')).column ?? column + 1;
        cell = { type: attr(attrs, 't') ?? 'n', style: Number(attr(attrs, 's') ?? 0), value: '', inline: '' };
      }
    },
    close(name) {
      if (name === 'sheetData') inSheetData = false;
      else if (name === 'v' || name === 't') into = null;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell) {
        grid.add(row, column, cellOf(cell, strings, styles, date1904));
        cell = null;
      }
    },
    text(text) {
      if (cell && into === 'v') cell.value += text;
      else if (cell && into === 't' && !inPhonetic) cell.inline += text;
    },
  });
  return grid.rows;
}

function cellOf(cell: { type: string; style: number; value: string; inline: string }, strings: string[], styles: CellStyle[], date1904: boolean): SheetCell {
  switch (cell.type) {
    case 's':
      return { text: strings[Number(cell.value)] ?? '' };
    case 'inlineStr':
      return { text: cell.inline };
    case 'str':
    case 'e':
      return { text: cell.value };
    case 'b':
      return { text: cell.value === '1' ? 'TRUE' : cell.value === '0' ? 'FALSE' : cell.value };
    case 'd':
      return { text: cell.value.slice(0, 10) };
    default:
      return numberText(cell.value.trim(), styles[cell.style], date1904);
  }
}
