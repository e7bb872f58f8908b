import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { chineseDate } from '../common/dates';
import { ServiceUnavailableError } from '../kernel/errors';

/** Fonts with Chinese glyphs that Debian and most Linux images carry, with the face to use in collections. */
const KNOWN_FONTS = [
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular',
  '/usr/share/fonts/truetype/arphic/uming.ttc#AR-PL-UMing-CN',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
];

export interface CertificateFont {
  path: string;
  family?: string;
}

/** The configured font, else the first known one on this machine; null when there is none. */
export function findCertificateFont(configured: string | null): CertificateFont | null {
  for (const spec of configured ? [configured] : KNOWN_FONTS) {
    const [path, family] = spec.split('#');
    if (fs.existsSync(path)) return { path, family };
  }
  return null;
}

/** The font to print Chinese with (findCertificateFont), or SERVICE_UNAVAILABLE saying how to install one. */
export function requireCertificateFont(configured: string | null): CertificateFont {
  const font = findCertificateFont(configured);
  if (!font) throw new ServiceUnavailableError('no font with Chinese glyphs is installed; install fonts-wqy-zenhei or set CERTIFICATE_FONT');
  return font;
}

export interface CertificateData {
  holderName: string;
  classTitle: string;
  organizerName: string;
  startsOn: string;
  endsOn: string;
  hours: number;
  completedOn: string;
  code: string;
  verifyUrl: string;
}


/** "于 2026年12月5日" for a class of one day, "于 2026年12月3日 至 2026年12月5日" for longer ones. */
export function certificatePeriod(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? `于 ${chineseDate(startsOn)}` : `于 ${chineseDate(startsOn)} 至 ${chineseDate(endsOn)}`;
}

/** The certificate's sentence: when, where, how many hours. */
export function certificateSentence(data: Pick<CertificateData, 'startsOn' | 'endsOn' | 'organizerName' | 'classTitle' | 'hours'>): string {
  return `${certificatePeriod(data.startsOn, data.endsOn)} 参加${data.organizerName}举办的「${data.classTitle}」，完成学习 ${data.hours} 学时，经考核合格，准予结业。`;
}

/** Runs kept on one line: a date (or a year, or a year and month), a number with its unit, a Latin word; else one character. */
const UNBREAKABLE = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d+\s*学时|[A-Za-z0-9]+(?:[-.'][A-Za-z0-9]+)*|\s+|[\s\S]/gu;
/** Marks that never begin a line (they stay with what precedes) or end one (they go with what follows). */
const NO_LINE_START = /^[，。、；：！？」』）》〉,.;:!?)]$/u;
const NO_LINE_END = /[「『（《〈(]\s*$/u;

/**
 * Lays `text` out in lines at most `width` wide (as `measure` gives widths): Chinese breaks between
 * characters, but a date (2026年12月5日), a number with its unit, or a Latin word never breaks, no
 * line begins with a closing mark or ends with an opening one, and no line begins with a space.
 */
export function layoutLines(text: string, width: number, measure: (s: string) => number): string[] {
  const tokens: string[] = [];
  for (const token of text.match(UNBREAKABLE) ?? []) {
    const last = tokens.length - 1;
    // A space stays at the end of what precedes it, so what follows a break never begins with one.
    if (last >= 0 && (/^\s+$/u.test(token) || NO_LINE_START.test(token) || NO_LINE_END.test(tokens[last]))) tokens[last] += token;
    else tokens.push(token);
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && measure(line + token) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** A one-page A4 certificate of completion, the verification code and address printed on it. */
export function renderCertificate(font: CertificateFont, data: CertificateData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 60, info: { Title: `结业证书 ${data.code}`, Author: data.organizerName } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const { width, height } = doc.page;
    doc.lineWidth(3).strokeColor('#b71c1c').rect(28, 28, width - 56, height - 56).stroke();
    doc.lineWidth(1).rect(38, 38, width - 76, height - 76).stroke();
    if (font.family) doc.font(font.path, font.family);
    else doc.font(font.path);
    doc.fillColor('#b71c1c').fontSize(40).text('结 业 证 书', 60, 90, { align: 'center', width: width - 120 });
    doc.fillColor('#222').fontSize(20).text(`${data.holderName} 同志：`, 110, 190, { lineBreak: false });
    // The sentence is laid out here, line by line, so that a date never breaks across lines.
    doc.fontSize(18);
    const lineHeight = doc.currentLineHeight() + 10;
    let y = 235;
    for (const line of layoutLines(certificateSentence(data), width - 260, (s) => doc.widthOfString(s))) {
      doc.text(line, 150, y, { lineBreak: false });
      y += lineHeight;
    }
    doc.fontSize(16).text(data.organizerName, width - 420, height - 190, { width: 300, align: 'right' });
    doc.text(chineseDate(data.completedOn), width - 420, height - 162, { width: 300, align: 'right' });
    doc.fillColor('#555').fontSize(11).text(`证书验证码：${data.code}    验证地址：${data.verifyUrl}`, 60, height - 90, { width: width - 120, align: 'center' });
    doc.end();
  });
}
