/**
 * names: one person, one spelling. Flags the minority spelling(s) of a name that a document
 * (or, with nameScope "workspace", the workspace) spells in more than one way:
 * Cichanouskaya / Cichanouskaja, Zelensky / Selenskyj, Bärbock / Baerbock. Case endings
 * (Зеленского, Merkels, Lukashenko’s) and derivations (Russia / Russian) are not variants.
 * A glossary (`names` in .calque.json) overrides the majority and is checked even for a
 * single occurrence.
 *
 * checkBlock extracts name occurrences into a summary (cached per block);
 * checkDocument groups them (cheap: bucketed, no all-pairs). The document pass is memoised per
 * document on its inputs: the offset-free signatures of the blocks that hold names, the document
 * language, the glossary, the scope and the workspace index version. While they are unchanged
 * (an edit that touches no name, a moved paragraph, a paragraph without names added or removed)
 * the last result is re-issued at the names' current offsets.
 */
import type { NameEntry } from '../config';
import { defineRule, type DocumentView, type RuleContext, type RuleFinding } from '../rule';
import { checkNames } from '../bilingual/names';
import { consonantKey, restrictedDistance, romanise, skeleton } from '../names/skeleton';
import { languageName } from '../lang/languages';
import { baseLang, NOUN_CAPITALISING } from '../names/data';
import { pairTexts, type PairFinding } from '../bilingual/types';
import { memoByText } from '../bilingual/memo';
import { candidateStems, extractNames, type NameItem, type NamesSummary } from '../names/extract';
import { buildLexemes, givensCompatible, matchCase, replacementFor, variantGroups, variantPairs, type Lexeme, type LexemeStem } from '../names/group';
import { isWorkspaceNameIndex, type WorkspaceNameIndex } from '../names/workspace';

/** A finding of the document pass with its names as (block, item) positions instead of offsets. */
interface PlannedFinding {
  at: ItemRef;
  message: string;
  /** Unset: the rule's severity. */
  severity?: 'hint';
  fixes: { title: string; safe: boolean; edits: { at: ItemRef; newText: string }[] }[];
  explanation: string;
  data: Record<string, unknown>;
}
/** Index among the blocks with a non-empty signature, and index in that block's items. */
type ItemRef = readonly [number, number];

interface DocMemo {
  key: string;
  workspace: WorkspaceNameIndex | undefined;
  wsVersion: number;
  sigs: string[];
  plan: PlannedFinding[];
}
/** Memoised document passes, per document id or content fingerprint (most recent last). */
const MEMO_SLOT = 'names:document-memo';
const MEMO_MAX = 512;

const glossaryKeys = new WeakMap<readonly NameEntry[], string>();
function glossaryKey(entries: readonly NameEntry[]): string {
  if (entries.length === 0) return '';
  let k = glossaryKeys.get(entries);
  if (k === undefined) {
    k = JSON.stringify(entries);
    glossaryKeys.set(entries, k);
  }
  return k;
}

/** A short key for a document without an id: block count, and the lengths and heads of the first and last signatures. */
function fingerprint(sigs: readonly string[]): string {
  const a = sigs[0] ?? '';
  const z = sigs[sigs.length - 1] ?? '';
  return sigs.length + '\u0000' + a.length + '\u0000' + a.slice(0, 48) + '\u0000' + z.length + '\u0000' + z.slice(0, 48);
}

function sameSigs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Findings at the names' current positions: `live` holds block-relative items, `starts` their blocks' starts. */
function materialise(plan: readonly PlannedFinding[], live: readonly NamesSummary[], starts: readonly number[]): RuleFinding[] {
  const item = (r: ItemRef) => live[r[0]]!.items[r[1]]!;
  return plan.map((p) => {
    const it = item(p.at);
    const at = starts[p.at[0]]!;
    return {
      start: it.start + at,
      end: it.end + at,
      message: p.message,
      fixes: p.fixes.map((f) => ({
        title: f.title,
        edits: f.edits.map((e) => {
          const x = item(e.at);
          const xa = starts[e.at[0]]!;
          return { start: x.start + xa, end: x.end + xa, newText: e.newText };
        }),
        safe: f.safe,
      })),
      explanation: p.explanation,
      ...(p.severity ? { severity: p.severity } : {}),
      data: { ...p.data },
    };
  });
}

