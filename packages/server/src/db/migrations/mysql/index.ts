import { Initial1795754999715 } from './1795754999715-initial';
import { AccountsAndAudit1795756817963 } from './1795756817963-accounts-and-audit';

/** MySQL / MariaDB migrations, oldest first. */
export const mysqlMigrations = [Initial1795754999715, AccountsAndAudit1795756817963];
