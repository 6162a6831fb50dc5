/**
 * XLIFF 1.2 and 2.0 → BitextFile.
 *
 * @rgrove/parse-xml checks well-formedness and gives each node its [start, end) in the file; it
 * does not say where each decoded character came from, so the raw text of every text node is
 * re-read here (entities, CDATA, comments, CR LF) to build Span.map. Everything is one pass over
 * the tree plus one pass over each span's raw text: linear in the input.
 */
import { parseXml, XmlElement, XmlError, XmlText, type XmlDocument } from '@rgrove/parse-xml';
import { BitextError, type BitextFile, type BitextUnit, type InlineCode, type Span } from './types';

const OBJ = '\uFFFC';

/** Appends decoded text: every unit at `at` (an entity, a code), or at at, at+1, … when `literal`. */
type Push = (str: string, at: number, literal?: boolean) => void;

/** Codes whose content is prose: their start tag and end tag are one U+FFFC each. */
const PAIRED = new Set(['g', 'pc', 'mrk']);
/** Codes that are one U+FFFC as a whole element (their content, if any, is native code). */
const ROLE: Record<string, InlineCode['role']> = {
  x: 'standalone', ph: 'standalone', it: 'standalone',
  bx: 'open', bpt: 'open', sc: 'open', sm: 'open',
  ex: 'close', ept: 'close', ec: 'close', em: 'close',
};
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Local name: prefixed XLIFF elements (`xlf:source`) are read like unprefixed ones. */
const local = (el: XmlElement): string => el.name.slice(el.name.indexOf(':') + 1);
const childElements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => c instanceof XmlElement);
const child = (el: XmlElement, name: string): XmlElement | undefined => childElements(el).find((c) => local(c) === name);

export function parseXliff(text: string): BitextFile {
  let doc: XmlDocument;
  try {
    doc = parseXml(text, { includeOffsets: true });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // The parser's own "(line, column)" and excerpt count code points as UTF-16 units; the
    // caller computes line and column from our offset instead.
    const message = e.message.replace(/ \(line \d+, column \d+\)[\s\S]*$/, '');
    throw new BitextError(`Ill-formed XML: ${message}`, codePointToIndex(text, e.pos));
  }
  const root = doc.root;
  if (!root || local(root) !== 'xliff') {
    throw new BitextError(`Not an XLIFF file: the root element is <${root?.name ?? ''}>, not <xliff>`, root?.start ?? 0);
  }
  const versionAttr = root.attributes.version;
  const v2 = versionAttr ? versionAttr.startsWith('2') : 'srcLang' in root.attributes;
  const file: BitextFile = {
    format: 'xliff',
    version: versionAttr ?? (v2 ? '2.0' : '1.2'),
    units: [],
    escape: escapeXml,
  };
  if (v2) {
    file.sourceLanguage = root.attributes.srcLang || undefined;
    file.targetLanguage = root.attributes.trgLang || undefined;
  }
  const r = new Reader(text);

  // translate="no" on a <file> (2.0), <group> or unit applies to everything inside it.
  const visit = (el: XmlElement, translate: boolean): void => {
    for (const c of childElements(el)) {
      const name = local(c);
      const tr = c.attributes.translate !== undefined ? c.attributes.translate !== 'no' : translate;
      if (name === 'file' && !v2 && !file.sourceLanguage && !file.targetLanguage) {
        // XLIFF 1.2 puts the languages on each <file>; the first file that names them speaks for all.
        file.sourceLanguage = c.attributes['source-language'] || undefined;
        file.targetLanguage = c.attributes['target-language'] || undefined;
      }
      if (name === 'trans-unit' && !v2) file.units.push(r.unit12(c, tr));
      else if (name === 'unit' && v2) file.units.push(...r.unit20(c, tr));
      else if (name === 'file' || name === 'body' || name === 'group') visit(c, tr);
      // Anything else (header, skeleton, notes, bin-unit, metadata) holds no checkable text.
    }
  };
  visit(root, true);
  return file;
}

