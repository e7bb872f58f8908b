import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { oneAtATime } from '../people/person-import.service';
import { xlsxParts, zip, type ZipPart } from '../test/zip';
import { MAX_ARCHIVE_ENTRIES, MAX_INFLATED_BYTES, MAX_SHEET_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, readSheet, UnreadableSheet, type SheetGrid } from './sheet-reader';

const text = (grid: SheetGrid) => [...grid].map(([r, cells]) => [r, Object.fromEntries([...cells].map(([c, cell]) => [c, cell.lostDigits ? '!lost' : cell.text]))]);

async function refusal(kind: 'xlsx' | 'csv', content: Buffer): Promise<string> {
  try {
    await readSheet(kind, content);
  } catch (error) {
    const fields = (error as { extensions?: { code?: string; fields?: { field: string; constraint: string }[] } }).extensions;
    expect(fields?.code).toBe('BAD_USER_INPUT');
    expect(fields?.fields?.[0].field).toBe('contentBase64');
    return fields!.fields![0].constraint;
  }
  throw new Error('not refused');
}

const rowsXml = (count: number, cell = (r: number) => `<c r="A${r}" t="inlineStr"><is><t>x</t></is></c>`) => Array.from({ length: count }, (_, i) => `<row r="${i + 1}">${cell(i + 1)}</row>`).join('');

