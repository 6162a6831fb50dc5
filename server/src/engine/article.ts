/**
 * The article model: document text -> prose blocks (paragraphs, headings, list items...)
 * with exact offsets. Markdown is parsed with mdast-util-from-markdown (micromark: CommonMark
 * + GFM + front matter, with source offsets); plain text is split on blank lines.
 * Anything that is not prose is masked (see MASK in types.ts), never removed, so every
 * offset a rule computes is an offset into the original text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents } from 'mdast';
import { MASK, SYNTAX, type BlockKind, type DocumentFormat } from './types';
import { parseDirective, type Directive } from './suppress';
import { computeLineStarts } from './lines';

/** A block before tokenisation: its range and masked text. */
export interface RawBlock {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
}

export interface ParsedArticle {
  blocks: RawBlock[];
  directives: Directive[];
  /** Offsets of line starts (for line-based suppressions). */
  lineStarts: number[];
}

export function parseArticle(text: string, format: DocumentFormat): ParsedArticle {
  const lineStarts = computeLineStarts(text);
  return format === 'markdown' ? parseMarkdown(text, lineStarts) : parsePlain(text, lineStarts);
}

// ---------------------------------------------------------------- plain text

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0xfeff && c !== 0x3000) return false;
  }
  return true;
}

function lineEnd(text: string, lineStarts: number[], line: number): number {
  // End of line content, without its line break.
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
  if (end > lineStarts[line]! && text.charCodeAt(end - 1) === 10) end--;
  if (end > lineStarts[line]! && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function parsePlain(text: string, lineStarts: number[]): ParsedArticle {
  const blocks: RawBlock[] = [];
  const directives: Directive[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) {
      blocks.push({ kind: 'paragraph', start: blockStart, end: blockEnd, text: maskPlain(text.slice(blockStart, blockEnd)) });
      blockStart = -1;
    }
  };
  // A directive line contains "calque-": only such lines are handed to parseDirective
  // (`next` is the next occurrence at or after the current line, found once: linear).
  let next = text.indexOf('calque-');
  for (let line = 0; line < lineStarts.length; line++) {
    const s = lineStarts[line]!;
    const e = lineEnd(text, lineStarts, line);
    if (next >= 0 && next < s) next = text.indexOf('calque-', s);
    const d = next >= s && next < e ? parseDirective(text.slice(s, e), line, 'plaintext') : null;
    if (d) {
      directives.push(d);
      flush();
      continue;
    }
    if (isBlankLine(text, s, e)) {
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = s;
    blockEnd = e;
  }
  flush();
  // Leading BOM is not prose.
  if (blocks[0] && text.charCodeAt(0) === 0xfeff && blocks[0].start === 0) {
    blocks[0].text = MASK + blocks[0].text.slice(1);
  }
  return { blocks, directives, lineStarts };
}

/** Masks URLs, e-mail addresses and HTML tags in plain text (linear scans, no regex backtracking). */
export function maskPlain(s: string): string {
  // Most paragraphs hold no URL, address or tag: native substring searches decide that
  // without walking the text character by character (each branch below needs one of these).
  if (s.indexOf('://') < 0 && s.indexOf('@') < 0 && s.indexOf('<') < 0 && !WWW.test(s)) return s;
  let out: string[] | null = null;
  const mask = (from: number, to: number) => {
    out ??= s.split('');
    for (let i = from; i < to; i++) out[i] = MASK;
  };
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s[i]!;
    if ((c === 'h' || c === 'H' || c === 'w' || c === 'W' || c === 'f') && (i === 0 || !isUrlChar(s[i - 1]!))) {
      const rest = s.slice(i, i + 8).toLowerCase();
      if (rest.startsWith('http://') || rest.startsWith('https://') || rest.startsWith('www.') || rest.startsWith('ftp://')) {
        let j = i;
        while (j < n && isUrlChar(s[j]!)) j++;
        // A trailing full stop, comma or closing bracket belongs to the sentence, not the URL.
        while (j > i && '.,;:!?)]}\'"’”»'.includes(s[j - 1]!)) j--;
        mask(i, j);
        i = j - 1;
        continue;
      }
    }
    if (c === '@' && i > 0 && i + 1 < n && isEmailChar(s[i - 1]!) && isEmailChar(s[i + 1]!)) {
      let a = i - 1;
      while (a > 0 && isEmailChar(s[a - 1]!)) a--;
      let b = i + 1;
      while (b < n && (isEmailChar(s[b]!) || s[b] === '.')) b++;
      while (b > i + 1 && s[b - 1] === '.') b--;
      if (s.slice(i + 1, b).includes('.')) {
        mask(a, b);
        i = b - 1;
      }
      continue;
    }
    if (c === '<' && i + 1 < n && (isAsciiLetter(s[i + 1]!) || s[i + 1] === '/' || s[i + 1] === '!')) {
      // An HTML tag or comment: <tag ...>, </tag>, <!-- ... -->, within the block.
      const close = s.indexOf('>', i + 1);
      const nl = s.indexOf('\n', i + 1);
      if (close > 0 && (nl < 0 || close < nl || s.startsWith('<!--', i))) {
        mask(i, close + 1);
        i = close;
      }
    }
  }
  return out ? (out as string[]).join('') : s;
}

const WWW = /www\./i;

function isAsciiLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
function isUrlChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return code > 32 && code < 127 && c !== '<' && c !== '>' && c !== '"' && c !== '`';
}
function isEmailChar(c: string): boolean {
  return isAsciiLetter(c) || (c >= '0' && c <= '9') || c === '_' || c === '-' || c === '+' || c === '.';
}

// ---------------------------------------------------------------- markdown

const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