interface GlossaryWord {
  preferred: string;
  stems: LexemeStem[];
  variants: { word: string; stems: LexemeStem[] }[];
}

function lastWord(s: string): string {
  const words = s.trim().split(/\s+/);
  let w = words[words.length - 1] ?? '';
  // Trim surrounding punctuation (not letters, marks or inner apostrophes).
  let a = 0;
  let b = w.length;
  while (a < b && w[a]!.toLowerCase() === w[a]!.toUpperCase() && !/\p{M}/u.test(w[a]!)) a++;
  while (b > a && w[b - 1]!.toLowerCase() === w[b - 1]!.toUpperCase() && !/\p{M}/u.test(w[b - 1]!)) b--;
  w = w.slice(a, b);
  return w;
}

function stemsOf(word: string, lang: string): LexemeStem[] {
  const lower = word.toLowerCase();
  const same = lower.length === word.length;
  return candidateStems(lower, lang).map((s) => ({ ...s, orig: same ? word.slice(0, s.stem.length) : s.stem, weight: 1 }));
}

function glossaryFor(entries: readonly NameEntry[], lang: string, ctx: RuleContext): GlossaryWord[] {
  if (entries.length === 0) return [];
  const key = `names:glossary:${lang}:${JSON.stringify(entries)}`;
  const cached = ctx.resources.scratch.get(key) as GlossaryWord[] | undefined;
  if (cached) return cached;
  const out: GlossaryWord[] = [];
  for (const e of entries) {
    const p = lastWord(e.preferred);
    if (p.length < 2) continue;
    out.push({
      preferred: p,
      stems: stemsOf(p, lang),
      variants: e.variants.map(lastWord).filter((v) => v.length >= 2 && v !== p).map((v) => ({ word: v, stems: stemsOf(v, lang) })),
    });
  }
  ctx.resources.scratch.set(key, out);
  return out;
}

function intersects(a: readonly { stem: string }[], b: readonly { stem: string }[]): boolean {
  for (const x of a) for (const y of b) if (x.stem === y.stem) return true;
  return false;
}

function counts(lexemes: readonly Lexeme[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of lexemes) out[l.display] = (out[l.display] ?? 0) + l.count;
  return out;
}

function countText(c: Record<string, number>): string {
  return Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `‘${k}’ ${n}×`)
    .join(', ');
}

function spellings(c: Record<string, number>): string {
  const n = Object.keys(c).length;
  return n <= 2 ? 'two' : n === 3 ? 'three' : String(n);
}

interface Flag {
  lexeme: Lexeme;
  preferred: string;
  target: readonly LexemeStem[];
  /** Fallback stems for glossary-listed variants whose skeletons differ from the preferred spelling. */
  listedVariant?: { stems: LexemeStem[] };
  source: 'document' | 'glossary' | 'workspace';
  message: (item: NameItem) => string;
  data: Record<string, unknown>;
}

function replacement(item: NameItem, f: Flag): string | undefined {
  const r = replacementFor(item, f.target);
  if (r !== undefined) return r;
  if (f.listedVariant) {
    // Same case ending as the listed variant: Tikhanovskoy -> Tsikhanouskaya's stem + ending.
    for (const s of item.stems) {
      const v = f.listedVariant.stems.find((x) => x.stem === s.stem);
      if (!v) continue;
      const vEnding = f.listedVariant.stems[0]!.stem.slice(v.stem.length);
      const p = f.target.find((x) => f.target[0]!.stem.slice(x.stem.length) === vEnding) ?? f.target[0]!;
      const ending = item.stems[0]!.stem.length === item.text.length ? item.text.slice(s.stem.length) : '';
      return matchCase(p.orig + ending, item.text);
    }
    if (item.stems[0] && f.listedVariant.stems[0] && item.stems[0].stem === f.listedVariant.stems[0].stem) return matchCase(f.target[0]!.orig, item.text);
  }
  return undefined;
}

