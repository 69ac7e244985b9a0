/** The latest-state mailbox: one waiting state at most, newest wins, ends cleanly. */
import { LatestMailbox, Mailboxes } from './latest.mailbox';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('LatestMailbox', () => {
  it('hands a waiting consumer the next state and remembers what it took', async () => {
    const box = new LatestMailbox<number>();
    const next = box.next();
    await tick();
    box.offer(1);
    expect(await next).toEqual({ done: false, value: 1 });
    expect(box.taken).toBe(1);
    expect(box.pending).toBeUndefined();
  });

  it('keeps only the newest of the states offered while the consumer was away', async () => {
    const box = new LatestMailbox<number>();
    for (let i = 1; i <= 5; i++) box.offer(i);
    expect(box.pending).toBe(5);
    expect((await box.next()).value).toBe(5);
  });

  it('drops a withdrawn state: the consumer waits for the next one', async () => {
    const box = new LatestMailbox<number>();
    box.offer(1);
    box.withdraw();
    const next = box.next();
    await tick();
    box.offer(2);
    expect((await next).value).toBe(2);
  });

  it('ends after a last state is taken, and calls onClose once', async () => {
    const onClose = jest.fn();
    const box = new LatestMailbox<string>(onClose);
    box.offer('running');
    box.offer('done', { last: true });
    expect(await box.next()).toEqual({ done: false, value: 'done' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect((await box.next()).done).toBe(true);
    box.offer('late');
    box.close();
    expect((await box.next()).done).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('ends a waiting consumer on close, and on return', async () => {
    const closed = new LatestMailbox<number>();
    const waiting = closed.next();
    closed.close();
    expect((await waiting).done).toBe(true);

    const onClose = jest.fn();
    const returned = new LatestMailbox<number>(onClose);
    returned.offer(1);
    const values: number[] = [];
    for await (const value of returned) {
      values.push(value);
      break; // for-await calls return()
    }
    expect(values).toEqual([1]);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('Mailboxes', () => {
  it('keeps the open mailboxes by key and forgets a key when its last mailbox closes', async () => {
    const boxes = new Mailboxes<number>();
    const a1 = boxes.open('a');
    const a2 = boxes.open('a');
    boxes.open('b');
    expect(boxes.keys()).toEqual(['a', 'b']);
    expect([...boxes.of('a')]).toEqual([a1, a2]);
    a1.close();
    expect([...boxes.of('a')]).toEqual([a2]);
    await a2.return();
    expect(boxes.keys()).toEqual(['b']);
    expect([...boxes.of('a')]).toEqual([]);
  });

  it('ends every stream on closeAll', async () => {
    const boxes = new Mailboxes<number>();
    const waiting = [boxes.open('a').next(), boxes.open('b').next()];
    boxes.closeAll();
    expect((await Promise.all(waiting)).map((r) => r.done)).toEqual([true, true]);
    expect(boxes.size).toBe(0);
  });
});
