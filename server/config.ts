/**
 * Configuration from the environment, validated once at start. A bad value
 * stops the process with one line naming the variable.
 */
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /**
   * Where the embedded Neo4j keeps its data (ignored with NEO4J_URI). Unset: .estate/data under the
   * project root, whatever the working directory (server/data.folder.ts decides).
   */
  ESTATE_DATA_DIR: z.string().optional(),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('512m'),
  ESTATE_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  ESTATE_MAX_BODY: z.string().default('1mb'),
  ESTATE_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  /** How long to keep trying an unreachable NEO4J_URI at start before giving up. */
  ESTATE_NEO4J_WAIT_SECONDS: z.coerce.number().int().min(0).default(60),
  /** auto: short coloured lines on a terminal, JSON lines when piped. */
  ESTATE_LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`bad configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
