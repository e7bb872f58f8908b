import { Initial1795754999715 } from './1795754999715-initial';

/** MySQL / MariaDB migrations, oldest first. */
export const mysqlMigrations = [Initial1795754999715];
