import express, { type RequestHandler } from 'express';
import type { DomainError } from './errors';
import { sendError } from './http';

/**
 * Reads an upload, the file as the raw body, up to `limit` bytes. A larger one is answered the
 * way every other refused file of its kind is (`tooLarge`'s error, 400 with the limit in the
 * message) instead of the server's generic "request body is too large"; its bytes are read and
 * dropped, not kept.
 */
export function uploadBody(limit: number, tooLarge: () => DomainError): RequestHandler {
  const raw = express.raw({ type: () => true, limit });
  return (req, res, next) =>
    raw(req, res, (error?: unknown) => {
      if ((error as { type?: unknown } | undefined)?.type !== 'entity.too.large') return next(error);
      sendError(res, tooLarge());
    });
}
