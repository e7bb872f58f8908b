import type ExcelJS from 'exceljs';
import type { Response } from 'express';

/** What a spreadsheet may take for the start of a formula when text begins with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as it is safe to put in an exported cell: text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe, so no spreadsheet (and no CSV saved from it) takes
 * it for a formula. The people import drops that apostrophe again (docs/api.md).
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell was made from: an import reads back what the export was given. */
export function withoutNeutralising(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Neutralises the text of every cell of every sheet; numbers, dates and the server's own formulas stay as they are. */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string') {
          if (FORMULA_START.test(value)) cell.value = neutraliseText(value);
        } else if (value && typeof value === 'object' && 'richText' in value && value.richText.length > 0) {
          const [first, ...rest] = value.richText;
          if (FORMULA_START.test(value.richText.map((r) => r.text).join(''))) cell.value = { richText: [{ ...first, text: neutraliseText(first.text) }, ...rest] };
        } else if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') {
          if (FORMULA_START.test(value.text)) cell.value = { ...value, text: neutraliseText(value.text) };
        }
      });
    });
  }
}

/** Sends a workbook as an .xlsx download body, every text cell neutralised; every export the server makes goes through here. */
export async function sendWorkbook(res: Response, workbook: ExcelJS.Workbook): Promise<void> {
  neutraliseWorkbook(workbook);
  await workbook.xlsx.write(res);
  res.end();
}