export const namesRule = defineRule<NamesSummary>({
  meta: {
    id: 'names',
    category: 'names',
    defaultSeverity: 'warning',
    description: 'One person, one spelling: inconsistent spellings of the same name in a document or workspace',
    fixable: true,
  },
  checkBlock: (block) => {
    const summary = extractNames(block);
    return { findings: [], summary };
  },
  checkDocument: (doc, summaries, ctx) => {
    // The blocks that hold names, their starts and their signatures.
    const live: NamesSummary[] = [];
    const starts: number[] = [];
    const sigs: string[] = [];
    let memoable = true;
    for (let b = 0; b < summaries.length; b++) {
      const s = summaries[b];
      if (!s) continue;
      if (typeof s.sig !== 'string') memoable = false; // (not from this checkBlock: never reuse)
      else if (s.sig === '') continue;
      live.push(s);
      starts.push(doc.blocks[b]!.start);
      sigs.push(s.sig);
    }
    const workspace = ctx.config.nameScope === 'workspace' && isWorkspaceNameIndex(ctx.resources.workspace) ? ctx.resources.workspace : undefined;
    const key = [doc.language, ctx.config.nameScope, glossaryKey(ctx.config.names ?? []), workspace ? (doc.id ?? '') : ''].join('\u0000');
    let memos = ctx.resources.scratch.get(MEMO_SLOT) as Map<string, DocMemo> | undefined;
    if (!memos) ctx.resources.scratch.set(MEMO_SLOT, (memos = new Map()));
    // One memo per document id; without an id, per cheap fingerprint of the content (verified below).
    const slot = doc.id !== undefined ? '\u0001' + doc.id : fingerprint(sigs);
    const m = memos.get(slot);
    if (memoable && m && m.key === key && m.workspace === workspace && (!workspace || m.wsVersion === workspace.version) && sameSigs(m.sigs, sigs)) {
      memos.delete(slot);
      memos.set(slot, m);
      return materialise(m.plan, live, starts);
    }
    // The document pass compares positions across blocks (first mention, document order): it
    // works on copies of the items at document offsets.
    const placed = live.map((s, b) => ({ ...s, items: s.items.map((it) => ({ ...it, start: it.start + starts[b]!, end: it.end + starts[b]! })) }));
    const plan = analyseDocument(doc, placed, ctx, workspace);
    memos.delete(slot);
    memos.set(slot, { key, workspace, wsVersion: workspace?.version ?? 0, sigs, plan });
    if (memos.size > MEMO_MAX) memos.delete(memos.keys().next().value as string);
    return materialise(plan, live, starts);
  },
  // With the source: each source name rendered one way, and present, in the translation.
  checkPair: (view) => {
    const pairs = view.pairs.filter((p) => p.source.length && p.target.length).map((p) => {
      const t = pairTexts(view, p);
      return { source: { text: t.source, start: t.sourceStart }, target: { text: t.target, start: t.targetStart } };
    });
    const out: PairFinding[] = [...misspelledSourceNames(view, pairs)];
    const covered = new Set(out.map((f) => f.start));
    for (const f of anchoredVariants(view, pairs)) if (!covered.has(f.start)) {
      out.push(f);
      covered.add(f.start);
    }
    for (const issue of checkNames(pairs, view.source.language, view.target.language)) {
      if (issue.rendering && covered.has(issue.rendering.start)) continue;
      // German capitalises every noun: a single capitalised source word is not surely a name.
      if (NOUN_CAPITALISING.has(baseLang(view.source.language)) && !/\s/.test(issue.source.text.trim())) continue;
      if (issue.kind === 'inconsistent' && issue.rendering) {
        const preferred = issue.others?.[0];
        out.push({
          start: issue.rendering.start,
          end: issue.rendering.end,
          message: issue.message,
          explanation: `The source name "${issue.source.text}" is rendered ${preferred ? `"${preferred}" elsewhere in this translation` : 'in another way elsewhere'}; one name should have one spelling.`,
          ...(preferred ? { fixes: [{ title: `Use "${preferred}"`, safe: false, edits: [{ start: issue.rendering.start, end: issue.rendering.end, newText: preferred }] }] } : {}),
          data: { kind: 'source-inconsistent', ...(preferred ? { preferred } : {}), variant: issue.rendering.text, pair: true },
          related: [{ side: 'source', start: issue.source.start, end: issue.source.end, message: 'the name in the source' }],
        });
      } else if (issue.kind === 'missing' && REPORT_MISSING) {
        const p = pairs.find((x) => x.source.start <= issue.source.start && issue.source.start < x.source.start + x.source.text.length);
        if (!p) continue;
        out.push({
          start: p.target.start,
          end: p.target.start + p.target.text.length,
          message: issue.message,
          explanation: `"${issue.source.text}" is named in the source sentence but not in its translation (first mention of the name).`,
          data: { kind: 'source-missing', name: issue.source.text, pair: true },
          related: [{ side: 'source', start: issue.source.start, end: issue.source.end, message: 'the name in the source' }],
        });
      }
    }
    return out;
  },
});