describe('reading a sheet within bounds', () => {
  it('refuses an archive that inflates past the limit, by its declared size, before inflating it', async () => {
    const sheet = `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(MAX_INFLATED_BYTES + 1024)}</t></is></c></row>`;
    const bomb = zip(xlsxParts(sheet));
    expect(bomb.length).toBeLessThan(140 * 1024);
    const before = process.memoryUsage().rss;
    expect(await refusal('xlsx', bomb)).toBe('inflatedSize');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses entries whose inflated size passes the limit together', async () => {
    const half = randomBytes(MAX_INFLATED_BYTES / 2 + 1024);
    const parts = [...xlsxParts(''), { name: 'xl/media/a.bin', data: half, store: true }, { name: 'xl/media/b.bin', data: half, store: true }];
    expect(await refusal('xlsx', zip(parts))).toBe('inflatedSize');
  });

  it('refuses an entry compressed past a sane ratio', async () => {
    const parts = [...xlsxParts(''), { name: 'xl/media/a.xml', data: ' '.repeat(2 * 1024 * 1024) }];
    expect(await refusal('xlsx', zip(parts))).toBe('compressionRatio');
  });

  it('refuses an entry that inflates to more than it declares, without reading on', async () => {
    const parts = xlsxParts(rowsXml(2000)).map((p): ZipPart => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 1000 } : p));
    expect(await refusal('xlsx', zip(parts))).toBe('archiveEntry');
  });

  it('refuses too many entries, nested archives, encrypted entries and names that climb out', async () => {
    const many = [...xlsxParts(''), ...Array.from({ length: MAX_ARCHIVE_ENTRIES }, (_, i) => ({ name: `xl/media/${i}.xml`, data: 'x' }))];
    expect(await refusal('xlsx', zip(many))).toBe('archiveEntries');
    expect(await refusal('xlsx', zip([...xlsxParts(''), { name: 'xl/embeddings/inner.zip', data: zip(xlsxParts('')), store: true }]))).toBe('archiveEntry');
    expect(await refusal('xlsx', zip([...xlsxParts(''), { name: 'xl/media/secret.xml', data: 'x', encrypted: true }]))).toBe('archiveEntry');
    expect(await refusal('xlsx', zip([...xlsxParts(''), { name: '../../etc/evil.xml', data: 'x' }]))).toBe('archiveEntry');
  });

  it('caps rows, columns and cells as the sheet is read', async () => {
    expect(await refusal('xlsx', zip(xlsxParts(rowsXml(MAX_SHEET_ROWS + 1))))).toBe('sheetRows');
    expect(await refusal('xlsx', zip(xlsxParts(`<row r="2"><c r="AY2" t="inlineStr"><is><t>x</t></is></c></row>`)))).toBe('sheetColumns');
    const wide = (r: number) => Array.from({ length: MAX_SHEET_COLUMNS }, (_, c) => `<c><v>${(r * 7919 + c * 104729) % 1000003}</v></c>`).join('');
    expect(await refusal('xlsx', zip(xlsxParts(rowsXml(Math.ceil(MAX_SHEET_CELLS / MAX_SHEET_COLUMNS) + 1, wide))))).toBe('sheetCells');
    expect(await refusal('csv', Buffer.from('a\n'.repeat(MAX_SHEET_ROWS + 1)))).toBe('sheetRows');
    expect(await refusal('csv', Buffer.from(`${'x,'.repeat(MAX_SHEET_COLUMNS)}x\n`))).toBe('sheetColumns');
    // Empty cells cost nothing and count for nothing.
    expect(text(await readSheet('csv', Buffer.from(`a${','.repeat(5000)}\n`)))).toEqual([[1, { 1: 'a' }]]);
  });

  it('reads ranges that cover the whole sheet (validations, merges, column styles) without expanding them', async () => {
    const tail = '<mergeCells count="1"><mergeCell ref="B5:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"男,女"</formula1></dataValidation></dataValidations>';
    const parts = xlsxParts('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>', { sheetTail: tail });
    parts[parts.length - 1].data = (parts[parts.length - 1].data as string).replace('<sheetData>', '<cols><col min="1" max="16384" width="9"/></cols><sheetData>');
    const started = Date.now();
    expect(text(await readSheet('xlsx', zip(parts)))).toEqual([[1, { 1: '姓名' }]]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps digits as written: text cells, long numbers stored as digits, and marks numbers that lost digits', async () => {
    const styles = '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="000000"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const sheet =
      '<row r="1">' +
      '<c r="A1" t="s"><v>0</v></c>' + // shared string holding an id
      '<c r="B1"><v>1.10101199001011E+17</v></c>' + // what Excel keeps of an id typed as a number
      '<c r="C1"><v>110101199001011234</v></c>' + // more digits than a number holds
      '<c r="D1"><v>13500000001</v></c>' + // a phone number as a number
      '<c r="E1" s="1"><v>123</v></c>' + // leading zeros by format
      '<c r="F1" s="2"><v>32874</v></c>' + // a date
      '<c r="G1" s="3"><v>32874</v></c>' + // a date in a custom format
      '<c r="H1"><v>-12.5</v></c>' +
      '<c r="I1" t="inlineStr"><is><r><t>张</t></r><r><t>三</t></r></is></c>' +
      '<c r="J1" t="str"><f>A1</f><v>=x&amp;y</v></c>' +
      '</row>';
    const grid = await readSheet('xlsx', zip(xlsxParts(sheet, { sharedStrings: ['11010119900101123X'], styles })));
    expect(text(grid)).toEqual([[1, { 1: '11010119900101123X', 2: '!lost', 3: '!lost', 4: '13500000001', 5: '000123', 6: '1990-01-01', 7: '1990-01-01', 8: '-12.5', 9: '张三', 10: '=x&y' }]]);
    const csv = '姓名,身份证号,手机号,出生日期\r\n"李, 四",110101199001011237,08511234567,1990-01-01\n"说""好""",1.5e3,+86 135,\n';
    expect(text(await readSheet('csv', Buffer.from(`\ufeff${csv}`)))).toEqual([
      [1, { 1: '姓名', 2: '身份证号', 3: '手机号', 4: '出生日期' }],
      [2, { 1: '李, 四', 2: '110101199001011237', 3: '08511234567', 4: '1990-01-01' }],
      [3, { 1: '说"好"', 2: '1.5e3', 3: '+86 135' }],
    ]);
  });

  it('reads a workbook written by a spreadsheet library', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员');
    sheet.addRow(['姓名*', '身份证号']);
    sheet.addRow(['刘一', '110101199001011237']);
    sheet.addRow([null, null]);
    sheet.addRow(['陈二', 13500000001]);
    const grid = await readSheet('xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(text(grid)).toEqual([
      [1, { 1: '姓名*', 2: '身份证号' }],
      [2, { 1: '刘一', 2: '110101199001011237' }],
      [4, { 1: '陈二', 2: '13500000001' }],
    ]);
  });
});

