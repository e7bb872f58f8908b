import 'reflect-metadata';
import fs from 'node:fs';
import { CONTRACT_FILE, apiContract } from '../root/contract';
import { SCHEMA_FILE, createSchema } from '../root/schema';

// The API's two descriptions, both committed: the schema, and the rules a client reads beside it.
createSchema({ emitTo: SCHEMA_FILE })
  .then((schema) => {
    fs.writeFileSync(CONTRACT_FILE, `${JSON.stringify(apiContract(schema), null, 2)}\n`);
    console.log(`Wrote ${SCHEMA_FILE} and ${CONTRACT_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
