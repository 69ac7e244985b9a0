/**
 * One `estate import` in a process of its own, for the import benchmark:
 * the CLI command's body (server/cli/import.command.ts) on the bench's
 * Neo4j, reporting how long the import took and the process's peak RSS.
 * Run by import.scenario.ts through fork (IPC), never by hand.
 */
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { createDriver, Executor } from '../../../graph/platform/executor';
import type { ImportKind } from '../../../graph/model/imports';
import { runImportCommand, useImportHeapPolicy } from '../../../server/cli/import.command';
import type { ImportFlags } from '../../../server/cli/import.command';

interface Request {
  uri: string;
  file: string;
  kind: ImportKind;
  flags: ImportFlags;
}

const sink = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

process.once('message', (request: Request) => {
  // The heap policy `estate import` runs under (import.command.ts).
  useImportHeapPolicy();
  void (async () => {
    const driver = createDriver({
      uri: request.uri,
      user: process.env.NEO4J_USER,
      password: process.env.NEO4J_PASSWORD,
    });
    const executor = new Executor(driver, { database: process.env.NEO4J_DATABASE, timeoutMs: 120_000 });
    try {
      const started = performance.now();
      const job = await runImportCommand(
        request.kind,
        request.file,
        { ...request.flags, progress: false },
        {
          openDatabase: async () => ({ executor, close: async () => {} }),
          stdout: sink(),
          stderr: sink(),
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const { id, status, rowsRead, created, updated, unchanged, errors, message } = job;
      process.send!({
        type: 'done',
        job: { id, status, rowsRead, created, updated, unchanged, errors, message },
        seconds,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      });
    } catch (error) {
      process.send!({ type: 'failed', message: (error as Error).stack ?? String(error) });
    } finally {
      await driver.close();
      process.disconnect();
    }
  })();
});
