/**
 * Load: autocannon against an Estate server of its own on 127.0.0.1, with
 * authentication on (a bearer token on every request, as production runs)
 * and the rate limit off. Two phases at rising concurrency (1, 8, 32
 * connections), each step bounded in time: reads only (one CI by id, a
 * page of servers, a full-text search), then mixed (80% those reads, 20%
 * createItem). Reports throughput, p50 / p99 latency, errors (socket errors,
 * non-2xx answers and GraphQL errors in 200 answers; the target is zero)
 * and the process's memory after a full GC before and after (the server
 * runs in this process, so heap growth there is the server's).
 *
 * The CIs the writes made are deleted afterwards; their change records stay.
 */
import autocannon from 'autocannon';
import type { Request } from 'autocannon';
import pino from 'pino';
import { createToken, revokeToken } from '../../../graph/access/tokens';
import { startApp } from '../../../server/app';
import { securitySettings } from '../../../server/access/security';
import type { BenchContext } from '../../context';
import { collectGarbage } from '../../runner';
import type { Scenario, ScenarioResult } from '../../runner';

export const LOAD_CONCURRENCY = [1, 8, 32] as const;
/** Seconds per step; shorter for smoke runs (`--runs` under 20). */
const STEP_SECONDS = { full: 10, smoke: 2 } as const;
const WRITE_PREFIX = 'bench-load-';

export interface LoadStep {
  phase: 'reads' | 'mixed';
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

interface Memory {
  rssMb: number;
  heapMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function memory(): Promise<Memory> {
  collectGarbage();
  await new Promise((r) => setTimeout(r, 200));
  collectGarbage();
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapMb: mb(m.heapUsed) };
}

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

function readRequests(ctx: BenchContext): Request[] {
  return [
    {
      body: gql('query ($id: ID!) { item(id: $id) { id name class lifecycleState location { name } } }', {
        id: ctx.ids.sampleServerId,
      }),
    },
    { body: gql('{ items(filter: {classes: [Server]}, first: 20) { edges { node { id name lifecycleState } } } }') },
    { body: gql('query ($t: String!) { search(text: $t, first: 10) { score item { id name } } }', { t: 'web' }) },
  ];
}

function writeRequest(): Request {
  let n = 0;
  return {
    setupRequest: (request) => ({
      ...request,
      body: gql('mutation ($input: CreateItemInput!) { createItem(input: $input) { id version } }', {
        input: { class: 'Team', id: `${WRITE_PREFIX}${process.pid}-${Date.now()}-${n++}`, name: 'load test team' },
      }),
    }),
  };
}

async function step(url: string, token: string, requests: Request[], connections: number, seconds: number) {
  let graphqlErrors = 0;
  const counted = requests.map((r) => ({
    method: 'POST' as const,
    ...r,
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
    },
  }));
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: counted,
  });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

const NAME = 'load';
const DESCRIPTION = 'autocannon on loopback with tokens: reads, then 80/20 reads/writes, at 1, 8 and 32 connections';

export const loadScenario: Scenario = {
  name: NAME,
  description: DESCRIPTION,
  async run(ctx, options): Promise<ScenarioResult> {
    const seconds =
      options.runs < 20 ? STEP_SECONDS.smoke : Math.min(STEP_SECONDS.full, Math.max(2, options.maxSeconds / 6));
    const app = await startApp({
      executor: ctx.executor,
      logger: pino({ level: 'warn' }),
      port: 0,
      host: '127.0.0.1',
      introspection: false,
      maxBody: '1mb',
      security: securitySettings({ limits: { rateLimit: 0 } }),
    });
    const { token, secret } = await createToken(ctx.executor, {
      name: 'bench-load',
      role: 'editor',
      createdBy: 'bench',
    });
    const steps: LoadStep[] = [];
    const warnings: string[] = [];
    try {
      // Warm up (JIT, pools, page cache) before the first figure.
      await step(app.url, secret, readRequests(ctx), 4, 1);
      const before = await memory();
      const reads = readRequests(ctx);
      const mixed = [...reads, reads[0], writeRequest()];
      for (const [phase, requests] of [
        ['reads', reads],
        ['mixed', mixed],
      ] as const) {
        for (const connections of LOAD_CONCURRENCY) {
          ctx.log(`load: ${phase} at ${connections} connection(s) for ${seconds} s`);
          steps.push({ phase, connections, ...(await step(app.url, secret, requests, connections, seconds)) });
        }
      }
      const after = await memory();
      const errors = steps.reduce((sum, s) => sum + s.errors, 0);
      if (errors > 0) warnings.push(`${errors} errors under load (target 0)`);
      const growth = after.heapMb - before.heapMb;
      if (growth > 20) warnings.push(`heap grew ${growth.toFixed(1)} MB over the run`);
      const top = steps.find((s) => s.phase === 'reads' && s.connections === LOAD_CONCURRENCY.at(-1))!;
      return {
        name: NAME,
        description: DESCRIPTION,
        estate: {
          kind: 'throughput',
          unit: 'req/s',
          median: top.perSecond,
          samples: top.requests,
          concurrency: top.connections,
        },
        notes: [
          `load (${seconds} s per step, token auth on, rate limit off): ${steps.map(describe).join('; ')}`,
          `memory after full GC: RSS ${before.rssMb} → ${after.rssMb} MB, heap ${before.heapMb} → ${after.heapMb} MB`,
        ],
        warnings,
      };
    } finally {
      await app.stop();
      await revokeToken(ctx.executor, token.id);
      await ctx.executor.writeTx('bench.load.cleanup', (tx) =>
        tx.run('MATCH (n:CI) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: WRITE_PREFIX }),
      );
    }
  },
};

function describe(s: LoadStep): string {
  return `${s.phase}×${s.connections}: ${s.perSecond} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.errors} errors`;
}
