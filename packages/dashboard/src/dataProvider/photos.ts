import { MAX_PHOTO_BYTES } from '../exemplars/exemplar';

export type RawError = { message?: string; extensions?: Record<string, unknown> };

/** An API error as the SDK makes them, from a REST answer's `{ errors: [...] }`. */
export function restError(raw: RawError | undefined, status: number): Error {
  const extensions = raw?.extensions ?? { code: status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' };
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  return Object.assign(new Error(raw?.message ?? `HTTP ${status}`), { name: 'ApiError', code, fields: Array.isArray(extensions.fields) ? extensions.fields : [], extensions, status });
}

const tooLarge = () => restError({ message: 'the photo is too large', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'photo', constraint: 'photoTooLarge', message: 'the photo is too large' }] } }, 413);

/** Sends a photo to a REST endpoint beside GraphQL; resolves to the answer's `data`, or throws the API error it carries. */
export async function postPhoto<T>(fetchImpl: typeof fetch, url: string, file: Blob): Promise<T> {
  // The server refuses more than 8 MB (413) before reading it: no need to send it.
  if (file.size > MAX_PHOTO_BYTES) throw tooLarge();
  const response = await fetchImpl(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'guildhall', 'Content-Type': file.type || 'application/octet-stream' },
    body: file,
  });
  if (response.status === 413) throw tooLarge();
  let body: { data?: T; errors?: RawError[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok || !body?.data) throw restError(body?.errors?.[0], response.status);
  return body.data;
}
