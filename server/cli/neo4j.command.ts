/**
 * `estate neo4j status|stop`: see and stop the warm Neo4j a short-lived command left running on a data
 * folder (graph/platform/embedded/warm.ts). Neither opens the database, so both answer at once.
 * `estate serve` stops a warm Neo4j the same way before it starts its own, supervised one.
 */
import type { Command } from 'commander';
import { describeDuration, isAlive, keepWarmFromEnv, stopWarm } from '../../graph/platform/embedded/warm';
import type { WarmLease } from '../../graph/platform/embedded/warm';
import { loadConfig } from '../config';
import { chooseDatabase, describeAge, folderFlagsOf } from '../data.folder';
import type { DatabaseTarget, FolderFlags } from '../data.folder';

export interface Neo4jCommandIo {
  stdout: NodeJS.WritableStream;
}

/** The commands using a warm Neo4j now, other than this process. */
export function usersOf(lease: WarmLease): number[] {
  return lease.users.filter((pid) => pid !== process.pid && isAlive(pid));
}

/**
 * Stop the warm Neo4j of a data folder, refusing while another command uses it (unless forced: that
 * command then fails), and say what was stopped.
 */
export async function stopWarmNeo4j(
  dataDir: string,
  lease: WarmLease,
  opts: { force?: boolean; flags: string },
): Promise<string> {
  const users = usersOf(lease);
  if (users.length && !opts.force) {
    throw new Error(
      `the warm Neo4j of ${dataDir} is in use by estate command pid ${users.join(', ')}: wait for it to finish, or stop it anyway with \`estate neo4j stop --force${opts.flags}\` (that command then fails)`,
    );
  }
  await stopWarm(dataDir, lease);
  return `stopped the warm Neo4j of ${dataDir} (pid ${lease.pid}, up ${describeAge(Date.now() - lease.startedAt)})`;
}

/** What `estate neo4j status` prints for a target. */
export function describeStatus(target: DatabaseTarget, keepWarmMs: number, now = Date.now()): string {
  switch (target.kind) {
    case 'uri':
      return `NEO4J_URI=${target.uri} is set: commands use that Neo4j and none is kept warm`;
    case 'running':
      return target.server
        ? `the embedded Neo4j of ${target.dataDir} (${target.uri}) belongs to the running server at ${target.server.url} (pid ${target.server.pid}); it stops with the server`
        : `the embedded Neo4j of ${target.dataDir} (${target.uri}) belongs to another estate command; it stops with it`;
    case 'warm': {
      const { lease } = target;
      const users = usersOf(lease);
      const left = lease.deadline - now;
      return [
        `warm Neo4j of ${target.dataDir}: pid ${lease.pid}, ${lease.uri}, started ${describeAge(now - lease.startedAt)} ago`,
        users.length
          ? `in use by estate command pid ${users.join(', ')}`
          : `stops itself in ${describeAge(left)} (at ${new Date(lease.deadline).toISOString()}) unless a command uses it`,
        `kept warm for ${describeDuration(lease.idleMs)} after each command; \`estate neo4j stop${folderFlagsOf(target)}\` stops it now`,
      ].join('\n');
    }
    case 'own':
      return keepWarmMs > 0
        ? `no Neo4j runs on ${target.dataDir}: the next command starts one and keeps it warm for ${describeDuration(keepWarmMs)} (ESTATE_NEO4J_KEEP_WARM)`
        : `no Neo4j runs on ${target.dataDir}: each command starts its own (ESTATE_NEO4J_KEEP_WARM=0)`;
  }
}

function targetOf(flags: FolderFlags): DatabaseTarget {
  const config = loadConfig();
  return chooseDatabase(flags, { uri: config.NEO4J_URI, database: config.NEO4J_DATABASE });
}

export function registerNeo4jCommands(
  program: Command,
  flags: () => FolderFlags,
  io: Neo4jCommandIo = { stdout: process.stdout },
): void {
  const neo4j = program
    .command('neo4j')
    .description("the data folder's embedded Neo4j that commands keep warm between them (ESTATE_NEO4J_KEEP_WARM)");
  neo4j
    .command('status')
    .description('say which Neo4j the next command would use, and when a warm one stops itself')
    .action(() => {
      io.stdout.write(`${describeStatus(targetOf(flags()), keepWarmFromEnv(process.env))}\n`);
    });
  neo4j
    .command('stop')
    .description('stop the warm Neo4j of the data folder now')
    .option('--force', 'stop it even while another estate command uses it (that command then fails)')
    .action(async (opts: { force?: boolean }) => {
      const target = targetOf(flags());
      if (target.kind === 'warm') {
        const said = await stopWarmNeo4j(target.dataDir, target.lease, {
          force: opts.force,
          flags: folderFlagsOf(target),
        });
        io.stdout.write(`${said}\n`);
      } else if (target.kind === 'running') {
        throw new Error(`${describeStatus(target, 0)}: stop that instead`);
      } else if (target.kind === 'uri') {
        throw new Error(`${describeStatus(target, 0)}: there is nothing to stop`);
      } else {
        io.stdout.write(`no warm Neo4j runs on ${target.dataDir}: nothing to stop\n`);
      }
    });
}
