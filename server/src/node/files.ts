/**
 * Reading and writing article files without losing data: encoding (UTF-8 with or without BOM,
 * UTF-16 LE/BE with BOM) and line endings are kept; writes are atomic (temp file in the same
 * folder + rename), keep the file's permissions, and refuse to overwrite a file that changed
 * on disk since it was read.
 */
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, fchownSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface TextFile {
  path: string;
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** sha256 of the bytes read, to detect changes before writing. */
  hash: string;
  mode: number;
  size: number;
}

export class FileError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly kind: 'io' | 'binary' | 'encoding' | 'changed' | 'too-large' | 'read-only' | 'hard-link' | 'not-regular',
  ) {
    super(`${path}: ${message}`);
  }
}

function sha(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Decodes bytes; throws FileError for binary data or unsupported encodings (with the byte offset). */
export function decodeText(path: string, bytes: Uint8Array): { text: string; encoding: Encoding; bom: boolean } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(path, bytes.subarray(3), 3), encoding: 'utf8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(path, bytes, 'utf-16le'), encoding: 'utf16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(path, bytes, 'utf-16be'), encoding: 'utf16be', bom: true };
  }
  return { text: decodeUtf8(path, bytes, 0), encoding: 'utf8', bom: false };
}

/**
 * UTF-16 after its BOM. Strict: an odd number of bytes or an unpaired surrogate would decode to
 * U+FFFD, and writing the text back would then change bytes the user never touched.
 */
function decodeUtf16(path: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) throw new FileError(path, `is not valid ${label.toUpperCase()} (odd number of bytes); skipped`, 'encoding');
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const le = label === 'utf-16le';
    let i = 0;
    for (; i + 1 < body.length; i += 2) {
      const u = le ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!;
      if (u >= 0xdc00 && u <= 0xdfff) break;
      if (u >= 0xd800 && u <= 0xdbff) {
        const n = le ? (body[i + 2] ?? 0) | ((body[i + 3] ?? 0) << 8) : ((body[i + 2] ?? 0) << 8) | (body[i + 3] ?? 0);
        if (i + 3 >= body.length || n < 0xdc00 || n > 0xdfff) break;
        i += 2;
      }
    }
    throw new FileError(path, `is not valid ${label.toUpperCase()} (unpaired surrogate at byte offset ${2 + i}); skipped`, 'encoding');
  }
}

function decodeUtf8(path: string, bytes: Uint8Array, base: number): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new FileError(path, `looks binary (NUL byte at offset ${base + nul}); skipped`, 'binary');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Find the first invalid byte for a useful message.
    let i = 0;
    for (; i < bytes.length; i++) {
      const b = bytes[i]!;
      const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
      if (n < 0) break;
      let ok = true;
      for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
      if (!ok) break;
      i += n;
    }
    throw new FileError(path, `is not valid UTF-8 (invalid byte at offset ${base + i}); convert it to UTF-8 or UTF-16 with BOM; skipped`, 'encoding');
  }
}

export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  if (encoding === 'utf8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16be') le.swap16();
  const mark = encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), le]) : le;
}

/**
 * A small data file (configuration, phrasebook, ignore list) as UTF-8: only a regular file, and
 * only up to `maxBytes` — a path to "/dev/zero" or a FIFO must not hang or exhaust memory.
 */
export function readDataFile(path: string, maxBytes: number): string {
  const st = statSync(path);
  if (!st.isFile()) throw new Error('not a regular file (a device, a pipe or a socket)');
  if (st.size > maxBytes) throw new Error(`${st.size} bytes, over the limit of ${maxBytes} for this kind of file`);
  return readFileSync(path, 'utf8');
}

export function readTextFile(path: string, maxBytes = Infinity): TextFile {
  let bytes: Buffer;
  let st;
  try {
    st = statSync(path);
    // A device, a FIFO or a socket has no size to check and may never end ("/dev/zero").
    if (!st.isFile()) throw new FileError(path, 'is not a regular file (a device, a pipe or a socket); skipped', 'not-regular');
    if (st.size > maxBytes) throw new FileError(path, `is ${st.size} bytes, over the limit of ${maxBytes} (maxFileSize); skipped`, 'too-large');
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(path, `cannot be read: ${(e as Error).message}`, 'io');
  }
  const d = decodeText(path, bytes);
  return { path, ...d, hash: sha(bytes), mode: st.mode & 0o7777, size: bytes.length };
}

/**
 * Writes `text` back to `original.path` atomically, with the original's encoding, BOM and
 * permissions. Throws FileError('changed') if the file on disk is no longer what was read.
 */
export function writeTextFileAtomic(original: TextFile, text: string): void {
  let path = original.path;
  let current: Buffer;
  try {
    // A symbolic link is followed: the rename replaces its target, never the link itself.
    path = realpathSync(original.path);
    current = readFileSync(path);
  } catch (e) {
    throw new FileError(original.path, `cannot be re-read before writing: ${(e as Error).message}`, 'io');
  }
  if (sha(current) !== original.hash) throw new FileError(original.path, 'changed on disk since it was read; not written (run again)', 'changed');
  const st = statSync(path);
  // Read-only means read-only, also for root (who may write anyway).
  if ((st.mode & 0o222) === 0) throw new FileError(original.path, 'is read-only; not written (make it writable to apply fixes)', 'read-only');
  // A rename would give this name a new file and leave the other names with the old text.
  if (st.nlink > 1) throw new FileError(original.path, `has ${st.nlink} hard links; not written (a fix would split them: fix one copy, or remove the extra links)`, 'hard-link');
  const bytes = encodeText(text, original.encoding, original.bom);
  // A short name: the file's own name may already be near the 255-byte limit.
  const tmp = join(dirname(path), `.calque-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd = -1;
  try {
    fd = openSync(tmp, 'wx', original.mode);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    // Keep owner and group (a fix run by root or by a group member must not take the file over).
    try {
      fchownSync(fd, st.uid, st.gid);
    } catch (e) {
      throw new Error(`its owner and group could not be kept (${(e as Error).message})`);
    }
    closeSync(fd);
    fd = -1;
    chmodSync(tmp, original.mode);
    renameSync(tmp, path);
  } catch (e) {
    fd = closeQuietly(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw new FileError(original.path, `could not be written: ${(e as Error).message}`, 'io');
  }
  // Make the rename itself durable (best effort: not every platform can fsync a folder).
  try {
    const dfd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* not supported here */
  }
}

function closeQuietly(fd: number): number {
  if (fd >= 0) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
  }
  return -1;
}
