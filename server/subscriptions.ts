/**
 * Subscription events executed once per distinct operation, not once per
 * subscriber. graphql-ws's `subscribe` (graphql's, by default) executes the
 * subscription's selection for every event of every subscriber; when one
 * change reaches a thousand subscribers, most of them ask the same thing.
 * This `subscribe` does what graphql's does — the source stream from the
 * root field's own `subscribe`, then an `execute` per event — but shares the
 * result of an event among the subscriptions with the same key (see
 * `subscriptionKey`: the operation, its variables and the caller).
 *
 * Auth and filters stay per subscriber: each subscription was checked when it
 * subscribed (server/security.ts), and its own stream, with its own filter,
 * decides which events reach it. Only the execution of an event that reached
 * it is shared, with subscriptions that asked exactly the same as the same
 * caller. An event is a value the streams hand out (the change feed hands the
 * same ChangeRecord to every stream it concerns); the results are kept for as
 * long as the event is (a WeakMap), so nothing outlives the event.
 */
import { createSourceEventStream, execute, print } from 'graphql';
import type { DocumentNode, ExecutionArgs, ExecutionResult } from 'graphql';
import type { Context } from '../resolvers/platform/context';

type Result = ExecutionResult | Promise<ExecutionResult>;

const printed = new WeakMap<DocumentNode, string>();

/**
 * What an event's result depends on besides the event: the operation (its text and name), the variables
 * and the caller (role and actor, all a resolver may read of who asks). Subscriptions with equal keys get
 * the same result for the same event.
 */
export function subscriptionKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  const ctx = args.contextValue as Partial<Context> | undefined;
  return JSON.stringify([
    ctx?.role ?? null,
    ctx?.writer?.actor ?? null,
    args.operationName ?? null,
    text,
    args.variableValues ?? null,
  ]);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** graphql's mapAsyncIterator: `fn` over each value; ending or failing the result ends the source. */
function mapAsyncIterator<T, U>(
  iterable: AsyncIterable<T>,
  fn: (value: T) => U | Promise<U>,
): AsyncIterableIterator<U> {
  const iterator = iterable[Symbol.asyncIterator]();
  const close = async (error: unknown): Promise<never> => {
    try {
      await iterator.return?.();
    } catch {
      // the mapping's error is the one to report
    }
    throw error;
  };
  const map = async (result: IteratorResult<T>): Promise<IteratorResult<U>> => {
    if (result.done) return { done: true, value: undefined };
    try {
      return { done: false, value: await fn(result.value) };
    } catch (error) {
      return close(error);
    }
  };
  const mapped: AsyncIterableIterator<U> = {
    next: async () => map(await iterator.next()),
    return: async () => (iterator.return ? map(await iterator.return()) : { done: true, value: undefined }),
    throw: async (error: unknown) => {
      if (iterator.throw) return map(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}

/**
 * A `subscribe` for graphql-ws that executes each event once per key. `keyOf` defaults to
 * `subscriptionKey`; events that are not objects (nothing to key a WeakMap on) are executed per subscriber.
 */
export function sharedSubscribe(keyOf: (args: ExecutionArgs) => string = subscriptionKey) {
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const key = keyOf(args);
    return mapAsyncIterator(source, (event): Result => {
      if (event === null || typeof event !== 'object') return execute({ ...args, rootValue: event });
      let byKey = results.get(event);
      if (!byKey) results.set(event, (byKey = new Map<string, Result>()));
      let result = byKey.get(key);
      if (!result) byKey.set(key, (result = execute({ ...args, rootValue: event })));
      return result;
    });
  };
}
