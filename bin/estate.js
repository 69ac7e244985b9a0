#!/usr/bin/env node
// The `estate` command: runs the compiled CLI (npm run build makes dist/).
require('../dist/server/main.js')
  .cli()
  .parseAsync(process.argv)
  .catch((error) => {
    console.error(`estate: ${error.message}`);
    process.exit(1);
  });