/** XML escaping of decoded text for writing it back into element content. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** parse-xml reports errors as a code-point index; spans and the caller use UTF-16 offsets. */
function codePointToIndex(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

class Reader {
  constructor(private readonly src: string) {}

  unit12(tu: XmlElement, translate: boolean): BitextUnit {
    const source = child(tu, 'source');
    if (!source) throw new BitextError(`trans-unit "${tu.attributes.id ?? ''}" has no <source>`, tu.start);
    const target = child(tu, 'target');
    // A missing <target> goes after <source> (and after <seg-source>, which the schema puts in between).
    const before = child(tu, 'seg-source') ?? source;
    return this.unit(tu.attributes.id ?? '', source, target, target?.attributes.state, before.end, translate);
  }

  unit20(u: XmlElement, translate: boolean): BitextUnit[] {
    const id = u.attributes.id ?? '';
    const segments = childElements(u).filter((c) => local(c) === 'segment');
    return segments.map((seg, k) => {
      const source = child(seg, 'source');
      if (!source) throw new BitextError(`segment of unit "${id}" has no <source>`, seg.start);
      const segId = segments.length > 1 ? `${id}/${seg.attributes.id ?? String(k + 1)}` : id;
      return this.unit(segId, source, child(seg, 'target'), seg.attributes.state, source.end, translate);
    });
  }

  private unit(id: string, source: XmlElement, target: XmlElement | undefined, state: string | undefined, insertAt: number, translate: boolean): BitextUnit {
    const u: BitextUnit = { id, source: this.span(source) };
    // <target/> has no content position to write into: it counts as no target, without an insertion point.
    if (target && !this.selfClosed(target)) u.target = this.span(target);
    else if (!target) u.targetInsertAt = insertAt;
    if (state) u.state = state;
    if (!translate) u.translate = false;
    return u;
  }

  /** The content of <source>/<target> as a Span. */
  private span(el: XmlElement): Span {
    const [fileStart, fileEnd] = this.content(el);
    const s: Span = { text: '', map: [], fileStart, fileEnd, codes: [] };
    const parts: string[] = [];
    const push: Push = (str, at, literal = false) => {
      parts.push(str);
      for (let k = 0; k < str.length; k++) s.map.push(literal ? at + k : at);
    };
    const code = (tag: string, e: XmlElement, role: InlineCode['role'], start: number, end: number): void => {
      // <ec/> and <em/> close the code named by startRef (their id exists only when isolated).
      const id = e.attributes.id ?? (tag === 'ec' || tag === 'em' ? e.attributes.startRef : undefined) ?? '';
      s.codes.push({ tag, id, role, at: s.map.length, fileStart: start, fileEnd: end });
      push(OBJ, start);
    };
    const walk = (parent: XmlElement): void => {
      for (const c of parent.children) {
        if (c instanceof XmlText) this.decode(c.start, c.end, push);
        else if (c instanceof XmlElement) {
          const tag = local(c);
          if (tag === 'mrk' && c.attributes.mtype === 'seg') {
            // XLIFF 1.2 segmentation markers (seg-source and its mirror in target) are not codes:
            // the source has none (seg-source is not read), so the target must not either.
            walk(c);
          } else if (PAIRED.has(tag)) {
            const [inStart, inEnd] = this.content(c);
            code(tag, c, 'open', c.start, inStart);
            walk(c);
            // An empty-element <g/> still gets its close, zero-width at its end, so that
            // source and target codes pair up the same way whichever form they use.
            code(tag, c, 'close', inEnd, c.end);
          } else if (tag === 'cp') {
            // XLIFF 2.0 <cp hex="…"/> stands for a character XML cannot carry: it is text, not a code.
            const n = parseInt(c.attributes.hex ?? '', 16);
            if (!/^[0-9a-fA-F]+$/.test(c.attributes.hex ?? '') || n > 0x10ffff) throw new BitextError(`<cp> with an invalid hex attribute "${c.attributes.hex ?? ''}"`, c.start);
            push(String.fromCodePoint(n), c.start);
          } else {
            // Known standalone codes, and unknown elements: markup, not prose.
            const known = Object.hasOwn(ROLE, tag);
            code(known ? tag : c.name, c, known ? ROLE[tag]! : 'standalone', c.start, c.end);
          }
        }
        // Comments are not nodes; processing instructions are skipped.
      }
    };
    walk(el);
    s.text = parts.join('');
    s.map.push(fileEnd);
    return s;
  }

  /** [start, end) between an element's start tag and its end tag (both el.end for <x/>). */
  private content(el: XmlElement): [number, number] {
    const src = this.src;
    // Find the '>' closing the start tag; attribute values may contain '>', so skip quoted runs.
    let i = el.start + 1;
    for (;;) {
      const ch = src[i];
      if (ch === '"' || ch === "'") i = src.indexOf(ch, i + 1) + 1;
      else if (ch === '>') break;
      else i++;
    }
    const startTagEnd = i + 1;
    if (startTagEnd === el.end) return [el.end, el.end];
    // The end tag `</name S? >` contains no '<' but its first: it starts at the last '<'.
    return [startTagEnd, src.lastIndexOf('<', el.end - 1)];
  }

  private selfClosed(el: XmlElement): boolean {
    return this.content(el)[0] === el.end;
  }

  /**
   * Decodes the raw text node [start, end), which parse-xml may have merged from character data,
   * references, CDATA sections and comments, pushing each decoded piece with its file offset.
   */
  private decode(start: number, end: number, push: Push): void {
    const src = this.src;
    let i = start;
    while (i < end) {
      const ch = src[i]!;
      if (ch === '&') {
        const semi = src.indexOf(';', i);
        const ref = src.slice(i + 1, semi);
        const value = ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) : ENTITIES[ref]!;
        push(value, i);
        i = semi + 1;
      } else if (ch === '<') {
        if (src.startsWith('<![CDATA[', i)) {
          const close = src.indexOf(']]>', i + 9);
          this.literal(i + 9, close, push);
          i = close + 3;
        } else if (src.startsWith('<!--', i)) i = src.indexOf('-->', i + 4) + 3;
        else i = src.indexOf('?>', i + 2) + 2;
      } else {
        const next = nextSpecial(src, i, end);
        this.literal(i, next, push);
        i = next;
      }
    }
  }

  /** Literal characters, with XML's line-end normalisation (CR LF and lone CR read as LF, mapped to the CR). */
  private literal(from: number, to: number, push: Push): void {
    const src = this.src;
    let run = from;
    for (let i = from; i < to; i++) {
      if (src.charCodeAt(i) !== 13) continue;
      if (run < i) push(src.slice(run, i), run, true);
      push('\n', i);
      if (i + 1 < to && src.charCodeAt(i + 1) === 10) i++;
      run = i + 1;
    }
    if (run < to) push(src.slice(run, to), run, true);
  }
}

/** Next '&' or '<' in [i, end) (end when none). */
function nextSpecial(src: string, i: number, end: number): number {
  for (let j = i; j < end; j++) {
    const c = src.charCodeAt(j);
    if (c === 38 || c === 60) return j;
  }
  return end;
}
