import 'reflect-metadata';
import { SCHEMA_FILE, createSchema } from '../root/schema';

createSchema({ emitTo: SCHEMA_FILE })
  .then(() => console.log(`Wrote ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
