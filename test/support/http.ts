/** Raw HTTP and WebSocket calls for tests about what the server says before GraphQL runs (status codes, headers, closes). */
import WebSocket from 'ws';

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    [key: string]: unknown;
  };
  text: string;
}

/** POST a GraphQL request (or any body) and read the answer whatever its status. */
export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: RawAnswer['body'] = {};
  try {
    parsed = JSON.parse(text) as RawAnswer['body'];
  } catch {
    // not JSON: the test looks at `text`
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Open a graphql-ws socket and send connection_init: acked, or closed with a code and reason. */
export async function wsInit(
  url: string,
  payload: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<{ acked: true; socket: WebSocket } | { acked: false; code: number; reason: string }> {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no ack and no close')), timeoutMs);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        clearTimeout(timer);
        resolve({ acked: true, socket });
      }
    });
    socket.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ acked: false, code, reason: String(reason) });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Send one subscribe on an acked socket and wait for its first next / error message. */
export function wsFirstAnswer(
  socket: WebSocket,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 10_000,
): Promise<{ type: string; payload: unknown }> {
  const id = `s${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${id}`)), timeoutMs);
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { id?: string; type: string; payload: unknown };
      if (message.id === id && (message.type === 'next' || message.type === 'error')) {
        clearTimeout(timer);
        socket.off('message', onMessage);
        resolve(message);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
  });
}

/** Close a socket and wait until it is closed. */
export async function wsClose(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return;
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.close(1000, 'done');
  });
}
