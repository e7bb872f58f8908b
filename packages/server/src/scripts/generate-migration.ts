import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../root/data-source';
import { pendingSchemaChanges } from '../db/pending-schema';

// Usage: node dist/scripts/generate-migration.js <sqlite|mysql> <Name>
// Runs the existing migrations of the dialect on an empty database, then writes the
// DDL still needed to match the entities as a new migration under src/db/migrations/<dialect>.
async function main(): Promise<void> {
  const [dialect, name] = process.argv.slice(2);
  if ((dialect !== 'sqlite' && dialect !== 'mysql') || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: generate-migration <sqlite|mysql> <PascalCaseName>');
  }
  let cleanup = async () => undefined as void;
  let dataSource;
  if (dialect === 'sqlite') {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-migration-')), 'db.sqlite');
    dataSource = createDataSource({ type: 'sqlite', file });
  } else {
    const base = process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306';
    const database = `guildhall_generate_${Date.now()}`;
    const admin = await createConnection(base);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const url = new URL(base);
    url.pathname = `/${database}`;
    dataSource = createDataSource({ type: 'mysql', url: url.toString(), poolSize: 2 });
    cleanup = async () => {
      await admin.query(`DROP DATABASE \`${database}\``);
      await admin.end();
    };
  }
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const { up, down } = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log('Nothing to generate: the migrations match the entities');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }
}
`;
    const dir = path.resolve(__dirname, '../../src/db/migrations', dialect);
    const file = path.join(dir, `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
    fs.writeFileSync(file, body);
    console.log(`Wrote ${file}; add it to ${path.join(dir, 'index.ts')}`);
  } finally {
    await dataSource.destroy();
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
