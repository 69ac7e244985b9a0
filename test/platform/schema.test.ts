/** The committed schema and generated SDK must match the code that produces them. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printEstateSchema, SCHEMA_FILE } from '../../server/graphql/emit';

const ROOT = join(__dirname, '..', '..');

it('schema/schema.graphql is current (run `npm run schema` when this fails)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printEstateSchema());
});

it('sdk/generated.ts is current (run `npm run codegen` when this fails)', () => {
  // The codegen CLI loads ES modules jest cannot, so it runs in a child process, writing nothing.
  const script = `const codegen = require('@graphql-codegen/cli');
    codegen.loadCodegenConfig({ configFilePath: 'codegen.yml' })
      .then(({ config }) => codegen.generate({ ...config, cwd: process.cwd(), silent: true }, false))
      .then((out) => process.stdout.write(out[0].content))`;
  const generated = execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(generated).toBe(readFileSync(join(ROOT, 'sdk/generated.ts'), 'utf8'));
}, 120_000);