/** The document pass proper: findings as positions of names in `live` (see materialise). */
function analyseDocument(doc: DocumentView, live: readonly NamesSummary[], ctx: RuleContext, workspace: WorkspaceNameIndex | undefined): PlannedFinding[] {
  const items: NameItem[] = [];
  // Words capitalised mid-sentence are only asked about for sentence-initial given names: collect just those.
  const wanted = new Set<string>();
  for (const s of live) {
    for (const it of s.items) {
      items.push(it);
      if (it.givenWeak !== undefined) wanted.add(it.givenWeak);
    }
  }
  const nameWords = new Set<string>();
  if (wanted.size > 0) for (const s of live) for (const w of s.nameWords) if (wanted.has(w)) nameWords.add(w);
  const lexemes = buildLexemes(items, nameWords);
  if (lexemes.length === 0) return [];
  const glossary = glossaryFor(ctx.config.names ?? [], doc.language, ctx);

  // Glossary: preferred spellings present in the document, listed variants, and absent
  // preferred spellings as pseudo-lexemes that take part in the variant pairing.
  const preferredOf = new Map<number, GlossaryWord>();
  const listedVariantOf = new Map<number, { g: GlossaryWord; v: { word: string; stems: LexemeStem[] } }>();
  const all: Lexeme[] = [...lexemes];
  const pseudo = new Map<number, GlossaryWord>();
  for (const g of glossary) {
    let present = false;
    for (const l of lexemes) {
      if (intersects(l.stems, g.stems)) {
        preferredOf.set(l.id, g);
        present = true;
      } else {
        const v = g.variants.find((x) => intersects(l.stems, x.stems));
        if (v) listedVariantOf.set(l.id, { g, v });
      }
    }
    if (!present) {
      const id = all.length;
      all.push({ id, items: [], forms: new Map(), stems: g.stems, count: 0, confirmed: true, noun: false, givens: new Set(), first: Infinity, display: g.preferred });
      pseudo.set(id, g);
    }
  }

  const pairs = variantPairs(all);
  const direct = new Map<string, number>();
  for (const p of pairs) direct.set(`${p.a}:${p.b}`, p.distance);
  const linked = (a: number, b: number) => direct.has(a < b ? `${a}:${b}` : `${b}:${a}`);
  const wsDocs = (l: Lexeme): number => (workspace ? workspace.compare(l, doc.id).ownDocuments : 0);

  const flags: Flag[] = [];
  const flagged = new Set<number>();
  for (const [id, { g, v }] of listedVariantOf) {
    const l = all[id]!;
    flagged.add(id);
    flags.push({
      lexeme: l,
      preferred: g.preferred,
      target: g.stems,
      listedVariant: v,
      source: 'glossary',
      message: (it) => `‘${it.text}’ is listed as a variant of ‘${g.preferred}’ in the project’s name glossary.`,
      data: { preferred: g.preferred, variant: l.display, counts: counts([l]), source: 'glossary' },
    });
  }

  for (const group of variantGroups(all, pairs)) {
    const members = group.map((id) => all[id]!);
    const glossaryMembers = members.filter((m) => preferredOf.has(m.id) || pseudo.has(m.id));
    let preferred: Lexeme;
    let source: Flag['source'] = 'document';
    if (glossaryMembers.length > 0) {
      preferred = glossaryMembers[0]!;
      source = 'glossary';
    } else {
      // A spelling the glossary lists as a variant is never the one to spread.
      const scored = members.filter((m) => !listedVariantOf.has(m.id)).map((m) => ({ m, ws: wsDocs(m) }));
      if (scored.length === 0) continue;
      scored.sort((a, b) => b.ws - a.ws || b.m.count - a.m.count || a.m.first - b.m.first);
      preferred = scored[0]!.m;
      if (workspace && scored[0]!.ws > 0 && (scored[1]?.ws ?? 0) < scored[0]!.ws) source = 'workspace';
    }
    const groupCounts = counts(members.filter((m) => m.count > 0));
    for (const m of members) {
      if (m === preferred || m.count === 0 || flagged.has(m.id) || preferredOf.has(m.id)) continue;
      // Only direct links: no chains (A~B~C does not make C a spelling of A).
      const target = glossaryMembers.find((g) => linked(g.id, m.id)) ?? (linked(preferred.id, m.id) ? preferred : undefined);
      if (!target) continue;
      if (!givensCompatible(target.givens, m.givens)) continue;
      flagged.add(m.id);
      const name = target.display;
      const isGlossary = preferredOf.has(target.id) || pseudo.has(target.id);
      const src: Flag['source'] = isGlossary ? 'glossary' : source;
      flags.push({
        lexeme: m,
        preferred: name,
        target: target.stems,
        source: src,
        message: (it) =>
          isGlossary
            ? `‘${it.text}’ looks like a variant spelling of ‘${name}’, the preferred spelling in the project’s name glossary.`
            : src === 'workspace'
              ? `‘${it.text}’ is spelled ‘${name}’ elsewhere in this document and in ${wsDocs(target)} other document(s) of the workspace (${countText(groupCounts)} here).`
              : `Name spelled ${spellings(groupCounts)} ways: ‘${it.text}’ here, ‘${name}’ elsewhere in this document (${countText(groupCounts)}).`,
        data: { preferred: name, variant: m.display, counts: groupCounts, source: src },
      });
    }
  }

  // Workspace scope: a spelling used here when most other documents use another one.
  if (workspace) {
    for (const l of lexemes) {
      if (flagged.has(l.id) || preferredOf.has(l.id) || !l.confirmed) continue;
      const cmp = workspace.compare(l, doc.id);
      const best = cmp.others[0];
      if (!best || best.documents < 2 || best.documents <= cmp.ownDocuments + 1) continue;
      flagged.add(l.id);
      flags.push({
        lexeme: l,
        preferred: best.spelling,
        target: best.stems,
        source: 'workspace',
        message: (it) =>
          `‘${it.text}’ is spelled ‘${best.spelling}’ in ${best.documents} other document(s) of the workspace (‘${l.display}’: this document${cmp.ownDocuments ? ` and ${cmp.ownDocuments} other(s)` : ''}).`,
        data: { preferred: best.spelling, variant: l.display, counts: { [best.spelling]: best.mentions, [l.display]: l.count }, documents: { [best.spelling]: best.documents, [l.display]: cmp.ownDocuments + 1 }, source: 'workspace' },
      });
    }
  }

  // Findings on every occurrence, with "here" and "everywhere in this document" fixes.
  const out: PlannedFinding[] = [];
  const byPreferred = new Map<string, { item: NameItem; newText: string }[]>();
  const perItem: { f: Flag; item: NameItem; newText: string | undefined }[] = [];
  for (const f of flags) {
    for (const item of f.lexeme.items) {
      const newText = replacement(item, f);
      perItem.push({ f, item, newText });
      if (newText !== undefined && newText !== item.text) {
        let list = byPreferred.get(f.preferred);
        if (!list) byPreferred.set(f.preferred, (list = []));
        list.push({ item, newText });
      }
    }
  }
  // Positions of the names (only documents with findings get here).
  const refOf = new Map<NameItem, ItemRef>();
  if (perItem.length > 0) live.forEach((s, b) => s.items.forEach((it, i) => refOf.set(it, [b, i])));
  const ref = (it: NameItem): ItemRef => refOf.get(it)!;
  const everywhereOf = new Map<string, { at: ItemRef; newText: string }[]>();
  for (const { f, item, newText } of perItem) {
    const fixes: PlannedFinding['fixes'] = [];
    if (newText !== undefined && newText !== item.text) {
      fixes.push({ title: `Use ‘${f.preferred}’ here`, edits: [{ at: ref(item), newText }], safe: false });
      let everywhere = everywhereOf.get(f.preferred);
      if (everywhere === undefined) {
        everywhere = (byPreferred.get(f.preferred) ?? []).slice().sort((a, b) => a.item.start - b.item.start).map((e) => ({ at: ref(e.item), newText: e.newText }));
        everywhereOf.set(f.preferred, everywhere);
      }
      if (everywhere.length > 1) {
        fixes.push({
          title: `Use ‘${f.preferred}’ everywhere in this document`,
          edits: everywhere,
          safe: false,
        });
      }
    }
    // With and without the long-vowel marks of a romanisation (Dōdō / Dodo, Ryōanji / Ryoanji):
    // a text that explains a foreign name often gives both — the style level.
    const macronsOnly = stripMacrons(item.text) === stripMacrons(f.preferred) && item.text !== f.preferred;
    out.push({
      at: ref(item),
      message: f.message(item) + (macronsOnly ? ' The two differ only in the long-vowel marks of the romanisation.' : ''),
      ...(macronsOnly ? { severity: 'hint' as const } : {}),
      fixes,
      explanation:
        'Machine translation and different translators transliterate names differently (Tsikhanouskaya / Cichanouskaja, Zelensky / Selenskyj). ' +
        'Readers may take two spellings for two people; use one spelling throughout. ' +
        (f.source === 'glossary' ? 'The preferred spelling comes from the `names` glossary in `.calque.json`.' : 'To make a spelling the project standard, add it to `names` in `.calque.json`.'),
      data: { ...f.data, occurrence: item.text },
    });
  }
  return out;
}

