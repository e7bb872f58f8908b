import type { RequestHandler } from 'express';
import { EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';
import sharp from 'sharp';
import { BadInputError } from '../../kernel/errors';
import { uploadBody } from '../../kernel/upload-body';
import { MaterialFileType } from './material.entity';

/** A material's file at most: a scanned document of some pages, not an archive. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;
/** Pages a PDF may have: every form of the rules is a few pages; a whole scanned file is not one material. */
export const MAX_MATERIAL_PAGES = 60;
/** A scan or photo past this is refused before it is decoded (an image bomb). */
const MAX_PIXELS = 50_000_000;
/** Smaller than this is no readable page. */
const MIN_SIDE = 300;
const NAME_MAX = 100;

const CONTENT_TYPES: Record<MaterialFileType, string> = { PDF: 'application/pdf', JPEG: 'image/jpeg', PNG: 'image/png' };
export const contentTypeOf = (type: MaterialFileType) => CONTENT_TYPES[type];

/**
 * Names that carry what a document must not: scripts, files inside it, programs started from it,
 * forms that run code (XFA), media players. A PDF with any of them is refused.
 */
const ACTIVE_KEYS = ['JS', 'JavaScript', 'EmbeddedFile', 'EmbeddedFiles', 'Launch', 'RichMedia', 'XFA'];
const ACTIVE_ACTIONS = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'RichMediaExecute']);

function tooLarge(): BadInputError {
  return BadInputError.field('file', 'fileTooLarge', `a material's file may be at most ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`, { max: MAX_MATERIAL_BYTES });
}

/** Reads a material's upload (the file as the raw body); one over the limit is refused as every refused file is. */
export function materialBody(): RequestHandler {
  return uploadBody(MAX_MATERIAL_BYTES, tooLarge);
}

/** A file checked and ready to store. */
export interface CheckedMaterial {
  type: MaterialFileType;
  data: Buffer;
  pageCount: number;
}

/** What the bytes are, by their content alone: never by the name or the type the client gave. */
function sniff(data: Buffer): MaterialFileType | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return MaterialFileType.PDF;
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return MaterialFileType.JPEG;
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return MaterialFileType.PNG;
  return null;
}

/**
 * Checks an upload: a PDF that parses, is not encrypted, has 1 to 60 pages and no active
 * content, stored as uploaded; or a JPEG or PNG of sane dimensions that decodes whole, stored
 * turned upright and re-encoded, every piece of metadata (EXIF, GPS position, camera) left
 * behind as with photos. `allowed` is what the material's kind takes.
 */
export async function checkMaterialFile(input: Buffer, allowed: readonly MaterialFileType[]): Promise<CheckedMaterial> {
  if (input.length === 0) throw BadInputError.field('file', 'fileEmpty', 'the upload is empty');
  if (input.length > MAX_MATERIAL_BYTES) throw tooLarge();
  const type = sniff(input);
  if (!type) throw BadInputError.field('file', 'fileType', 'not a PDF, JPEG or PNG file');
  if (!allowed.includes(type)) throw BadInputError.field('file', 'fileType', `this material is a ${allowed.join(' or ')} file, not ${type}`, { allowed: allowed.join(',') });
  return type === MaterialFileType.PDF ? checkPdf(input) : checkImage(input, type);
}

async function checkPdf(input: Buffer): Promise<CheckedMaterial> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw BadInputError.field('file', 'pdfEncrypted', 'the PDF is encrypted or password-protected; upload it without protection');
    throw BadInputError.field('file', 'fileCorrupt', 'the PDF is damaged and cannot be read');
  }
  const active = activeContent(doc);
  if (active) throw BadInputError.field('file', 'pdfActiveContent', `the PDF carries ${active}; print it to a plain PDF or scan it, and upload that`, { found: active });
  const pageCount = doc.getPageCount();
  if (pageCount === 0) throw BadInputError.field('file', 'fileCorrupt', 'the PDF has no pages');
  if (pageCount > MAX_MATERIAL_PAGES) {
    throw BadInputError.field('file', 'tooManyPages', `the PDF has ${pageCount} pages; a material has at most ${MAX_MATERIAL_PAGES}`, { pages: pageCount, max: MAX_MATERIAL_PAGES });
  }
  return { type: MaterialFileType.PDF, data: input, pageCount };
}

