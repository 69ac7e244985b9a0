/**
 * Every example in README.md and docs/*.md runs, so the front door and the
 * manual cannot rot. Pages run in the order a reader meets them — the README,
 * then the pages in the order docs/README.md lists them — against one test
 * server over the demo estate (the generator's small estate, as
 * `npm start -- --demo` serves it); later examples may use what earlier ones
 * made. Each block is one test named by its file and line.
 *
 * - `graphql`: each operation is sent over HTTP with an admin token; it must
 *   answer without errors, with no null root field, and with something real.
 * - `sh`/`bash`: run by bash under `set -euo pipefail` from a scratch folder
 *   holding a copy of examples/ (so nothing the examples write lands in the
 *   repository), with `ESTATE` (the server's address) and `TOKEN` set as the
 *   README's tour tells a reader to set them. `curl` fails on an HTTP error
 *   (`--fail-with-body`), and an answer carrying GraphQL `errors` fails the
 *   block. `npx estate …` runs the built CLI (bin/estate.js → dist/, built
 *   here when older than the sources) against the test Neo4j through
 *   NEO4J_URI; it calls bin/estate.js directly because npx itself takes 10 s
 *   to find it on a loaded machine.
 * - `ts`: type-checked with the project's compiler options, then run with
 *   ts-node from the repository root (so `./sdk/generated` resolves), with
 *   the same ESTATE and TOKEN; it must exit 0. A `ts stream` block follows a
 *   stream until stopped: the test writes changes until it prints a line,
 *   then stops it.
 * - `json` must parse; `text`, `csv` and unlabelled blocks are output or
 *   data, not examples.
 * - A block opts out only with `no-run: <reason>` after its language; the
 *   test lists it as skipped, with the reason.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, print } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import ts from 'typescript';
import { generateEstate } from '../../server/demo/estate.generator';
import { seedEstate } from '../../server/demo/seed';
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';

const ROOT = join(__dirname, '..', '..');
/** Pages that another step writes; a link to one is tolerated only while it does not exist yet. */
/** The host the webhook example registers (docs/changelog.md). */
const WEBHOOK_HOST = 'hooks.example.com';
const PENDING_PAGES = new Set(['docs/architecture.md']);

interface Block {
  file: string;
  line: number;
  lang: string;
  /** What follows the language on the fence line (`no-run: …`, `stream`). */
  info: string;
  body: string;
}

/** Fenced blocks of one Markdown file, with the line of each opening fence. */
function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !lines[i].startsWith('```')) body.push(lines[i]);
    blocks.push({ file, line: start + 1, lang: open[1], info: open[2].trim(), body: body.join('\n') + '\n' });
  }
  return blocks;
}

