import { Initial1795754999198 } from './1795754999198-initial';

/** SQLite migrations, oldest first. */
export const sqliteMigrations = [Initial1795754999198];
