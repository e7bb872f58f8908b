import yauzl from 'yauzl';
import { BadInputError } from '../graphql/errors';

/**
 * Reads an uploaded .xlsx or .csv sheet into cell text, within fixed bounds, without a general
 * spreadsheet library: the archive is checked entry by entry before anything is parsed (a small
 * file that inflates to hundreds of megabytes, or a range that covers a whole sheet, costs nothing),
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
  return kind === 'csv' ? readCsv(content.toString('utf8').replace(/^\ufeff/, '')) : readXlsx(await inflateXlsx(content));
}

/** Thrown for a file that is not a readable sheet at all (not a zip, no worksheet). */
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
// CSV (RFC 4180: comma separated, fields in double quotes may hold commas, quotes and line breaks)

function readCsv(text: string): SheetGrid {
  const grid = new Grid();
  let row = 1;
  let column = 1;
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    grid.add(row, column, { text: field });
    field = '';
    column += 1;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      endField();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row += 1;
      column = 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || column > 1) endField();
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
// The workbook's XML: a small scanner over tags and text, enough for the parts read here

interface Tag {
  name: string;
  close: boolean;
  selfClosing: boolean;
  attrs: string;
  text: string | null;
}

/** Tags and text in order; a linear scan (each character looked at once), stopping at anything unterminated. */
function* xmlTokens(xml: string): Generator<Tag> {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { name: '', close: false, selfClosing: false, attrs: '', text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { name: '', close: false, selfClosing: false, attrs: '', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return;
      yield { name: '', close: false, selfClosing: false, attrs: '', text: xml.slice(lt + 9, end) };
      i = end + 3;
      continue;
    }
    let j = lt + 1;
    let quote = '';
    for (; j < n; j += 1) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (j >= n) return;
    i = j + 1;
    const inner = xml.slice(lt + 1, j);
    if (inner[0] === '?' || inner[0] === '!') continue;
    const close = inner[0] === '/';
    const selfClosing = inner.endsWith('/');
    const body = inner.slice(close ? 1 : 0, selfClosing ? -1 : undefined);
    const m = /^([A-Za-z_][\w.:-]*)/.exec(body);
    if (!m) continue;
    const colon = m[1].indexOf(':');
    yield { name: colon >= 0 ? m[1].slice(colon + 1) : m[1], close, selfClosing, attrs: body.slice(m[1].length), text: null };
  }
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower[0] === '#') {
      const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[2] ?? m[3]) : undefined;
}

/** The text of each `<si>` (rich text runs joined, phonetic guides left out). */
function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  for (const t of xmlTokens(xml)) {
    if (t.text !== null) {
      if (inText && !inPhonetic && current !== null) current += t.text;
    } else if (t.name === 'si') {
      if (!t.close && !t.selfClosing) current = '';
      else {
        if (out.length >= MAX_SHARED_STRINGS) refuse('sheetCells', `表格的文字超过 ${MAX_SHARED_STRINGS} 段，请分批导入`);
        out.push(current ?? '');
        current = null;
      }
    } else if (t.name === 'rPh') inPhonetic = !t.close && !t.selfClosing;
    else if (t.name === 't') inText = !t.close && !t.selfClosing;
  }
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

interface CellStyle {
  date: boolean;
  /** Digits a number is padded to, for a format of zeros only (`000000`). */
  zeros: number;
}

/** Per cell style index: whether it shows a date, and a zero-padding width. */
function cellStyles(xml: string | undefined): CellStyle[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inCellXfs = false;
  for (const t of xmlTokens(xml)) {
    if (t.text !== null) continue;
    if (t.name === 'numFmt' && !t.close) formats.set(Number(attr(t.attrs, 'numFmtId')), attr(t.attrs, 'formatCode') ?? '');
    else if (t.name === 'cellXfs') inCellXfs = !t.close && !t.selfClosing;
    else if (t.name === 'xf' && inCellXfs && !t.close) {
      if (styles.length >= MAX_SHEET_CELLS) break;
      const id = Number(attr(t.attrs, 'numFmtId') ?? 0);
      const code = formats.get(id);
      const bare = (code ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
      styles.push({ date: code === undefined ? BUILTIN_DATE_FORMATS.has(id) : /[ymdhs]/i.test(bare) && !/^General$/i.test(bare), zeros: /^0+$/.test(code ?? '') ? code!.length : 0 });
    }
  }
  return styles;
}

/** The part holding the workbook's first sheet. */
function firstSheetPath(parts: Map<string, Buffer>): string {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
  let id: string | undefined;
  for (const t of xmlTokens(workbook ?? '')) {
    if (t.name === 'sheet' && !t.close) {
      id = attr(t.attrs, 'id');
      break;
    }
  }
  if (id && rels) {
    for (const t of xmlTokens(rels)) {
      if (t.name !== 'Relationship' || t.close || attr(t.attrs, 'Id') !== id) continue;
      const target = (attr(t.attrs, 'Target') ?? '').replace(/^\/?xl\//, '').replace(/^\//, '');
      return `xl/${target}`.toLowerCase();
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

function columnNumber(ref: string | undefined): { row?: number; column?: number } {
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
  const sheetXml = parts.get(firstSheetPath(parts))?.toString('utf8');
  if (sheetXml === undefined) throw new UnreadableSheet('no worksheet');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/i.test(parts.get('xl/workbook.xml')?.toString('utf8') ?? '');
  const strings = sharedStrings(parts.get('xl/sharedstrings.xml')?.toString('utf8'));
  const styles = cellStyles(parts.get('xl/styles.xml')?.toString('utf8'));
  const grid = new Grid();
  let row = 0;
  let column = 0;
  let cell: { type: string; style: number; value: string; inline: string } | null = null;
  let into: 'v' | 't' | null = null;
  let inSheetData = false;
  let inPhonetic = false;
  for (const t of xmlTokens(sheetXml)) {
    if (t.text !== null) {
      if (cell && into === 'v') cell.value += t.text;
      else if (cell && into === 't' && !inPhonetic) cell.inline += t.text;
      continue;
    }
    switch (t.name) {
      case 'sheetData':
        inSheetData = !t.close && !t.selfClosing;
        break;
      case 'row':
        if (!inSheetData || t.close) break;
        row = columnNumber(`A${attr(t.attrs, 'r') ?? ''}`).row ?? row + 1;
        column = 0;
        break;
      case 'c':
        if (!inSheetData) break;
        if (!t.close) {
          column = columnNumber(attr(t.attrs, 'r')).column ?? column + 1;
          cell = { type: attr(t.attrs, 't') ?? 'n', style: Number(attr(t.attrs, 's') ?? 0), value: '', inline: '' };
        }
        if (t.close || t.selfClosing) {
          if (cell) grid.add(row, column, cellOf(cell, strings, styles, date1904));
          cell = null;
        }
        break;
      case 'v':
        into = !t.close && !t.selfClosing ? 'v' : null;
        break;
      case 't':
        into = !t.close && !t.selfClosing ? 't' : null;
        break;
      case 'rPh':
        inPhonetic = !t.close && !t.selfClosing;
        break;
      default:
        break;
    }
  }
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
