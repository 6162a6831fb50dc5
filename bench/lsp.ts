/**
 * Language-server benchmark through the real protocol: spawns `node dist/server.js --stdio`,
 * speaks LSP to it with vscode-languageserver-protocol (a client that does not declare pull
 * diagnostics, so the server pushes textDocument/publishDiagnostics), and times
 * didChange → the publishDiagnostics carrying that document version.
 *
 * The client sets `calque.debounceMs` to 0 (initializationOptions.settings), so what is measured
 * is analysis plus transport, not the editor-friendly debounce (150 ms by default). Note that the
 * server also waits at least as long as its previous check took before re-checking (so typing in
 * a huge document never queues check after check); that wait is part of the measured latency.
 *
 * Edits: typing — single characters inserted one after the other into one paragraph in the
 * middle of the document (each version is new text, so the edited paragraph is never a cache hit).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

interface Server {
  proc: ChildProcess;
  conn: ProtocolConnection;
  /** uri -> resolver waiting for a version (or any version when -1). */
  waiting: Map<string, { version: number; resolve: (t: number) => void }>;
  published: Map<string, number>;
}

async function startServer(serverJs: string): Promise<Server> {
  const proc = spawn(process.execPath, [...(process.env.CALQUE_BENCH_NODE_ARGS ? process.env.CALQUE_BENCH_NODE_ARGS.split(' ') : []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiting = new Map<string, { version: number; resolve: (t: number) => void }>();
  const published = new Map<string, number>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    const t = performance.now();
    published.set(p.uri, p.version ?? -1);
    const w = waiting.get(p.uri);
    if (w && (w.version === -1 || p.version === w.version)) {
      waiting.delete(p.uri);
      w.resolve(t);
    }
  });
  conn.onRequest('workspace/configuration', () => [{ debounceMs: 0 }]);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { settings: { debounceMs: 0 } },
  });
  await conn.sendNotification('initialized', {});
  return { proc, conn, waiting, published };
}

function waitFor(s: Server, uri: string, version: number): Promise<number> {
  return new Promise((resolve) => s.waiting.set(uri, { version, resolve }));
}

async function stop(s: Server): Promise<void> {
  try {
    await Promise.race([s.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await s.conn.sendNotification('exit');
  } catch {
    /* gone */
  }
  setTimeout(() => s.proc.kill(), 500).unref();
  await new Promise((r) => s.proc.once('exit', r));
  s.conn.dispose();
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export interface LatencyResult {
  bytes: number;
  edits: number;
  openMs: number;
  p50: number;
  p95: number;
  max: number;
}

/** Opens `text`, waits for its diagnostics, then types `edits` characters into a middle paragraph. */
export async function editLatency(serverJs: string, text: string, edits: number, warmup = 5): Promise<LatencyResult> {
  const s = await startServer(serverJs);
  const uri = 'file:///calque-bench/article.txt';
  const t0 = performance.now();
  const opened = waitFor(s, uri, 1);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const openMs = (await opened) - t0;
  // A line in the middle of the document that is a paragraph of prose: type at its end, before the final full stop.
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && lines[line]!.length < 200) line++;
  let col = lines[line]!.lastIndexOf(' ', lines[line]!.length - 2);
  if (col < 0) col = 0;
  const typed = ' and then the delegation agreed on the budget'.repeat(10);
  const times: number[] = [];
  for (let i = 0; i < edits + warmup; i++) {
    const version = i + 2;
    const ch = typed[i % typed.length]!;
    const wait = waitFor(s, uri, version);
    const t = performance.now();
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: col + i }, end: { line, character: col + i } }, text: ch }],
    });
    const got = await wait;
    if (i >= warmup) times.push(got - t);
  }
  await stop(s);
  return { bytes: Buffer.byteLength(text), edits, openMs, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

export interface MemoryResult {
  documents: number;
  bytesEach: number;
  rssMB: number;
  hwmMB: number;
  /** VmRSS after the server has been idle for `idleS` seconds (V8 returns unused heap pages lazily). */
  idleRssMB: number;
  idleS: number;
  openAllMs: number;
}

function procStatusMB(pid: number, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Opens every text as its own document, waits for all their diagnostics, reads the server's RSS. */
export async function openManyRss(serverJs: string, texts: string[]): Promise<MemoryResult> {
  const s = await startServer(serverJs);
  const t0 = performance.now();
  const all: Promise<number>[] = [];
  for (let i = 0; i < texts.length; i++) {
    const uri = `file:///calque-bench/doc${i}.txt`;
    all.push(waitFor(s, uri, 1));
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[i] } });
  }
  await Promise.all(all);
  const openAllMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 1000));
  const pid = s.proc.pid!;
  const rssMB = procStatusMB(pid, 'VmRSS');
  const hwmMB = procStatusMB(pid, 'VmHWM');
  // V8's memory reducer gives unused heap pages back only after a while without allocation.
  const idleS = Number(process.env.CALQUE_BENCH_IDLE_S ?? 60);
  let idleRssMB = rssMB;
  for (let t = 0; t < idleS; t += 5) {
    await new Promise((r) => setTimeout(r, 5000));
    idleRssMB = Math.min(idleRssMB, procStatusMB(pid, 'VmRSS'));
  }
  if (process.env.CALQUE_BENCH_SNAPSHOT) {
    // For looking into the server's heap: run with CALQUE_BENCH_NODE_ARGS=--heapsnapshot-signal=SIGUSR2.
    process.kill(pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, Number(process.env.CALQUE_BENCH_SNAPSHOT)));
  }
  await stop(s);
  return { documents: texts.length, bytesEach: Math.round(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length), rssMB, hwmMB, idleRssMB, idleS, openAllMs };
}
