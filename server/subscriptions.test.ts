/** Shared execution of subscription events: once per event and key, never across keys or events. */
import { buildSchema, parse } from 'graphql';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { sharedSubscribe, subscriptionKey } from './subscriptions';

interface Event {
  seq: number;
  ciId: string;
}

/** A source that hands out the events pushed to it (the same objects to every subscriber), then ends. */
class Source {
  private readonly queues: { items: Event[]; wake?: () => void }[] = [];
  private ended = false;
  returned = 0;

  stream(ciId: string | null): AsyncIterableIterator<Event> {
    const q: { items: Event[]; wake?: () => void } = { items: [] };
    this.queues.push(q);
    const it: AsyncIterableIterator<Event> = {
      next: async () => {
        for (;;) {
          const item = q.items.shift();
          if (item && (ciId === null || item.ciId === ciId)) return { done: false, value: item };
          if (item) continue;
          if (this.ended) return { done: true, value: undefined };
          await new Promise<void>((resolve) => (q.wake = resolve));
        }
      },
      return: async () => {
        this.returned += 1;
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  push(...events: Event[]): void {
    for (const q of this.queues) {
      q.items.push(...events);
      q.wake?.();
    }
  }

  end(): void {
    this.ended = true;
    for (const q of this.queues) q.wake?.();
  }
}

interface Caller {
  role: string;
  writer: { actor: string };
}

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Change { seq: Int, ciId: String, who: String }
  type Subscription { changed(id: String): Change }
`);

function setUp() {
  const source = new Source();
  const executed: { seq: number; who: string }[] = [];
  const subscribe = sharedSubscribe();
  const open = async (query: string, variables: Record<string, unknown>, role: string, actor: string) => {
    const args: ExecutionArgs = {
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { role, writer: { actor } },
      // The root field's subscribe: this subscriber's own stream, with its own filter.
      subscribeFieldResolver: (_root, fieldArgs: { id?: string | null }) => source.stream(fieldArgs.id ?? null),
      // The root field's resolve runs on each event; the Change fields read the result.
      fieldResolver: (parent: Record<string, unknown>, _fieldArgs, ctx: Caller, info) => {
        if (info.parentType.name !== 'Subscription') return parent[info.fieldName];
        executed.push({ seq: parent.seq as number, who: ctx.writer.actor });
        return { ...parent, who: `${ctx.role}:${ctx.writer.actor}` };
      },
    };
    const result = await subscribe(args);
    if (!(Symbol.asyncIterator in result)) throw new Error(JSON.stringify(result));
    return result;
  };
  return { source, executed, open };
}

async function take(it: AsyncIterableIterator<ExecutionResult>, n: number) {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push((await it.next()).value?.data?.changed);
  return out;
}

const Q = 'subscription ($id: String) { changed(id: $id) { seq ciId who } }';

it('executes an event once for subscriptions with the same operation, variables and caller', async () => {
  const { source, executed, open } = setUp();
  const a = await open(Q, { id: 'x' }, 'viewer', 'ann');
  const b = await open(Q, { id: 'x' }, 'viewer', 'ann');
  const e1 = { seq: 1, ciId: 'x' };
  source.push(e1);
  const [ra, rb] = await Promise.all([take(a, 1), take(b, 1)]);
  expect(ra).toEqual([{ seq: 1, ciId: 'x', who: 'viewer:ann' }]);
  expect(rb).toEqual(ra);
  expect(executed).toEqual([{ seq: 1, who: 'ann' }]);
  source.end();
});

it('keeps executions apart for other variables, another caller or another event', async () => {
  const { source, executed, open } = setUp();
  const onX = await open(Q, { id: 'x' }, 'viewer', 'ann');
  const onY = await open(Q, { id: 'y' }, 'viewer', 'ann');
  const otherCaller = await open(Q, { id: 'x' }, 'admin', 'bob');
  const all = await open(Q, {}, 'viewer', 'ann');
  source.push({ seq: 1, ciId: 'x' }, { seq: 2, ciId: 'y' });
  // Each stream's own filter decides what reaches it; execution is per key.
  expect(await take(onX, 1)).toEqual([{ seq: 1, ciId: 'x', who: 'viewer:ann' }]);
  expect(await take(onY, 1)).toEqual([{ seq: 2, ciId: 'y', who: 'viewer:ann' }]);
  expect(await take(otherCaller, 1)).toEqual([{ seq: 1, ciId: 'x', who: 'admin:bob' }]);
  expect(await take(all, 2)).toEqual([
    { seq: 1, ciId: 'x', who: 'viewer:ann' },
    { seq: 2, ciId: 'y', who: 'viewer:ann' },
  ]);
  // seq 1: {x, ann}, {x, bob}, {all, ann}; seq 2: {y, ann}, {all, ann}.
  expect(executed.filter((e) => e.seq === 1)).toHaveLength(3);
  expect(executed.filter((e) => e.seq === 2)).toHaveLength(2);
  // An equal but distinct event object (a replayed page) is executed again.
  source.push({ seq: 1, ciId: 'x' });
  await take(onX, 1);
  expect(executed.filter((e) => e.seq === 1)).toHaveLength(4);
  source.end();
});

it('keys on the printed operation, its name, the variables and the caller', () => {
  const key = (query: string, variables: Record<string, unknown>, role: string, actor: string, name?: string) =>
    subscriptionKey({
      schema,
      document: parse(query),
      variableValues: variables,
      operationName: name,
      contextValue: { role, writer: { actor } },
    });
  const base = key(Q, { id: 'x' }, 'viewer', 'ann');
  expect(key(`${Q}   `, { id: 'x' }, 'viewer', 'ann')).toBe(base);
  expect(key(Q, { id: 'y' }, 'viewer', 'ann')).not.toBe(base);
  expect(key(Q, { id: 'x' }, 'editor', 'ann')).not.toBe(base);
  expect(key(Q, { id: 'x' }, 'viewer', 'bob')).not.toBe(base);
  expect(key('subscription { changed { seq } }', {}, 'viewer', 'ann')).not.toBe(key(Q, {}, 'viewer', 'ann'));
});

it('ends the source when the subscriber ends', async () => {
  const { source, open } = setUp();
  const sub = await open(Q, { id: 'x' }, 'viewer', 'ann');
  await expect(sub.return!()).resolves.toEqual({ done: true, value: undefined });
  expect(source.returned).toBe(1);
});
