import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from './database';
import { StoredFile, StoredFileChunk } from './stored-file.entity';

/** Bytes per piece: under MySQL's 65,535-byte BLOB. */
const CHUNK_BYTES = 60_000;
/** Pieces per INSERT: about 3.6 MB, well under the server's max_allowed_packet (16 MB by default). */
const CHUNKS_PER_INSERT = 60;
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

export interface FileContent {
  data: Buffer;
  contentType: string;
  sha256: string;
}

/**
 * Where uploaded files are kept: in the database, written in the transaction of the record that
 * names them, so a refused or failed change stores nothing, a removed record takes its file with
 * it, and every server and every backup sees the same files (docs/operations.md, "Several servers").
 */
export class FileStore {
  constructor(private readonly db: Database) {}

  /** Stores a new file under a key no file has; inside the caller's transaction. */
  async put(em: EntityManager, key: string, data: Buffer, contentType: string): Promise<void> {
    checkKey(key);
    const sha256 = createHash('sha256').update(data).digest('hex');
    await em.insert(StoredFile, { key, contentType, byteSize: data.length, sha256 });
    const chunks: { fileKey: string; n: number; data: Buffer }[] = [];
    for (let offset = 0, n = 0; offset < data.length || n === 0; offset += CHUNK_BYTES, n += 1) {
      chunks.push({ fileKey: key, n, data: data.subarray(offset, offset + CHUNK_BYTES) });
    }
    for (let i = 0; i < chunks.length; i += CHUNKS_PER_INSERT) await em.insert(StoredFileChunk, chunks.slice(i, i + CHUNKS_PER_INSERT));
  }

  /** The file under a key, whole, or null when there is none; one statement, so one snapshot. */
  async get(key: string, em: EntityManager = this.db.manager): Promise<FileContent | null> {
    if (!KEY.test(key)) return null;
    const rows: { byteSize: number | string; contentType: string; sha256: string; data: Buffer }[] = await em
      .createQueryBuilder(StoredFileChunk, 'c')
      .innerJoin(StoredFile, 'f', 'f.key = c.fileKey')
      .select(['f.byteSize AS byteSize', 'f.contentType AS contentType', 'f.sha256 AS sha256', 'c.data AS data'])
      .where('f.key = :key', { key })
      .orderBy('c.n', 'ASC')
      .getRawMany();
    if (!rows.length) return null;
    const data = Buffer.concat(rows.map((r) => r.data));
    if (data.length !== Number(rows[0].byteSize)) throw new Error(`stored file ${key} is incomplete: ${data.length} of ${rows[0].byteSize} bytes`);
    return { data, contentType: rows[0].contentType, sha256: rows[0].sha256 };
  }

  /** Removes a file, inside the caller's transaction; a key with no file is no error. */
  async delete(em: EntityManager, key: string): Promise<void> {
    checkKey(key);
    await em.delete(StoredFileChunk, { fileKey: key });
    await em.delete(StoredFile, { key });
  }

  /** Whether a file is stored under the key. */
  async has(key: string, em: EntityManager = this.db.manager): Promise<boolean> {
    return KEY.test(key) && (await em.existsBy(StoredFile, { key }));
  }
}

function checkKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`not a file key: ${key}`);
}
