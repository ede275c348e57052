import { spawn, type ChildProcess } from 'node:child_process';
import WebSocket from 'ws';

/**
 * A minimal WebDriver BiDi client for Firefox's built-in remote agent. Debian ships no
 * geckodriver and Playwright's Firefox needs a patched build, so we speak BiDi directly:
 * commands are `{id, method, params}` and answers carry the same id.
 */
export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export class BidiSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((event: BidiEvent) => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as {
        id?: number;
        type?: string;
        result?: unknown;
        error?: string;
        message?: string;
        method?: string;
        params?: Record<string, unknown>;
      };
      if (msg.id !== undefined && this.pending.has(msg.id)) {
        const p = this.pending.get(msg.id)!;
        this.pending.delete(msg.id);
        if (msg.type === 'error') p.reject(new Error(`${msg.error}: ${msg.message}`));
        else p.resolve(msg.result);
      } else if (msg.method) {
        for (const l of this.listeners) l({ method: msg.method, params: msg.params ?? {} });
      }
    });
  }

  static async connect(url: string): Promise<BidiSession> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiSession(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  onEvent(listener: (event: BidiEvent) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.socket.close();
  }
}

/** Starts headless Firefox with the remote agent on a free port; resolves its BiDi URL. */
export function startFirefox(binary: string, profileDir: string): Promise<{ proc: ChildProcess; wsUrl: string }> {
  const proc = spawn(
    binary,
    [
      '--headless',
      '--no-remote',
      '--profile', profileDir,
      '--remote-debugging-port', '0',
      // Required to open moz-extension:// pages (the popup) over BiDi.
      '--remote-allow-system-access',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      proc.kill();
      reject(new Error(`Firefox did not start its BiDi server:\n${output.slice(-2000)}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, wsUrl: m[1]! });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${output.slice(-2000)}`));
    });
  });
}
