/** `npm run schema`: write schema/schema.graphql from the decorated classes (a test keeps it current). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { buildEstateSchema } from './build';

export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.graphql');

export function printEstateSchema(): string {
  return `${printSchema(buildEstateSchema())}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, printEstateSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
