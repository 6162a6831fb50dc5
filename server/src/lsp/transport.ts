/**
 * The language server's transport: the connection over stdio (with a guard on the LSP framing,
 * so a stream that can no longer be read makes the server exit for the client to restart it) or
 * over the channel the client set up (node IPC, sockets).
 */
import { PassThrough } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter, ProposedFeatures, type Connection } from 'vscode-languageserver/node';

/**
 * Passes the stdin byte stream through unchanged while following its LSP framing: every
 * header block must announce a Content-Length that is a whole number of bytes (at most 1 GiB);
 * otherwise the stream can never be read again, and `fatal` is called.
 */
function framingGuard(input: NodeJS.ReadableStream, fatal: (why: string) => void): NodeJS.ReadableStream {
  const out = new PassThrough();
  let header = '';
  let bodyLeft = 0;
  input.on('data', (chunk: Buffer) => {
    let i = 0;
    while (i < chunk.length) {
      if (bodyLeft > 0) {
        const take = Math.min(bodyLeft, chunk.length - i);
        bodyLeft -= take;
        i += take;
        continue;
      }
      const c = chunk[i++]!;
      header += String.fromCharCode(c);
      if (header.length > 8192) return fatal('a message header longer than 8 KB');
      if (header.endsWith('\r\n\r\n')) {
        const m = /(?:^|\r\n)content-length:[ \t]*([^\r\n]*)/i.exec(header);
        const v = m ? m[1]!.trim() : '';
        if (!/^\d{1,10}$/.test(v) || Number(v) > 1 << 30) return fatal(m ? `Content-Length "${v}" is not a byte count` : 'a header without Content-Length');
        bodyLeft = Number(v);
        header = '';
      }
    }
    out.write(chunk);
  });
  input.on('end', () => out.end());
  input.on('error', (e) => out.destroy(e as Error));
  return out;
}

/**
 * The connection for the command-line transport. Over stdio, a message stream that cannot be
 * parsed any more (a bad Content-Length) cannot recover: the server exits, so the editor
 * restarts it, instead of hanging alive and mute.
 */
export function defaultConnection(): Connection {
  if (process.argv.includes('--stdio')) {
    const fatal = (why: string): never => {
      process.stderr.write(`calque: unreadable LSP message stream (${why}); exiting so the client can restart the server\n`);
      process.exit(1);
    };
    const reader = new StreamMessageReader(framingGuard(process.stdin, fatal));
    const writer = new StreamMessageWriter(process.stdout);
    // A bad header leaves the reader unable to find the next message (a malformed JSON body is
    // survivable and answered with a parse error instead).
    reader.onError((e) => {
      if (/Content-Length|Header must provide/.test(e.message)) fatal(e.message);
    });
    // A message whose announced length never arrives (5 s without a byte): the framing is lost.
    reader.partialMessageTimeout = 5000;
    reader.onPartialMessage((info) => fatal(`a message announced more bytes than arrived within ${info.waitingTime} ms`));
    return createConnection(ProposedFeatures.all, reader, writer);
  }
  return createConnection(ProposedFeatures.all);
}