describe('reading what spreadsheet programs write', () => {
  const withPart = (parts: ZipPart[], name: string, data: string) => [...parts.filter((p) => p.name !== name), { name, data }];

  it('reads CSV records across quoted line breaks, mixed line endings, a BOM, blank lines and empty trailing fields', async () => {
    const csv = '\ufeff姓名,备注,\r\n"王\r\n五","说 12"" 长",\n\r\n赵六,12" 屏,,\r"孙七",""';
    expect(text(await readSheet('csv', Buffer.from(csv)))).toEqual([
      [1, { 1: '姓名', 2: '备注' }],
      [2, { 1: '王\r\n五', 2: '说 12" 长' }],
      [4, { 1: '赵六', 2: '12" 屏' }],
      [5, { 1: '孙七' }],
    ]);
  });

  it('finds a CSV whose quote never closes unreadable instead of reading the rest of the file as one cell', async () => {
    await expect(readSheet('csv', Buffer.from('姓名,备注\n"王五,未闭合\n赵六,x\n'))).rejects.toBeInstanceOf(UnreadableSheet);
  });

  it('joins rich text runs without phonetic guides, reads inline strings, CDATA, entities, cells by position and prefixed elements', async () => {
    const strings = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve"> 三</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si><si><t><![CDATA[a<b]]>&amp;&#x4E00;</t></si><si/></sst>';
    const sheet = '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="inlineStr"><is><t>内联</t></is></c></row><row r="3"><c r="C3" t="b"><v>1</v></c><c><v> 7 </v></c></row>';
    const parts = withPart(xlsxParts(sheet), 'xl/sharedStrings.xml', strings);
    expect(text(await readSheet('xlsx', zip(parts)))).toEqual([
      [1, { 1: '张 三', 2: 'a<b&一', 4: '内联' }],
      [3, { 3: 'TRUE', 4: '7' }],
    ]);
    const prefixed = '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(text(await readSheet('xlsx', zip(withPart(xlsxParts(''), 'xl/worksheets/sheet1.xml', prefixed))))).toEqual([[2, { 2: '前缀' }]]);
  });

  it('reads dates of a workbook counting from 1904', async () => {
    const workbook = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="人员" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const styles = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const parts = withPart(xlsxParts('<row r="1"><c r="A1" s="1"><v>31412</v></c></row>', { styles }), 'xl/workbook.xml', workbook);
    expect(text(await readSheet('xlsx', zip(parts)))).toEqual([[1, { 1: '1990-01-01' }]]);
  });

  it('finds a sheet that is not well-formed XML unreadable, and expands no entities a document declares', async () => {
    const cut = xlsxParts('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2">');
    await expect(readSheet('xlsx', zip(cut))).rejects.toBeInstanceOf(UnreadableSheet);
    const laughs = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>';
    await expect(readSheet('xlsx', zip(withPart(xlsxParts(''), 'xl/worksheets/sheet1.xml', laughs)))).rejects.toBeInstanceOf(UnreadableSheet);
  });
});

describe('imports one at a time per account, a few in all', () => {
  it('refuses a second import of the same account and a fourth in all, and frees the place when one ends', async () => {
    const gates: (() => void)[] = [];
    const hold = () => new Promise<string>((resolve) => gates.push(() => resolve('done')));
    const busy = async (promise: Promise<unknown>) => {
      try {
        await promise;
        return 'ran';
      } catch (error) {
        return (error as { extensions: { code: string; reason: string } }).extensions.code + ':' + (error as { extensions: { reason: string } }).extensions.reason;
      }
    };
    const a = oneAtATime('a', hold);
    expect(await busy(oneAtATime('a', async () => 'again'))).toBe('RATE_LIMITED:busy');
    const b = oneAtATime('b', hold);
    const c = oneAtATime('c', hold);
    await new Promise((r) => setImmediate(r));
    expect(await busy(oneAtATime('d', async () => 'fourth'))).toBe('RATE_LIMITED:busy');
    gates.forEach((open) => open());
    expect(await Promise.all([a, b, c])).toEqual(['done', 'done', 'done']);
    expect(await oneAtATime('a', async () => 'later')).toBe('later');
    expect(await oneAtATime('d', async () => { throw new Error('boom'); }).catch((e: Error) => e.message)).toBe('boom');
    expect(await oneAtATime('d', async () => 'after a failure')).toBe('after a failure');
  });
});
