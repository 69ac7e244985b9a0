/**
 * The process logger: one line of JSON per event when the output is a pipe or
 * a file (what log shippers read), and short coloured lines when a person
 * watches it in a terminal. ESTATE_LOG_FORMAT=json|pretty overrides the guess.
 */
import pino from 'pino';
import type { Logger } from 'pino';
import PinoPretty from 'pino-pretty';

export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  level: string;
  /** 1 (stdout, the server's) or 2 (stderr, the CLI's: its stdout carries CSV or a token). */
  fd: 1 | 2;
  format?: LogFormat;
}

/** Whether logs on this file descriptor are read by a person (a terminal) rather than a program. */
export function wantsPretty(fd: 1 | 2, format: LogFormat = 'auto'): boolean {
  if (format !== 'auto') return format === 'pretty';
  return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
}

export function createLogger(options: LoggerOptions): Logger {
  if (!wantsPretty(options.fd, options.format)) return pino({ level: options.level }, pino.destination(options.fd));
  return pino(
    { level: options.level },
    // Synchronous, so the last lines before an exit are not lost.
    PinoPretty({
      destination: options.fd,
      sync: true,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      singleLine: true,
    }),
  );
}