/** Relative .md links of a file, in order, as repository paths with their anchors. */
function linksOf(file: string): { target: string; anchor?: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => {
      const [path, anchor] = href.split('#');
      const target = path ? relative(ROOT, join(ROOT, file, '..', path)) : file;
      return { target, anchor };
    });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set(
    [...text.matchAll(/^#+ (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

const DOCS = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const indexOrder = linksOf('docs/README.md').map((l) => l.target);
const rank = (file: string) => (indexOrder.includes(file) ? indexOrder.indexOf(file) : indexOrder.length);
const PAGES = ['README.md', ...DOCS.filter((f) => f !== 'docs/README.md').sort((a, b) => rank(a) - rank(b))];
const BLOCKS = PAGES.flatMap(blocksOf);
const RUN_KINDS = new Set(['graphql', 'sh', 'bash', 'ts']);
const DATA_KINDS = new Set(['json', 'text', 'csv', '']);

let api: TestApi;
let scratch: string;
let env: NodeJS.ProcessEnv;
const snippetFiles = new Map<Block, string>();
let typeErrors = new Map<string, string[]>();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (or kills it after `timeoutMs`) and collects its output. */
function run(
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The newest modification time under `dir` of files ending in `.ts`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'target' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** bin/estate.js runs dist/: build it (as `npm start` does) when it is missing or older than the sources. */
async function ensureBuilt(): Promise<void> {
  const main = join(ROOT, 'dist', 'server', 'main.js');
  const sources = ['server', 'graph', 'importers', 'resolvers', 'schema', 'sdk'].map((d) =>
    newestSource(join(ROOT, d)),
  );
  if (existsSync(main) && statSync(main).mtimeMs >= Math.max(...sources)) return;
  const build = await run('npm', ['run', '-s', 'build'], { cwd: ROOT, timeoutMs: 300_000 });
  // tsc emits despite type errors, which are `npm run check`'s to report; a build that emitted nothing is fatal.
  if (!existsSync(main)) throw new Error(`npm run build made no dist/server/main.js:\n${build.stdout}${build.stderr}`);
}

/** Type-checks every TypeScript snippet in one program, with the project's compiler options. */
function typeCheck(files: string[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile.bind(ts.sys));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return new Map(
    files.map((file) => [
      file,
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
        const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : '?';
        return `line ${at}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    ]),
  );
}

beforeAll(async () => {
  // The webhook example registers a receiver at a host of its own, which does not resolve here.
  api = await startTestApi({ changes: { webhooks: { targets: { allowPrivate: false, allowHosts: [WEBHOOK_HOST] } } } });
  await resetGraph(api.executor);
  await seedEstate(api.executor, generateEstate('small', 42));
  scratch = mkdtempSync(join(tmpdir(), 'estate-readme-'));
  cpSync(join(ROOT, 'examples'), join(scratch, 'examples'), { recursive: true });
  env = {
    ...process.env,
    ESTATE: api.app.url.replace(/\/graphql$/, ''),
    TOKEN: api.token,
    ESTATE_ROOT: ROOT,
    // Snippets run from the scratch folder, where ts-node would not find the project's settings.
    TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
  };
  if (BLOCKS.some((b) => /npx estate/.test(b.body) && !b.info.startsWith('no-run'))) await ensureBuilt();
  BLOCKS.filter((b) => b.lang === 'ts').forEach((b, i) => {
    const file = join(ROOT, `.readme-snippet-${i}.tmp.ts`);
    writeFileSync(file, b.body);
    snippetFiles.set(b, file);
  });
  typeErrors = typeCheck([...snippetFiles.values()]);
}, 600_000);

afterAll(async () => {
  for (const file of snippetFiles.values()) rmSync(file, { force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  await api?.stop();
});

it('has examples of every kind', () => {
  const kinds = new Set(BLOCKS.map((b) => b.lang));
  for (const kind of ['graphql', 'sh', 'ts']) expect(kinds).toContain(kind);
});

it('labels every block with a language it knows', () => {
  const unknown = BLOCKS.filter((b) => !RUN_KINDS.has(b.lang) && !DATA_KINDS.has(b.lang));
  expect(unknown.map((b) => `${b.file}:${b.line} ${b.lang}`)).toEqual([]);
});

it('gives a reason for every opt-out, and keeps them rare', () => {
  const optOuts = BLOCKS.filter((b) => b.info.startsWith('no-run'));
  expect(optOuts.filter((b) => !/^no-run:\s*\S/.test(b.info)).map((b) => `${b.file}:${b.line}`)).toEqual([]);
  expect(optOuts.length).toBeLessThanOrEqual(3);
});

it('lists every page in docs/README.md, and every link and anchor resolves', () => {
  expect(DOCS.filter((f) => f !== 'docs/README.md' && !indexOrder.includes(f))).toEqual([]);
  const broken = PAGES.concat('docs/README.md').flatMap((file) =>
    linksOf(file)
      .filter(({ target, anchor }) => {
        const path = join(ROOT, target);
        if (!existsSync(path)) return !PENDING_PAGES.has(target);
        if (!anchor || !target.endsWith('.md')) return false;
        return !anchorsOf(target).has(anchor);
      })
      .map(({ target, anchor }) => `${file} → ${target}${anchor ? `#${anchor}` : ''}`),
  );
  expect(broken).toEqual([]);
});

const name = (b: Block) => `${b.file}:${b.line} ${b.lang}`;
const skipped = BLOCKS.filter((b) => b.info.startsWith('no-run'));
const runnable = BLOCKS.filter((b) => !b.info.startsWith('no-run') && (RUN_KINDS.has(b.lang) || b.lang === 'json'));

if (skipped.length) it.skip.each(skipped.map((b) => [name(b), b.info]))('%s (%s)', () => {});

// In reading order: later examples may use what earlier ones made.
it.each(runnable.map((b) => [name(b), b] as const))(
  '%s runs',
  async (_, block) => {
    switch (block.lang) {
      case 'graphql':
        return runGraphql(block);
      case 'sh':
      case 'bash':
        return runShell(block);
      case 'ts':
        return runTypeScript(block);
      case 'json':
        expect(() => JSON.parse(block.body)).not.toThrow();
        return;
    }
  },
  300_000,
);

async function runGraphql(block: Block): Promise<void> {
  const operations = parse(block.body).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  expect(operations.length).toBeGreaterThan(0);
  for (const op of operations) {
    const opName = op.name?.value ?? '(anonymous)';
    const answer = await api.client.rawRequest<Record<string, unknown>>(print(op));
    expect({ opName, errors: answer.errors }).toEqual({ opName, errors: undefined });
    for (const value of Object.values(answer.data)) expect(value).not.toBeNull();
    // Something real came back, not an empty list.
    expect({ opName, data: JSON.stringify(answer.data) }).toEqual({
      opName,
      data: expect.stringMatching(/"(id|ciId|name|type)":"/),
    });
  }
}

/**
 * What a shell block runs after: strict mode, curl that fails on an HTTP error, `npx estate` as the built
 * CLI, and the variables earlier blocks of the same page set (`JOB=$(…)`), as in one terminal.
 */
const SHELL_PRELUDE = `set -euo pipefail
curl() { command curl --fail-with-body "$@"; }
npx() { if [ "$1" = estate ]; then shift; node "$ESTATE_ROOT/bin/estate.js" "$@"; else command npx "$@"; fi; }
__before=" $(compgen -v | tr '\\n' ' ') "
if [ -f "$ESTATE_VARS" ]; then source "$ESTATE_VARS"; fi
__keep() {
  local __v
  for __v in $(compgen -v); do
    case "$__v" in __* | FUNCNAME | BASH*) continue ;; esac
    case "$__before" in *" $__v "*) ;; *) declare -p "$__v" ;; esac
  done
}
trap '__keep > "$ESTATE_VARS.new" && mv "$ESTATE_VARS.new" "$ESTATE_VARS"' EXIT
`;

/** A failed example's message: where it is, what went wrong, and everything it printed. */
function failure(block: Block, what: string, result: { stdout: string; stderr: string }): string {
  return `${name(block)} ${what}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

async function runShell(block: Block): Promise<void> {
  const vars = join(scratch, `${block.file.replace(/\W/g, '_')}.vars`);
  const result = await run('bash', ['-c', SHELL_PRELUDE + block.body], {
    cwd: scratch,
    timeoutMs: 240_000,
    env: { ...env, ESTATE_VARS: vars },
  });
  if (result.code !== 0) throw new Error(failure(block, `exited with ${result.code}`, result));
  if (/"errors"\s*:\s*\[/.test(result.stdout)) throw new Error(failure(block, 'answered with GraphQL errors', result));
}

async function runTypeScript(block: Block): Promise<void> {
  const file = snippetFiles.get(block)!;
  expect({ where: name(block), typeErrors: typeErrors.get(file) }).toEqual({ where: name(block), typeErrors: [] });
  // Resolved here: the snippet runs from the scratch folder, where `-r` could not find ts-node.
  const args = ['-r', require.resolve('ts-node/register/transpile-only'), file];
  if (block.info !== 'stream') {
    const result = await run(process.execPath, args, { cwd: scratch, timeoutMs: 120_000 });
    if (result.code !== 0 || result.stderr) throw new Error(failure(block, `exited with ${result.code}`, result));
    return;
  }
  // A follower runs until stopped: write changes until it reports one, then stop it.
  const child = spawn(process.execPath, args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((resolve) => child.on('close', resolve));
  const deadline = Date.now() + 120_000;
  for (let n = 1; !stdout.trim() && child.exitCode === null && Date.now() < deadline; n++) {
    const id = `srv-readme-stream-${block.line}-${n}`;
    await api.sdk.CreateItem({ input: { class: 'Server', id, name: id } });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  await exited;
  if (!stdout.trim() || stderr) throw new Error(failure(block, 'printed no change, or an error', { stdout, stderr }));
}
