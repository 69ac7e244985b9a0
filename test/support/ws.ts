/**
 * A raw graphql-ws (graphql-transport-ws) test client over a real
 * WebSocket: connect, subscribe, and wait for messages in the order they
 * arrived, so tests can check exactly what the server sent.
 */
import WebSocket from 'ws';

export interface WsMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface NextPayload<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface Waiter {
  match: (m: WsMessage) => boolean;
  resolve: (m: WsMessage) => void;
}

export class WsTestClient {
  private readonly inbox: WsMessage[] = [];
  private readonly waiters: Waiter[] = [];
  private closed: { code: number; reason: string } | undefined;
  private readonly closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as WsMessage));
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const w of this.closeWaiters.splice(0)) w(this.closed);
    });
  }

  /** The connection_init payload when connect() is given none (startTestApi puts its token here). */
  static defaultInitPayload: Record<string, unknown> = {};

  /** Open a socket, send connection_init and wait for connection_ack. */
  static async connect(
    url: string,
    timeoutMs = 5000,
    initPayload: Record<string, unknown> = WsTestClient.defaultInitPayload,
  ): Promise<WsTestClient> {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const client = new WsTestClient(socket);
    client.send({ type: 'connection_init', payload: initPayload });
    await client.waitForMessage((m) => m.type === 'connection_ack', timeoutMs);
    return client;
  }

  send(message: WsMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** Ask the server to stop one subscription. */
  complete(id: string): void {
    this.send({ id, type: 'complete' });
  }

  /** The first unread message matching `match` (removed from the inbox), waiting for it if need be. */
  waitForMessage(match: (m: WsMessage) => boolean = () => true, timeoutMs = 5000): Promise<WsMessage> {
    const index = this.inbox.findIndex(match);
    if (index >= 0) return Promise.resolve(this.inbox.splice(index, 1)[0]);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching message within ${timeoutMs} ms; unread: ${JSON.stringify(this.inbox)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The next `next` payload of one subscription (failing on an `error` message for it). */
  async nextPayload<T = Record<string, unknown>>(id: string, timeoutMs = 5000): Promise<NextPayload<T>> {
    const m = await this.waitForMessage((x) => x.id === id && (x.type === 'next' || x.type === 'error'), timeoutMs);
    if (m.type === 'error') throw new Error(`subscription ${id} failed: ${JSON.stringify(m.payload)}`);
    return m.payload as NextPayload<T>;
  }

  /** The data of the next `count` results of one subscription, in the order they came. */
  async take<T = Record<string, unknown>>(id: string, count: number, timeoutMs = 10_000): Promise<T[]> {
    const out: T[] = [];
    while (out.length < count) {
      const payload = await this.nextPayload<T>(id, timeoutMs);
      if (payload.errors?.length)
        throw new Error(`subscription ${id} answered errors: ${JSON.stringify(payload.errors)}`);
      out.push(payload.data!);
    }
    return out;
  }

  waitForComplete(id: string, timeoutMs = 5000): Promise<WsMessage> {
    return this.waitForMessage((m) => m.id === id && m.type === 'complete', timeoutMs);
  }

  /** The error message that ended one subscription. */
  async waitForError(
    id: string,
    timeoutMs = 5000,
  ): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
    const m = await this.waitForMessage((x) => x.id === id && x.type === 'error', timeoutMs);
    return m.payload as { message: string; extensions?: Record<string, unknown> }[];
  }

  /** No message for this subscription arrives within `ms`. */
  async expectSilence(id: string, ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const unexpected = this.inbox.filter((m) => m.id === id);
    if (unexpected.length) throw new Error(`expected no messages for ${id}, got ${JSON.stringify(unexpected)}`);
  }

  waitForClose(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
      this.closeWaiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.socket.close(1000, 'done');
    await this.waitForClose().catch(() => this.socket.terminate());
  }

  private receive(message: WsMessage): void {
    if (message.type === 'ping') {
      this.send({ type: 'pong' });
      return;
    }
    const index = this.waiters.findIndex((w) => w.match(message));
    if (index >= 0) this.waiters.splice(index, 1)[0].resolve(message);
    else this.inbox.push(message);
  }
}
