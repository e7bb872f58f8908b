import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Answers shorter than this go out as they are: compressing them saves less than a packet
 * and costs the time of a compressor's setup (see docs/operations.md, "Compression and caching").
 */
export const COMPRESS_THRESHOLD = 1024;

export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to send a body in, from the request's `Accept-Encoding` and the codings on offer
 * (in the server's order of preference), or null for the body as it is. A coding named with
 * `q=0` is refused, `*` stands for every coding not named, and of the codings the client
 * weighs the same the server's order decides (Brotli before gzip: smaller for the same work).
 */
export function acceptedEncoding(header: string | string[] | undefined, offered: readonly ContentCoding[] = ['br', 'gzip']): ContentCoding | null {
  if (!header || offered.length === 0) return null;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key.toLowerCase() === 'q') q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value ?? '') ? Number(value) : 0;
    }
    // x-gzip is an old name of gzip.
    const key = coding === 'x-gzip' ? 'gzip' : coding;
    weights.set(key, Math.max(weights.get(key) ?? 0, q));
  }
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of offered) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Bodies up to this size are compressed on the main thread: it takes well under a tenth of a
 * millisecond for a page of 50 rows (8 kB), less than handing the work to a thread and back.
 * Larger ones go to libuv's threads, so a long answer does not hold up the requests behind it.
 */
const SYNC_LIMIT = 64 * 1024;

function brotliOptions(size: number): zlib.BrotliOptions {
  return { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size } };
}

/**
 * A body compressed on the fly: Brotli at quality 4 and gzip at level 6, which cost about the
 * same and keep a 100 kB answer to a millisecond or two (the files of the dashboard are
 * compressed harder once, when it is built).
 */
export async function compressBody(body: string | Buffer, coding: ContentCoding): Promise<Buffer> {
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  if (size <= SYNC_LIMIT) return coding === 'gzip' ? zlib.gzipSync(body, { level: 6 }) : zlib.brotliCompressSync(body, brotliOptions(size));
  return coding === 'gzip' ? gzip(body, { level: 6 }) : brotli(body, brotliOptions(size));
}

/** Adds Accept-Encoding to the answer's Vary, once. */
export function varyOnEncoding(res: ServerResponse): void {
  const vary = res.getHeader('Vary');
  const current = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current)) return;
  res.setHeader('Vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * Sends a complete body, compressed when it is at least `COMPRESS_THRESHOLD` bytes long and the
 * client takes Brotli or gzip; Content-Length is the length sent. The GraphQL endpoint answers
 * through this (see root/graphql/http.ts): below the threshold it costs one length check.
 */
export async function sendMaybeCompressed(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  varyOnEncoding(res);
  const coding = Buffer.byteLength(body) >= COMPRESS_THRESHOLD && !res.hasHeader('Content-Encoding') ? acceptedEncoding(req.headers['accept-encoding']) : null;
  if (!coding) {
    res.end(body);
    return;
  }
  const compressed = await compressBody(body, coding);
  res.setHeader('Content-Encoding', coding);
  res.setHeader('Content-Length', compressed.length);
  res.end(compressed);
}

/**
 * Compression for what the Express router answers (the public pages, index.html, error
 * answers): text over `COMPRESS_THRESHOLD`, in Brotli or gzip as the client asks. Downloads are
 * left alone: xlsx is a zip already, PDFs and photos are compressed in their own formats (their
 * types are not compressible), and nothing sent as an attachment is touched. A file already sent
 * with a Content-Encoding (the dashboard's precompressed files) goes out as it is.
 */
export function compressedAnswers(): RequestHandler {
  return compression({
    threshold: COMPRESS_THRESHOLD,
    filter: (req, res) => !/^\s*attachment/i.test(String(res.getHeader('Content-Disposition') ?? '')) && compression.filter(req, res),
  });
}
