import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A stored file: a processed photo today, a scanned material tomorrow. The bytes live in the
 * database, so every server behind a load balancer reads the same files and a backup of the
 * database holds them (docs/operations.md, "Several servers").
 */
@Entity('stored_file')
export class StoredFile {
  /** The name the records use, e.g. `<uuid>-1200.webp`. */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  byteSize: number;

  /** Of the whole file, hex: what a restored copy is checked against. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}

/**
 * One piece of a stored file, in order. Pieces stay under a plain BLOB's 64 KiB on MySQL and
 * MariaDB, so the same column type serves both databases, no statement carries more than a few
 * hundred kilobytes, and a replicated cluster never ships one huge write set.
 */
@Entity('stored_file_chunk')
export class StoredFileChunk {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  fileKey: string;

  @PrimaryColumn({ type: 'int' })
  n: number;

  @Column({ type: 'blob' })
  data: Buffer;
}