/** The name without macrons (ā ē ī ō ū ȳ, as romanisations of Japanese, Māori or Hawaiian write long vowels). */
function stripMacrons(s: string): string {
  return s.normalize('NFD').replace(/\u0304/gu, '').normalize('NFC');
}

/**
 * "A source name is missing from its translation" is not reported yet: on PUD it fires on
 * names a translation legitimately renders as a common noun ("Election Day" → "valdagen").
 */
const REPORT_MISSING = false;

/**
 * A name the source and the translation write alike (both in Latin script) misspelled in one
 * place of the translation: "Klein" in the source and twice in the translation, "Kleyn" once.
 * Only same-length variants whose difference is not at the end (one or two letters swapped or
 * replaced), so case endings ("Kleina", "Kleinem") never count.
 */
function misspelledSourceNames(view: Parameters<NonNullable<typeof namesRule.checkPair>>[0], pairs: { source: { text: string; start: number }; target: { text: string; start: number } }[]): PairFinding[] {
  const sourceNames = new Map<string, { start: number; end: number }>();
  const sourceCount = new Map<string, number>();
  const namesByLength = new Map<string, string[]>();
  for (const p of pairs)
    for (const m of capsOf(p.source.text)) {
      if (m.word.length < 4 || !m.latin) continue;
      sourceCount.set(m.word, (sourceCount.get(m.word) ?? 0) + 1);
      if (!sourceNames.has(m.word)) {
        sourceNames.set(m.word, { start: p.source.start + m.index, end: p.source.start + m.index + m.word.length });
        const b = shapeKey(m.word);
        namesByLength.set(b, [...(namesByLength.get(b) ?? []), m.word]);
      }
    }
  if (sourceNames.size === 0) return [];
  const targetWords = new Map<string, { start: number; end: number }[]>();
  for (const p of pairs)
    for (const m of capsOf(p.target.text)) {
      if (m.word.length < 4) continue;
      const l = targetWords.get(m.word) ?? [];
      l.push({ start: p.target.start + m.index, end: p.target.start + m.index + m.word.length });
      targetWords.set(m.word, l);
    }
  const latin = (w: string) => /^\p{Script=Latin}+$/u.test(w);
  const out: PairFinding[] = [];
  // German and Luxembourgish capitalise nouns: a capitalised word there is not surely a name,
  // so the name must be written right at least twice in the translation.
  const nouns = NOUN_CAPITALISING.has(baseLang(view.target.language));
  for (const [word, places] of targetWords) {
    if (sourceNames.has(word) || !latin(word) || word.length < 5 || places.length !== 1) continue;
    // A capital at a sentence start says nothing ("Först", "First").
    const p = places[0]!;
    const before = view.target.text.slice(Math.max(0, p.start - 3), p.start);
    if (p.start === 0 || /(^|[.!?:;"“”«»]\s*|\n\s*)$/.test(before)) continue;
    for (const name of namesByLength.get(shapeKey(word)) ?? []) {
      const at = sourceNames.get(name)!;
      // The name is established: written right twice in the translation, or once in it and
      // twice in the source ("Walls" beside one "Wells" is two words, not a slip).
      const right = targetWords.get(name)?.length ?? 0;
      if (name.length !== word.length || !nearSpelling(name, word) || right < 1 || (right < 2 && (nouns || (sourceCount.get(name) ?? 0) < 2))) continue;
      for (const place of places) {
        out.push({
          ...place,
          message: `"${word}" is spelled "${name}" in the ${languageName(view.source.language)} source and elsewhere in this translation.`,
          explanation: 'The source writes this name the same way as the translation does everywhere else; this one place differs by a letter or two.',
          fixes: [{ title: `Use "${name}"`, safe: false, edits: [{ ...place, newText: name }] }],
          data: { kind: 'source-inconsistent', preferred: name, variant: word, pair: true },
          related: [{ side: 'source', ...at, message: 'the name in the source' }],
        });
      }
      break;
    }
  }
  return out;
}

/**
 * A name written two ways in the translation where the source names the same thing in both
 * places, in any script with capitals: "Клинтон" twice and "Клентон" once in a Russian
 * translation whose source sentences all say "Clinton"; "Acadimy" beside "Academy" in an English
 * translation of Russian sentences that both say "Академии"/"Академия". The source is the
 * anchor: a capitalised source word (the same stem, so case endings do not matter) in the source
 * of both places, written mid-sentence somewhere in the source (a name, not a sentence start),
 * that sounds like the name (the first three consonants of the romanised skeletons agree:
 * Clinton/Клинтон, Академии/Academy). The variant is a same-length slip (nearSpelling), not in
 * the last two letters (case endings), written once; the other spelling as the source writes it,
 * twice or more, or closer in sound to the source's name. A variant the source writes itself is
 * not the translation's slip.
 * Covers what misspelledSourceNames cannot: source and translation in different scripts, and
 * German translations (one right spelling is enough when the source anchors it).
 */
function anchoredVariants(view: Parameters<NonNullable<typeof namesRule.checkPair>>[0], pairs: { source: { text: string; start: number }; target: { text: string; start: number } }[]): PairFinding[] {
  const stemOf = (w: string) => w.toLowerCase().slice(0, Math.max(4, w.length - 2));
  // Source: the stems of capitalised words per pair; stems seen mid-sentence anywhere.
  const midSentence = new Set<string>();
  const sourceStems = pairs.map((p) => {
    const set = new Set<string>();
    for (const m of capsOf(p.source.text)) {
      const st = stemOf(m.word);
      set.add(st);
      if (m.mid) midSentence.add(st);
    }
    return set;
  });
  if (midSentence.size === 0) return [];
  // Translation: capitalised words of 5+ letters (mid-sentence for the variant) with their pairs.
  const where = new Map<string, { pair: number; start: number; end: number; mid: boolean }[]>();
  pairs.forEach((p, k) => {
    for (const m of capsOf(p.target.text)) {
      if (m.word.length < 5) continue;
      const l = where.get(m.word) ?? [];
      l.push({ pair: k, start: p.target.start + m.index, end: p.target.start + m.index + m.word.length, mid: m.mid });
      where.set(m.word, l);
    }
  });
  let sourceWords: Set<string> | undefined;
  const inSource = (w: string) => {
    if (!sourceWords) {
      sourceWords = new Set();
      for (const p of pairs) for (const m of capsOf(p.source.text)) sourceWords.add(m.word);
    }
    return sourceWords.has(w);
  };
  const sounds = (w: string) => consonantKey(romanise(w.toLowerCase()));
  const out: PairFinding[] = [];
  const byShape = new Map<string, string[]>();
  for (const w of where.keys()) {
    const b = shapeKey(w);
    const l = byShape.get(b);
    if (l) l.push(w);
    else byShape.set(b, [w]);
  }
  for (const [word, places] of where) {
    if (places.length !== 1 || !places[0]!.mid) continue;
    const at = places[0]!;
    for (const name of byShape.get(shapeKey(word)) ?? []) {
      if (name === word || !nearSpelling(name, word) || firstDifference(name, word) >= word.length - 2) continue;
      const others = where.get(name)!;
      const nameInSource = inSource(name);
      const wordInSource = inSource(word);
      if (wordInSource) continue;
      const key = sounds(name).slice(0, 3);
      const src = pairs[at.pair]!.source;
      const sm = capsOf(src.text).find((m) => {
        const st = stemOf(m.word);
        return midSentence.has(st) && others.some((o) => sourceStems[o.pair]!.has(st)) && sounds(m.word).slice(0, 3) === key;
      });
      if (!sm) continue;
      // Which spelling is the slip: the one the source has, the one written more often, or the
      // one that sounds further from the source's name (Клентон against Clinton and Клинтон).
      if (!nameInSource && others.length < 2) {
        const anchor = skeleton(romanise(sm.word.toLowerCase()));
        if (restrictedDistance(skeleton(romanise(name.toLowerCase())), anchor, 4) >= restrictedDistance(skeleton(romanise(word.toLowerCase())), anchor, 4)) continue;
      }
      out.push({
        start: at.start,
        end: at.end,
        message: `"${word}" is written "${name}" elsewhere in this translation, where the ${languageName(view.source.language)} source names the same "${sm.word}".`,
        explanation: 'The source names the same thing here and in the other places; the translation spells it differently here, by a letter or two.',
        fixes: [{ title: `Use "${name}"`, safe: false, edits: [{ start: at.start, end: at.end, newText: name }] }],
        data: { kind: 'source-inconsistent', preferred: name, variant: word, pair: true },
        related: [{ side: 'source', start: src.start + sm.index, end: src.start + sm.index + sm.word.length, message: 'the name in the source' }],
      });
      break;
    }
  }
  return out;
}

interface CapWord {
  word: string;
  index: number;
  /** Not at the start of a sentence. */
  mid: boolean;
  latin: boolean;
}
/** Capitalised words of three letters or more of a text (cached by text: a re-check reads only the edited sentences again). */
const capsMemo = memoByText(1_000_000, (text: string): CapWord[] => {
  const out: CapWord[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}\p{N}])/gu)) {
    const i = m.index!;
    out.push({ word: m[0], index: i, mid: !(i === 0 || /(^|[.!?:;"“”«»„]\s*|\n\s*)$/.test(text.slice(Math.max(0, i - 3), i))), latin: /^\p{Script=Latin}+$/u.test(m[0]) });
  }
  return out;
});
const capsOf = (text: string): CapWord[] => capsMemo(text, '');

/** Length, first and last letter: what nearSpelling never changes, so candidates are looked up by it. */
const shapeKey = (w: string): string => `${w.length}${w[0]}${w[w.length - 1]}`;

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

const VOWELS = new Set([...'aeiouyäöüåæøéèêëáàâíìîïóòôúùû']);
/** Cyrillic vowels (е/ё and и/й are spelling variants, not slips). */
const CYRILLIC_VOWELS = new Set([...'аеиоуыэюяіїє']);

/**
 * A vowel replaced by another vowel, or two adjacent letters swapped — the slips of
 * transliteration and typing ("Kleyn" for "Klein", "Wiashington") — not in the first or last
 * letter. A consonant changed makes another word too often ("America" / "Amerika", "Price" /
 * "Prime").
 */
function nearSpelling(a: string, b: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 0 || diff.length > 2 || diff[diff.length - 1] === a.length - 1 || diff[0] === 0) return false;
  if (diff.length === 2) return diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  const x = a[diff[0]!]!.toLowerCase();
  const y = b[diff[0]!]!.toLowerCase();
  // An accented letter is a localisation (Antônio, Cecília, Óscar), not a slip.
  return (VOWELS.has(x) && VOWELS.has(y) && x < '\u0080' && y < '\u0080') || (CYRILLIC_VOWELS.has(x) && CYRILLIC_VOWELS.has(y));
}
