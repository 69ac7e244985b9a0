/**
 * Reaching the Neo4j named by NEO4J_URI before anything else starts, so that a
 * wrong or stopped server costs a person one line that names the variable and
 * the cause first (the driver puts the cause at the end of a 300-character
 * sentence), says how long Estate keeps trying, and ends in a line that says
 * what to do.
 */
import type { Neo4jConnection } from '../graph/platform/executor';
import { createDriver } from '../graph/platform/executor';

/** The cause of a failed connection, in a few words a person can act on. */
export function neo4jCause(error: unknown): { cause: string; retry: boolean } {
  const e = error as { code?: string; message?: string; cause?: { message?: string } };
  const text = `${e.message ?? String(error)} ${e.cause?.message ?? ''}`;
  if (e.code?.startsWith('Neo.ClientError.Security.') || /unauthori[sz]ed|authentication/i.test(text)) {
    return { cause: 'authentication failed (check NEO4J_USER and NEO4J_PASSWORD)', retry: false };
  }
  if (/ECONNREFUSED/.test(text)) return { cause: 'connection refused', retry: true };
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return { cause: 'host not found', retry: true };
  if (/ETIMEDOUT|timed? ?out/i.test(text)) return { cause: 'connection timed out', retry: true };
  if (/ECONNRESET|encryption|SSL|TLS/i.test(text)) {
    return {
      cause: 'connection reset (is it a Bolt port, and is the scheme right: bolt:// or bolt+s://?)',
      retry: true,
    };
  }
  if (/database does not exist|DatabaseNotFound/i.test(text)) {
    return { cause: 'no such database (check NEO4J_DATABASE)', retry: false };
  }
  const first = (e.message ?? String(error)).split(/\.\s/)[0];
  return { cause: first.length > 120 ? `${first.slice(0, 117)}...` : first, retry: true };
}

/**
 * Wait until NEO4J_URI answers, for at most `waitSeconds`; `say` gets one line when the first attempt
 * fails. Throws one line that names the variable and the cause.
 */
export async function reachNeo4jUri(
  conn: Neo4jConnection,
  waitSeconds: number,
  say: (line: string) => void,
): Promise<void> {
  const driver = createDriver(conn);
  const started = Date.now();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.verifyConnectivity();
        if (attempt > 1) say(`estate: NEO4J_URI=${conn.uri} answers now`);
        return;
      } catch (error) {
        const { cause, retry } = neo4jCause(error);
        const elapsed = Date.now() - started;
        if (!retry || elapsed >= waitSeconds * 1000) {
          const after = retry ? `; gave up after ${Math.round(elapsed / 1000)} s` : '';
          throw new Error(
            `cannot reach NEO4J_URI=${conn.uri}: ${cause}${after} (start that Neo4j, fix the variable, or unset it to use the embedded Neo4j)`,
          );
        }
        if (attempt === 1)
          say(`estate: cannot reach NEO4J_URI=${conn.uri}: ${cause}; retrying for ${waitSeconds} s...`);
        const delay = Math.min(500 * 2 ** (attempt - 1), 8000, Math.max(waitSeconds * 1000 - elapsed, 0));
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  } finally {
    await driver.close();
  }
}
