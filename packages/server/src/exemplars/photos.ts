import type { RequestHandler } from 'express';
import sharp from 'sharp';
import { BadInputError } from '../kernel/errors';
import { uploadBody } from '../kernel/upload-body';

export const PHOTO_SIZES = [1200, 400] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** Larger images are refused before they are decoded: 40 megapixels is more than any camera photo needs. */
const MAX_PIXELS = 40_000_000;
const MIN_SIDE = 200;
const FORMATS = new Set(['jpeg', 'png', 'webp']);

function photoTooLarge(): BadInputError {
  return BadInputError.field('photo', 'photoTooLarge', `a photo may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
}

/** Reads a photo upload (the image as the raw body); one over the limit is refused as every refused photo is. */
export function photoBody(): RequestHandler {
  return uploadBody(MAX_PHOTO_BYTES, photoTooLarge);
}

export interface ProcessedPhoto {
  width: number;
  height: number;
  sizes: { size: PhotoSize; data: Buffer }[];
}

/**
 * Checks an upload by its content, never its name: a JPEG, PNG or WebP that decodes whole,
 * of sane dimensions. Returns it turned upright and resized to the web sizes as WebP, with
 * every piece of metadata (EXIF, GPS position, camera) left behind.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  if (input.length === 0) throw BadInputError.field('photo', 'photoEmpty', 'the upload is empty');
  if (input.length > MAX_PHOTO_BYTES) throw photoTooLarge();
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // The header alone: the dimensions are checked below, before any pixel is decoded.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw BadInputError.field('photo', 'photoType', 'not a JPEG, PNG or WebP image');
  }
  if (!metadata.format || !FORMATS.has(metadata.format)) throw BadInputError.field('photo', 'photoType', 'not a JPEG, PNG or WebP image');
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width * height > MAX_PIXELS) throw BadInputError.field('photo', 'photoDimensions', `the image is ${width}×${height}; at most 40 megapixels`);
  if (width < MIN_SIDE || height < MIN_SIDE) throw BadInputError.field('photo', 'photoDimensions', `the image is ${width}×${height}; at least ${MIN_SIDE}×${MIN_SIDE}`);
  try {
    const upright = await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate().toBuffer({ resolveWithObject: true });
    const sizes = [];
    for (const size of PHOTO_SIZES) {
      sizes.push({ size, data: await sharp(upright.data).resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer() });
    }
    return { width: upright.info.width, height: upright.info.height, sizes };
  } catch {
    throw BadInputError.field('photo', 'photoCorrupt', 'the image is damaged and cannot be read');
  }
}
