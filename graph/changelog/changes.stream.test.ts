/** The replay-then-live switch-over, the bounded queue and ending, against an in-memory log. */
import { ChangeStream } from './changes.stream';
import type { StreamSource } from './changes.stream';
import type { ChangeFilter } from './changes.filter';
import { matchesFilter } from './changes.filter';
import type { ChangeRecord } from './change.record';
import { EstateError } from '../platform/errors';

const change = (seq: number, ciId = `ci-${seq % 3}`): ChangeRecord => ({
  seq,
  at: new Date(1_700_000_000_000 + seq).toISOString(),
  actor: 'test',
  source: 'api',
  requestId: `r${seq}`,
  jobId: null,
  op: 'UPDATE',
  ciId,
  ciClass: 'Server',
  before: {},
  after: {},
  relationship: null,
  ciVersion: seq,
  ciUpdatedAt: null,
});

/** A log in memory plus a feed head that tests move by hand, recording the reads. */
class FakeFeed implements StreamSource {
  log: ChangeRecord[] = [];
  head = 0;
  reads: [number, number][] = [];
  detached: ChangeStream[] = [];
  /** Runs after each read resolves: lets a test commit and hand out changes mid-replay. */
  duringRead: (() => void) | undefined;

  commit(n: number): ChangeRecord[] {
    const added = Array.from({ length: n }, (_, i) => change(this.log.length + i + 1));
    this.log.push(...added);
    return added;
  }

  handOut(streams: ChangeStream[], batch: ChangeRecord[]): void {
    this.head = batch[batch.length - 1].seq;
    for (const s of streams) s.offer(batch);
  }

  async readPage(filter: ChangeFilter, after: number, upTo: number, limit: number): Promise<ChangeRecord[]> {
    this.reads.push([after, upTo]);
    const page = this.log.filter((c) => c.seq > after && c.seq <= upTo && matchesFilter(filter, c)).slice(0, limit);
    await Promise.resolve();
    this.duringRead?.();
    return page;
  }

  detach(stream: ChangeStream): void {
    this.detached.push(stream);
  }
}

const limits = { queueLimit: 5, replayPageSize: 3 };

async function take(stream: ChangeStream, n: number): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await stream.next();
    if (r.done) break;
    seqs.push(r.value.seq);
  }
  return seqs;
}

describe('ChangeStream', () => {
  it('replays the log after the cursor in pages, then continues live with no gap and no duplicate', async () => {
    const feed = new FakeFeed();
    feed.handOut([], feed.commit(7));
    const stream = new ChangeStream(feed, {}, 2, limits);
    // While the second replay page is read, two more changes commit and are handed out.
    let once = true;
    feed.duringRead = () => {
      if (once && feed.reads.length === 2) {
        once = false;
        feed.handOut([stream], feed.commit(2));
      }
    };
    expect(await take(stream, 7)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const pending = take(stream, 2);
    expect(stream.live).toBe(true);
    feed.handOut([stream], feed.commit(2));
    expect(await pending).toEqual([10, 11]);
    expect(feed.reads).toEqual([
      [2, 7],
      [5, 7],
      [7, 9],
    ]);
  });

  it('starts live at the cursor it is given and skips what it has already seen', async () => {
    const feed = new FakeFeed();
    feed.handOut([], feed.commit(3));
    const stream = new ChangeStream(feed, {}, 3, limits);
    const pending = take(stream, 2);
    await Promise.resolve();
    feed.handOut([stream], feed.commit(2));
    expect(await pending).toEqual([4, 5]);
    expect(feed.reads).toEqual([]);
    stream.offer([change(5)]);
    expect(stream.queued).toBe(0);
  });

  it('filters both the replay and the live part alike', async () => {
    const feed = new FakeFeed();
    feed.handOut([], feed.commit(6));
    const stream = new ChangeStream(feed, { ciIds: ['ci-1'] }, 0, limits);
    expect(await take(stream, 2)).toEqual([1, 4]);
    const pending = take(stream, 2);
    await new Promise((r) => setImmediate(r));
    feed.handOut([stream], feed.commit(6));
    expect(await pending).toEqual([7, 10]);
  });

  it('ends a consumer that lets its live queue overflow, with the cursor of the last change it took', async () => {
    const feed = new FakeFeed();
    const stream = new ChangeStream(feed, {}, 0, limits);
    const first = take(stream, 1);
    await new Promise((r) => setImmediate(r));
    feed.handOut([stream], feed.commit(1));
    expect(await first).toEqual([1]);
    feed.handOut([stream], feed.commit(6));
    expect(feed.detached).toEqual([stream]);
    const failure = await stream.next().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EstateError);
    expect(failure).toMatchObject({ code: 'SUBSCRIBER_TOO_SLOW', extra: { cursor: '1' } });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('a queue at its limit is not yet too slow', async () => {
    const feed = new FakeFeed();
    const stream = new ChangeStream(feed, {}, 0, limits);
    const first = stream.next();
    await new Promise((r) => setImmediate(r));
    feed.handOut([stream], feed.commit(5));
    expect((await first).value?.seq).toBe(1);
    expect(await take(stream, 4)).toEqual([2, 3, 4, 5]);
  });

  it('return() ends a waiting consumer and detaches the stream', async () => {
    const feed = new FakeFeed();
    const stream = new ChangeStream(feed, {}, 0, limits);
    const waiting = stream.next();
    await new Promise((r) => setImmediate(r));
    await stream.return();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(feed.detached).toContain(stream);
  });
});
