import { DataSource } from 'typeorm';

/**
 * The DDL that would bring the database in line with the entities; empty when the
 * migrations are complete. TypeORM reads MariaDB's catalogue correctly only through its
 * `mariadb` driver type (MariaDB reports column defaults as text), so on a MariaDB server
 * the comparison runs through a second connection of that type.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  let inspector = dataSource;
  if (dataSource.options.type === 'mysql') {
    const [{ version }] = (await dataSource.query('SELECT VERSION() AS version')) as { version: string }[];
    if (/mariadb/i.test(version)) {
      inspector = new DataSource({ ...dataSource.options, type: 'mariadb', logger: undefined, logging: false } as never);
      await inspector.initialize();
    }
  }
  try {
    const log = await inspector.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
  } finally {
    if (inspector !== dataSource) await inspector.destroy();
  }
}