function parseMarkdown(text: string, lineStarts: number[]): ParsedArticle {
  try {
    return { ...markdownBlocks(text), lineStarts };
  } catch {
    // The Markdown parser or its GFM extensions recurse per nesting level and overflow the
    // call stack on pathological nesting ("- - - - …" thousands deep). Fall back to parsing
    // each blank-line-separated chunk on its own; a chunk that still fails is not checked.
    const blocks: RawBlock[] = [];
    const directives: Directive[] = [];
    let chunkStart = -1;
    let chunkLine = 0;
    const flush = (end: number) => {
      if (chunkStart < 0) return;
      try {
        const sub = markdownBlocks(text.slice(chunkStart, end));
        for (const b of sub.blocks) blocks.push({ ...b, start: b.start + chunkStart, end: b.end + chunkStart });
        for (const d of sub.directives) directives.push({ ...d, line: d.line + chunkLine });
      } catch {
        /* not checked */
      }
      chunkStart = -1;
    };
    for (let line = 0; line < lineStarts.length; line++) {
      const s = lineStarts[line]!;
      const e = lineEnd(text, lineStarts, line);
      if (isBlankLine(text, s, e)) {
        flush(s);
        continue;
      }
      if (chunkStart < 0) {
        chunkStart = s;
        chunkLine = line;
      }
    }
    flush(text.length);
    return { blocks, directives, lineStarts };
  }
}

function markdownBlocks(text: string): { blocks: RawBlock[]; directives: Directive[] } {
  const tree = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const blocks: RawBlock[] = [];
  const directives: Directive[] = [];

  // Iterative walk (an explicit stack, children in order): deeply nested blockquotes or lists
  // ("> > > …" thousands deep) must not overflow the call stack.
  const stack: [Nodes, BlockKind][] = [[tree, 'paragraph']];
  const visit = (node: Nodes, parentKind: BlockKind) => {
    if (node.type === 'html') {
      const line = (node.position?.start.line ?? 1) - 1;
      const d = parseDirective(node.value, line, 'markdown');
      if (d) {
        // A directive's "next line" is the line after the comment's last line.
        d.line = (node.position?.end.line ?? 1) - 1;
        directives.push(d);
      }
      return;
    }
    if (PROSE_CONTAINERS.has(node.type) && node.position) {
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      // Syntax is transparent by default; prose is copied from text nodes; opaque parts are masked.
      const chars = new Array<string>(end - start).fill(SYNTAX);
      collectProse(node as Parents, text, start, chars);
      const kind: BlockKind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : parentKind;
      blocks.push({ kind, start, end, text: chars.join('') });
      return;
    }
    if ('children' in node) {
      const kind: BlockKind = node.type === 'listItem' ? 'list-item' : node.type === 'blockquote' ? 'blockquote' : parentKind;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, kind]);
    }
  };
  while (stack.length) {
    const [node, kind] = stack.pop()!;
    visit(node, kind);
  }
  blocks.sort((a, b) => a.start - b.start);
  return { blocks, directives };
}

function maskRange(chars: string[], base: number, from: number | undefined, to: number | undefined): void {
  if (from === undefined || to === undefined) return;
  for (let i = Math.max(from, base); i < to && i - base < chars.length; i++) chars[i - base] = MASK;
}

/**
 * Copies the source of every prose text node below `node` into `chars`; code, HTML, images,
 * link destinations and autolinks are masked; remaining syntax stays SYNTAX.
 */
function collectProse(root: Parents, text: string, base: number, chars: string[]): void {
  // Iterative (explicit stack) so that deeply nested emphasis or links cannot overflow the call stack.
  const stack: Nodes[] = [];
  const pushChildren = (n: Parents) => {
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  };
  pushChildren(root);
  while (stack.length) {
    const child = stack.pop()! as Nodes;
    const p = child.position;
    switch (child.type) {
      case 'text': {
        if (!p) break;
        const from = p.start.offset!;
        const to = p.end.offset!;
        const src = maskPlain(text.slice(from, to));
        // The node's source may hold container syntax the value does not ("> " and list
        // indentation on continuation lines, backslash escapes): align source and value, and
        // keep as prose only the source characters that are in the value.
        const value = child.value;
        let vi = 0;
        for (let i = from; i < to; i++) {
          const c = text[i]!;
          if (vi < value.length && c === value[vi]) {
            chars[i - base] = src[i - from]!;
            vi++;
          } else if (c === '\r' && value[vi] === '\n') {
            chars[i - base] = c;
          } else {
            chars[i - base] = SYNTAX;
          }
        }
        break;
      }
      case 'break':
        break;
      case 'link': {
        // Autolinks (<https://…>, www.…) show their URL as text: not prose.
        const label = child.children.length === 1 && child.children[0]!.type === 'text' ? child.children[0]!.value : null;
        if (label !== null && (label === child.url || child.url === 'mailto:' + label || child.url.endsWith('//' + label) || child.url === 'http://' + label)) {
          maskRange(chars, base, p?.start.offset, p?.end.offset);
          break;
        }
        collectProse(child, text, base, chars); // links do not nest: this recursion is one level deep
        // The destination "(url "title")" after the link text is not prose.
        const lastChild = child.children[child.children.length - 1];
        const textEnd = lastChild?.position?.end.offset;
        if (textEnd !== undefined && p?.end.offset !== undefined) {
          const close = text.indexOf(']', textEnd);
          maskRange(chars, base, close >= 0 && close < p.end.offset ? close + 1 : textEnd, p.end.offset);
        }
        break;
      }
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        maskRange(chars, base, p?.start.offset, p?.end.offset);
        break;
      default:
        if ('children' in child) pushChildren(child as Parents);
    }
  }
}

