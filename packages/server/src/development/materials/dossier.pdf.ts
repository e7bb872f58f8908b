import { PDFDocument as PdfLib, StandardFonts, rgb } from 'pdf-lib';
import PDFDocument from 'pdfkit';
import { chineseDate } from '../../common/dates';
import { layoutLines, type CertificateFont } from '../../training';
import { MaterialFileType } from './material.entity';

/** A line of the table of contents: a material in the dossier, or a required one not filed. */
export interface DossierLine {
  name: string;
  /** 形成时间; null for one not filed. */
  formedOn: string | null;
  pages: number;
  /** The file, for one in the dossier. */
  file: { type: MaterialFileType; data: Buffer } | null;
}

/** Who the dossier is of, for its heading. */
export interface DossierHead {
  name: string;
  organization: string;
  stage: string;
  printedOn: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
/** 序号, 材料名称, 形成时间, 页数, 页码: the columns' left edges and widths. */
const COLUMNS = [
  { title: '序号', x: MARGIN, width: 40 },
  { title: '材料名称', x: MARGIN + 40, width: 235 },
  { title: '形成时间', x: MARGIN + 275, width: 85 },
  { title: '页数', x: MARGIN + 360, width: 45 },
  { title: '页码', x: MARGIN + 405, width: 90 },
];


/** The table of contents, its page numbers counted from `firstPages` (the page each filed material starts on). */
function renderContents(font: CertificateFont, head: DossierHead, lines: DossierLine[], firstPages: (number | null)[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: A4, margin: MARGIN, info: { Title: `入党材料目录 ${head.name}`, Author: head.organization } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (font.family) doc.font(font.path, font.family);
    else doc.font(font.path);
    doc.fillColor('#222').fontSize(22).text('入党材料目录', MARGIN, 60, { align: 'center', width: A4[0] - 2 * MARGIN });
    doc.fontSize(11).fillColor('#444');
    doc.text(`姓名：${head.name}　　所在党组织：${head.organization}`, MARGIN, 100, { width: A4[0] - 2 * MARGIN });
    doc.text(`当前阶段：${head.stage}　　打印日期：${chineseDate(head.printedOn)}`, MARGIN, doc.y + 4, { width: A4[0] - 2 * MARGIN });
    let y = doc.y + 14;
    const header = () => {
      doc.fontSize(11).fillColor('#222');
      doc.lineWidth(1).strokeColor('#222').moveTo(MARGIN, y).lineTo(A4[0] - MARGIN, y).stroke();
      for (const c of COLUMNS) doc.text(c.title, c.x + 4, y + 6, { width: c.width - 8, lineBreak: false });
      y += 24;
      doc.moveTo(MARGIN, y).lineTo(A4[0] - MARGIN, y).stroke();
    };
    header();
    doc.fontSize(10.5);
    const lineHeight = doc.currentLineHeight() + 3;
    lines.forEach((line, i) => {
      const nameLines = layoutLines(line.name + (line.file ? '' : '（未归档）'), COLUMNS[1].width - 8, (s) => doc.widthOfString(s));
      const height = Math.max(1, nameLines.length) * lineHeight + 10;
      if (y + height > A4[1] - MARGIN - 20) {
        doc.addPage();
        y = MARGIN;
        header();
        doc.fontSize(10.5);
      }
      const first = firstPages[i];
      const cells = [String(i + 1), null, line.formedOn ? chineseDate(line.formedOn) : '—', line.file ? String(line.pages) : '—', first === null ? '—' : line.pages > 1 ? `${first}–${first + line.pages - 1}` : String(first)];
      doc.fillColor(line.file ? '#222' : '#b71c1c');
      cells.forEach((text, c) => {
        if (text !== null) doc.text(text, COLUMNS[c].x + 4, y + 5, { width: COLUMNS[c].width - 8, lineBreak: false });
      });
      nameLines.forEach((text, n) => doc.text(text, COLUMNS[1].x + 4, y + 5 + n * lineHeight, { lineBreak: false }));
      y += height;
      doc.lineWidth(0.5).strokeColor('#999').moveTo(MARGIN, y).lineTo(A4[0] - MARGIN, y).stroke();
    });
    doc.end();
  });
}

/**
 * The dossier as one PDF: its table of contents (序号, 材料名称, 形成时间, 页数, 页码) in Chinese,
 * then each filed material in order — a PDF's pages as they are, a scanned page fitted to A4 —
 * and every page numbered. Required materials not filed are listed, marked, with no pages.
 */
export async function renderDossier(font: CertificateFont, head: DossierHead, lines: DossierLine[]): Promise<{ pdf: Buffer; pages: number }> {
  // The contents first without page numbers, to learn how many pages they take.
  const draft = await PdfLib.load(await renderContents(font, head, lines, lines.map(() => null)));
  let next = draft.getPageCount() + 1;
  const firstPages = lines.map((line) => {
    if (!line.file) return null;
    const first = next;
    next += line.pages;
    return first;
  });
  const out = await PdfLib.load(await renderContents(font, head, lines, firstPages));
  out.setTitle(`入党材料 ${head.name}`);
  out.setCreator('Guildhall');
  for (const line of lines) {
    if (!line.file) continue;
    if (line.file.type === MaterialFileType.PDF) {
      const source = await PdfLib.load(line.file.data, { updateMetadata: false });
      for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
      continue;
    }
    const image = line.file.type === MaterialFileType.JPEG ? await out.embedJpg(line.file.data) : await out.embedPng(line.file.data);
    const page = out.addPage(A4);
    const scale = Math.min((A4[0] - 2 * 36) / image.width, (A4[1] - 2 * 36 - 20) / image.height, 1);
    const width = image.width * scale;
    const height = image.height * scale;
    page.drawImage(image, { x: (A4[0] - width) / 2, y: (A4[1] - height) / 2 + 10, width, height });
  }
  const numbers = await out.embedFont(StandardFonts.Helvetica);
  const total = out.getPageCount();
  out.getPages().forEach((page, i) => {
    const text = `- ${i + 1} / ${total} -`;
    const { width } = page.getSize();
    page.drawText(text, { x: width / 2 - numbers.widthOfTextAtSize(text, 9) / 2, y: 18, size: 9, font: numbers, color: rgb(0.3, 0.3, 0.3) });
  });
  return { pdf: Buffer.from(await out.save()), pages: total };
}
