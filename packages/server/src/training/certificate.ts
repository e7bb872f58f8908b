import fs from 'node:fs';
import PDFDocument from 'pdfkit';

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

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
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
    doc.fillColor('#222').fontSize(20).text(`${data.holderName} 同志：`, 110, 190);
    doc
      .fontSize(18)
      .text(
        `于 ${chineseDate(data.startsOn)} 至 ${chineseDate(data.endsOn)} 参加${data.organizerName}举办的「${data.classTitle}」，完成学习 ${data.hours} 学时，经考核合格，准予结业。`,
        150,
        235,
        { width: width - 260, lineGap: 10 },
      );
    doc.fontSize(16).text(data.organizerName, width - 420, height - 190, { width: 300, align: 'right' });
    doc.text(chineseDate(data.completedOn), width - 420, height - 162, { width: 300, align: 'right' });
    doc.fillColor('#555').fontSize(11).text(`证书验证码：${data.code}    验证地址：${data.verifyUrl}`, 60, height - 90, { width: width - 120, align: 'center' });
    doc.end();
  });
}
