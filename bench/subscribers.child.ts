/**
 * The subscription bench's clients, in a process of their own (so the
 * server's CPU and memory are not the clients'): many graphql-ws
 * connections, each with one subscription, recording for every change
 * received how long after the change's `at` (stamped in the writing
 * transaction, just before it commits) it arrived, and checking that each
 * subscription saw sequence numbers only go up.
 *
 * Driven over IPC by bench/scenarios/subscriptions.scenario.ts:
 *   parent → { type: 'start', wsUrl, subscriptions: [{ query, variables, group }] }
 *   child  → { type: 'ready', connected, failed }
 *   parent → { type: 'stop' }
 *   child  → { type: 'result', groups: { [group]: { latencies, received, outOfOrder, errors } } }
 */
import WebSocket from 'ws';

interface Spec {
  query: string;
  variables: Record<string, unknown>;
  group: string;
}

interface GroupResult {
  latencies: number[];
  received: number;
  outOfOrder: number;
  errors: string[];
}

const groups = new Map<string, GroupResult>();
const sockets: WebSocket[] = [];

function groupOf(name: string): GroupResult {
  let g = groups.get(name);
  if (!g) groups.set(name, (g = { latencies: [], received: 0, outOfOrder: 0, errors: [] }));
  return g;
}

/** One connection with one subscription; resolves once the server acknowledged the connection. */
function open(wsUrl: string, spec: Spec): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    sockets.push(socket);
    const group = groupOf(spec.group);
    let lastSeq = 0;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('error', reject);
    socket.on('message', (data) => {
      const received = Date.now();
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: spec }));
        resolve();
      } else if (message.type === 'next') {
        const payload = message.payload as { data?: Record<string, { seq: number; at: string }>; errors?: unknown[] };
        if (payload.errors) {
          group.errors.push(JSON.stringify(payload.errors).slice(0, 300));
          return;
        }
        const change = Object.values(payload.data ?? {})[0];
        group.received += 1;
        group.latencies.push(received - Date.parse(change.at));
        if (change.seq <= lastSeq) group.outOfOrder += 1;
        lastSeq = change.seq;
      } else if (message.type === 'error') {
        group.errors.push(JSON.stringify(message.payload).slice(0, 300));
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      }
    });
  });
}

async function connectAll(wsUrl: string, specs: readonly Spec[]): Promise<void> {
  let connected = 0;
  let failed = 0;
  // Connect in waves so the server's accept queue is not flooded.
  for (let i = 0; i < specs.length; i += 50) {
    const wave = await Promise.allSettled(specs.slice(i, i + 50).map((s) => open(wsUrl, s)));
    connected += wave.filter((r) => r.status === 'fulfilled').length;
    failed += wave.filter((r) => r.status === 'rejected').length;
  }
  process.send!({ type: 'ready', connected, failed });
}

process.on('message', (message: { type: string; wsUrl?: string; subscriptions?: Spec[] }) => {
  if (message.type === 'start') {
    void connectAll(message.wsUrl!, message.subscriptions!);
  } else if (message.type === 'stop') {
    for (const socket of sockets) socket.close(1000, 'bench done');
    process.send!({ type: 'result', groups: Object.fromEntries(groups) }, () => process.exit(0));
  }
});
