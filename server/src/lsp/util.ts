/**
 * Small helpers of the language server that need no server state: a document's format, the
 * maxFileSize cut, file: URIs to paths and sizes for messages.
 */
import { fileURLToPath } from 'node:url';

export type Format = 'plaintext' | 'markdown';

export function formatOf(uri: string, languageId: string): Format {
  if (languageId === 'markdown' || languageId === 'md') return 'markdown';
  const path = uri.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.md') || path.endsWith('.markdown') || path.endsWith('.mdx')) return 'markdown';
  return 'plaintext';
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts `text` at a paragraph (or line) break so that at most ~maxBytes UTF-8 bytes are checked. */
export function truncateForCheck(text: string, maxBytes: number): { text: string; truncated: boolean; bytes: number } {
  if (text.length * 3 <= maxBytes) return { text, truncated: false, bytes: -1 };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return { text, truncated: false, bytes };
  let cut = Math.max(0, Math.floor((text.length * maxBytes) / bytes));
  const para = text.lastIndexOf('\n\n', cut);
  const line = text.lastIndexOf('\n', cut);
  if (para > cut / 2) cut = para + 1;
  else if (line > cut / 2) cut = line + 1;
  // never split a surrogate pair
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true, bytes };
}

export function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
