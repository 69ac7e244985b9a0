#!/usr/bin/env node
// The `estate` command: runs the compiled CLI (dist/, made by `npm run build`). Before a build it says
// so in one line instead of crashing with "Cannot find module".
const { existsSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const main = join(root, 'dist', 'server', 'main.js');
if (!existsSync(main)) {
  const where = relative(process.cwd(), root) || '.';
  console.error(`estate: the CLI is not built yet: run npm run build first${where === '.' ? '' : ` (in ${where})`}`);
  process.exit(1);
}
require(main).main(process.argv);
