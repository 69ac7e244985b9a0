/**
 * `estate token create --name NAME --role viewer|editor|admin [--expires-in-days N]`,
 * `estate token list [--all] [--json]`, `estate token revoke ID`: API tokens
 * straight in the database (the way to make the first one for a server on
 * NEO4J_URI). `create` prints the token alone on stdout, once; everything
 * else a person reads goes to stderr.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import {
  createToken,
  ensureBootstrapToken,
  hasActiveAdminToken,
  listTokens,
  revokeToken,
} from '../../graph/access/tokens';
import type { Executor } from '../../graph/platform/executor';
import type { ApiToken } from '../../graph/access/tokens';
import { ROLES } from '../../graph/model/roles';
import type { CliContext } from './cli.database';

export interface TokenCreateFlags {
  name: string;
  role: string;
  expiresInDays?: string;
}

/** Who made a token from the command line. */
const CLI_ACTOR = `cli:${process.env.USER ?? 'operator'}`;

export async function runTokenCreate(
  flags: TokenCreateFlags,
  ctx: CliContext,
): Promise<{ token: ApiToken; secret: string }> {
  const db = await ctx.openDatabase();
  try {
    const days = flags.expiresInDays === undefined ? undefined : Number(flags.expiresInDays);
    const made = await createToken(db.executor, {
      name: flags.name,
      role: flags.role,
      expiresInDays: days,
      createdBy: CLI_ACTOR,
    });
    ctx.stderr.write(
      `created ${made.token.role} token ${made.token.id} "${made.token.name}"` +
        `${made.token.expiresAt ? `, expires ${made.token.expiresAt}` : ''}; it is shown once, store it now:\n`,
    );
    ctx.stdout.write(`${made.secret}\n`);
    ctx.stderr.write(`use it as the header  Authorization: Bearer ${made.secret}\n`);
    return made;
  } finally {
    await db.close();
  }
}

export async function runTokenList(flags: { all?: boolean; json?: boolean }, ctx: CliContext): Promise<ApiToken[]> {
  const db = await ctx.openDatabase();
  try {
    const tokens = await listTokens(db.executor, { includeRevoked: flags.all === true });
    ctx.stdout.write(flags.json ? `${JSON.stringify(tokens, null, 2)}\n` : tokenTable(tokens));
    return tokens;
  } finally {
    await db.close();
  }
}

export async function runTokenRevoke(id: string, ctx: CliContext): Promise<ApiToken> {
  const db = await ctx.openDatabase();
  try {
    const token = await revokeToken(db.executor, id);
    ctx.stdout.write(`revoked token ${token.id} "${token.name}" at ${token.revokedAt}\n`);
    return token;
  } finally {
    await db.close();
  }
}

function statusOf(t: ApiToken, now = Date.now()): string {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && Date.parse(t.expiresAt) <= now) return 'expired';
  return 'active';
}

export function tokenTable(tokens: readonly ApiToken[]): string {
  const rows = [
    ['ID', 'NAME', 'ROLE', 'STATUS', 'CREATED', 'LAST USED', 'EXPIRES'],
    ...tokens.map((t) => [t.id, t.name, t.role, statusOf(t), t.createdAt, t.lastUsedAt ?? '-', t.expiresAt ?? 'never']),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** Register `token create|list|revoke` on the estate program. */
export function registerTokenCommands(program: Command, context: () => CliContext): void {
  const token = program.command('token').description('manage API tokens (create, list, revoke)');
  token
    .command('create')
    .description('make an API token and print it once')
    .requiredOption('--name <name>', 'who or what uses it; recorded as the actor of its changes')
    .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).makeOptionMandatory())
    .option('--expires-in-days <days>', 'expire after this many days (default: never)')
    .action(async (flags: TokenCreateFlags) => {
      await runTokenCreate(flags, context());
    });
  token
    .command('list')
    .description('list API tokens (never their secrets)')
    .option('--all', 'include revoked tokens')
    .option('--json', 'print JSON')
    .action(async (flags: { all?: boolean; json?: boolean }) => {
      await runTokenList(flags, context());
    });
  token
    .command('revoke')
    .argument('<id>', 'token id (from token list)')
    .description('revoke an API token; servers refuse it within ESTATE_TOKEN_CACHE_SECONDS (default 5 s)')
    .action(async (id: string) => {
      await runTokenRevoke(id, context());
    });
}

/** Which database a start uses, as the token lines name it: `flags` repeat it on the command line. */
export interface TokenScope {
  /** e.g. "the data folder /…/.estate/demo" or "NEO4J_URI=bolt://…". */
  where: string;
  /** `--demo`, `--data-dir DIR` or '' (with a leading space when not empty). */
  flags: string;
}

const DEFAULT_SCOPE: TokenScope = { where: 'this database', flags: '' };

/** The command that makes a token for this database, exactly as a person should type it. */
export function tokenCreateCommand(scope: TokenScope, role = 'viewer|editor|admin', name = 'NAME'): string {
  return `npx estate token create${scope.flags} --name ${name} --role ${role}`;
}

/**
 * First start of the embedded default with authentication on: when no admin token works, make one
 * named `bootstrap-admin` and print it, once. Returns whether one was made.
 */
export async function announceBootstrapToken(
  executor: Executor,
  out: NodeJS.WritableStream = process.stdout,
  scope: TokenScope = DEFAULT_SCOPE,
): Promise<boolean> {
  const made = await ensureBootstrapToken(executor);
  if (!made) return false;
  out.write(
    [
      '',
      `No admin token existed for ${scope.where}, so Estate made one (id ${made.token.id}, name bootstrap-admin). It is shown ONCE; store it now:`,
      '',
      `    ${made.secret}`,
      '',
      `Send it as the header  Authorization: Bearer ${made.secret}`,
      `More tokens: ${tokenCreateCommand(scope)}   (revoke: npx estate token revoke${scope.flags} ID)`,
      '',
    ].join('\n') + '\n',
  );
  return true;
}

/**
 * A start where Estate makes no token itself (NEO4J_URI): when no admin token works, say how to make one
 * for this database. Returns whether one works.
 */
export async function adviseAdminToken(
  executor: Executor,
  out: NodeJS.WritableStream,
  scope: TokenScope,
): Promise<boolean> {
  if (await hasActiveAdminToken(executor)) return true;
  out.write(
    `No admin token works on ${scope.where}: make one with  ${tokenCreateCommand(scope, 'admin', 'admin')}` +
      `${scope.flags === '' && scope.where.startsWith('NEO4J_URI') ? ' (with the same NEO4J_URI set)' : ''}\n`,
  );
  return false;
}
