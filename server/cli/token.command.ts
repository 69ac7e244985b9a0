/**
 * `estate token create --name NAME --role viewer|editor|admin [--expires-in-days N]`,
 * `estate token list [--all] [--json]`, `estate token revoke ID`: API tokens
 * straight in the database (the way to make the first one for a server on
 * NEO4J_URI). `create` prints the token alone on stdout, once; everything
 * else a person reads goes to stderr.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { createToken, ensureBootstrapToken, listTokens, revokeToken } from '../../graph/tokens';
import type { Executor } from '../../graph/executor';
import type { ApiToken } from '../../graph/tokens';
import { ROLES } from '../../resolvers/context';
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

/**
 * First start of the embedded default with authentication on: when no admin token works, make one
 * named `bootstrap-admin` and print it, once. Returns whether one was made.
 */
export async function announceBootstrapToken(
  executor: Executor,
  out: NodeJS.WritableStream = process.stdout,
): Promise<boolean> {
  const made = await ensureBootstrapToken(executor);
  if (!made) return false;
  out.write(
    [
      '',
      `No admin token existed, so Estate made one (id ${made.token.id}, name bootstrap-admin). It is shown ONCE; store it now:`,
      '',
      `    ${made.secret}`,
      '',
      `Send it as the header  Authorization: Bearer ${made.secret}`,
      'More tokens: npx estate token create --name NAME --role viewer|editor|admin   (revoke: npx estate token revoke ID)',
      '',
    ].join('\n') + '\n',
  );
  return true;
}
