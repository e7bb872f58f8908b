import type { Logger, QueryRunner } from 'typeorm';

/** The credentials epoch's read. */
const EPOCH_READ = /^SELECT \S+ FROM [`"]credential_epoch[`"]/;

/** Counts the SQL statements a data source sends (tests and the benchmark read it), and prints them when asked. */
export class QueryCounter implements Logger {
  count = 0;

  constructor(private readonly echo = false) {}

  reset(): void {
    this.count = 0;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE|PRAGMA|SELECT VERSION\(\))/i.test(query)) return;
    // The credentials epoch is read at most once a second per server, not per request (accounts/credential-cache.ts).
    if (EPOCH_READ.test(query)) return;
    this.count += 1;
    if (this.echo) process.stdout.write(`[sql] ${query}\n`);
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.echo) process.stdout.write(`[sql error] ${String(error)} in ${query}\n`);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