/** The first active content found anywhere in the document (a script, an embedded file, …), or null. */
function activeContent(doc: PDFDocument): string | null {
  const seen = new Set<PDFObject>();
  const walk = (object: PDFObject | undefined, depth: number): string | null => {
    if (!object || depth > 40 || seen.has(object)) return null;
    seen.add(object);
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
    if (dict) {
      for (const [key, value] of dict.entries()) {
        const name = key.decodeText();
        if (ACTIVE_KEYS.includes(name)) return name === 'JS' || name === 'JavaScript' ? 'a script (JavaScript)' : name.startsWith('Embedded') ? 'an embedded file' : `active content (${name})`;
        if (name === 'S' && value instanceof PDFName && ACTIVE_ACTIONS.has(value.decodeText())) return `an action that runs (${value.decodeText()})`;
        if (name === 'Type' && value instanceof PDFName && (value.decodeText() === 'EmbeddedFile' || value.decodeText() === 'Filespec')) return 'an embedded file';
        const found = walk(value, depth + 1);
        if (found) return found;
      }
    }
    if (object instanceof PDFArray) {
      for (const item of object.asArray()) {
        const found = walk(item, depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const found = walk(object, 0);
    if (found) return found;
  }
  return walk(doc.context.trailerInfo.Root, 0);
}

async function checkImage(input: Buffer, type: MaterialFileType): Promise<CheckedMaterial> {
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // The header alone: the dimensions are checked before any pixel is decoded.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw BadInputError.field('file', 'fileCorrupt', 'the image is damaged and cannot be read');
  }
  if (metadata.format !== (type === MaterialFileType.JPEG ? 'jpeg' : 'png')) throw BadInputError.field('file', 'fileType', 'not a PDF, JPEG or PNG file');
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width * height > MAX_PIXELS) throw BadInputError.field('file', 'imageDimensions', `the image is ${width}×${height}; at most 50 megapixels`, { width, height });
  if (width < MIN_SIDE || height < MIN_SIDE) throw BadInputError.field('file', 'imageDimensions', `the image is ${width}×${height}; a readable page is at least ${MIN_SIDE}×${MIN_SIDE}`, { width, height });
  try {
    const upright = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const data = type === MaterialFileType.JPEG ? await upright.jpeg({ quality: 90 }).toBuffer() : await upright.png().toBuffer();
    return { type, data, pageCount: 1 };
  } catch {
    throw BadInputError.field('file', 'fileCorrupt', 'the image is damaged and cannot be read');
  }
}

/**
 * The name a file was uploaded under, as the dossier shows it: at most 100 characters, none that
 * a path or a shell would read (/ \ : * ? " < > | and control characters), and not . or ..
 */
export function checkFileName(raw: string | undefined): string {
  let name: string;
  try {
    name = decodeURIComponent(raw ?? '').trim();
  } catch {
    throw BadInputError.field('fileName', 'fileName', 'the file name is not valid percent-encoded UTF-8');
  }
  if (!name) throw BadInputError.field('fileName', 'required', 'give the file\'s name (the X-File-Name header, percent-encoded)');
  // eslint-disable-next-line no-control-regex
  if (/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(name) || name === '.' || name === '..') {
    throw BadInputError.field('fileName', 'fileNameCharacters', 'a file name has no / \\ : * ? " < > | or control characters');
  }
  if ([...name].length > NAME_MAX) throw BadInputError.field('fileName', 'tooLong', `a file name has at most ${NAME_MAX} characters`, { max: NAME_MAX });
  return name;
}
