/**
 * What the import and export commands need from the process: a database
 * (opened the way `serve` opens it: embedded unless NEO4J_URI) and the
 * output streams. Tests pass their own, pointed at the test Neo4j.
 */
import pino from 'pino';
import type { Executor } from '../../graph/executor';
import { loadConfig } from '../config';
import type { Config } from '../config';
import { openDatabase } from '../database';
import type { DatabaseOptions } from '../database';

export interface CliDatabase {
  executor: Executor;
  close(): Promise<void>;
}

export interface CliContext {
  openDatabase(): Promise<CliDatabase>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** How `estate` turns its configuration into database options (server/main.ts's, so every command opens Neo4j alike). */
export type DatabaseOptionsOf = (config: Config) => DatabaseOptions;

/** The real process: configuration from the environment, logs on stderr so stdout stays clean for CSV. */
export function processContext(optionsOf: DatabaseOptionsOf): CliContext {
  return {
    openDatabase: async () => {
      const config = loadConfig();
      const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
      return openDatabase({ ...optionsOf(config), shareRunning: true }, logger);
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
