/**
 * Workspace-scope name spellings: a small, pure, bounded index of which spelling of each name
 * every document uses. Adapters (CLI, language server) own its lifetime:
 *
 *   const index = new WorkspaceNameIndex();
 *   for (const file of files) index.set(file.id, extractNameCounts(engine.check({ text, id: file.id, config })));
 *   engine.resources.workspace = index;            // the names rule reads it in checkDocument
 *   engine.check({ text, id, config: { ...config, nameScope: 'workspace' } });
 *
 * The rule never mutates the index. checkDocument is not cached, so updating the index needs no
 * cache invalidation (`touchResources` is not required). Memory is bounded by maxDocuments ×
 * maxNamesPerDocument entries; the oldest documents are dropped first.
 */
import type { Block } from '../types';
import { extractNames, type NameItem } from './extract';
import { buildLexemes, lexemeDistance, type LexemeStem } from './group';
import { deletionKeys, maxEdits, MIN_SKELETON, skelLength } from './skeleton';

/** One spelling of one name in one document. */
export interface DocumentNameCount {
  /** Commonest form as written (e.g. "Cichanouskaya"). */
  spelling: string;
  /** Candidate stems of all its forms (JSON-serialisable). */
  stems: LexemeStem[];
  /** Occurrences in the document. */
  count: number;
  /** Seen where capitalisation proves a name (not only at sentence starts or in headlines). */
  confirmed: boolean;
}

export interface DocumentNameCounts {
  names: DocumentNameCount[];
}

/** Name counts of a checked document (`CheckResult` or anything with its `blocks`). */
export function extractNameCounts(result: { blocks: readonly Block[] }, maxNames = 500): DocumentNameCounts {
  const items: NameItem[] = [];
  const nameWords = new Set<string>();
  for (const b of result.blocks) {
    const s = extractNames(b);
    for (const it of s.items) items.push(it);
    for (const w of s.nameWords) nameWords.add(w);
  }
  return nameCountsFromItems(items, maxNames, nameWords);
}

/** Name counts from extracted items (what the names rule's block summaries hold). */
export function nameCountsFromItems(items: readonly NameItem[], maxNames = 500, nameWords: ReadonlySet<string> = new Set()): DocumentNameCounts {
  const lexemes = buildLexemes(items, nameWords).filter((l) => l.confirmed);
  lexemes.sort((a, b) => b.count - a.count || a.first - b.first);
  return { names: lexemes.slice(0, maxNames).map((l) => ({ spelling: l.display, stems: l.stems, count: l.count, confirmed: l.confirmed })) };
}

/** A spelling aggregated over documents. */
export interface WorkspaceSpelling {
  key: string;
  spelling: string;
  stems: LexemeStem[];
  /** Document id -> occurrences. */
  documents: Map<string, number>;
}

export interface WorkspaceComparison {
  /** Documents (other than the excluded one) that use the name's own spelling. */
  ownDocuments: number;
  /** Variant spellings of the name in other documents, most documents first. */
  others: { spelling: string; stems: LexemeStem[]; documents: number; mentions: number }[];
}

function spellingKey(stems: readonly LexemeStem[]): string {
  let k = stems[0]?.stem ?? '';
  for (const s of stems) if (s.stem.length < k.length || (s.stem.length === k.length && s.stem < k)) k = s.stem;
  return k;
}

export interface WorkspaceNameIndexOptions {
  /** Documents kept (oldest dropped first). Default 10,000. */
  maxDocuments?: number;
  /** Names kept per document (most frequent first). Default 300. */
  maxNamesPerDocument?: number;
}

export class WorkspaceNameIndex {
  /** Bumped on every change (adapters may use it to decide when to re-check open documents). */
  version = 0;
  private readonly docs = new Map<string, string[]>();
  private readonly spellings = new Map<string, WorkspaceSpelling>();
  private readonly buckets = new Map<string, Set<string>>();
  private readonly maxDocuments: number;
  private readonly maxNames: number;

  constructor(options: WorkspaceNameIndexOptions = {}) {
    this.maxDocuments = options.maxDocuments ?? 10000;
    this.maxNames = options.maxNamesPerDocument ?? 300;
  }

  get size(): number {
    return this.docs.size;
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  /** Sets (replaces) the counts of one document. */
  set(docId: string, counts: DocumentNameCounts): void {
    this.remove(docId);
    const keys: string[] = [];
    const names = [...counts.names].sort((a, b) => b.count - a.count).slice(0, this.maxNames);
    for (const n of names) {
      if (!n.confirmed || n.stems.length === 0) continue;
      const key = spellingKey(n.stems);
      let sp = this.spellings.get(key);
      if (!sp) {
        sp = { key, spelling: n.spelling, stems: n.stems, documents: new Map() };
        this.spellings.set(key, sp);
        for (const k of this.keysOf(n.stems)) {
          let b = this.buckets.get(k);
          if (!b) this.buckets.set(k, (b = new Set()));
          b.add(key);
        }
      }
      sp.documents.set(docId, (sp.documents.get(docId) ?? 0) + n.count);
      keys.push(key);
    }
    this.docs.set(docId, keys);
    this.version++;
    while (this.docs.size > this.maxDocuments) this.remove(this.docs.keys().next().value as string);
  }

  remove(docId: string): void {
    const keys = this.docs.get(docId);
    if (!keys) return;
    this.docs.delete(docId);
    for (const key of keys) {
      const sp = this.spellings.get(key);
      if (!sp) continue;
      sp.documents.delete(docId);
      if (sp.documents.size === 0) {
        this.spellings.delete(key);
        for (const k of this.keysOf(sp.stems)) {
          const b = this.buckets.get(k);
          if (b) {
            b.delete(key);
            if (b.size === 0) this.buckets.delete(k);
          }
        }
      }
    }
    this.version++;
  }

  clear(): void {
    this.docs.clear();
    this.spellings.clear();
    this.buckets.clear();
    this.version++;
  }

  /** How other documents spell the name with these stems. */
  compare(name: { stems: readonly LexemeStem[] }, excludeDoc?: string): WorkspaceComparison {
    const own = this.spellings.get(spellingKey(name.stems as LexemeStem[]));
    const ownStems = new Set(name.stems.map((s) => s.stem));
    const ownDocuments = own ? [...own.documents.keys()].filter((d) => d !== excludeDoc).length : 0;
    const candidates = new Set<string>();
    for (const k of this.keysOf(name.stems)) for (const key of this.buckets.get(k) ?? []) candidates.add(key);
    const others: WorkspaceComparison['others'] = [];
    for (const key of candidates) {
      const sp = this.spellings.get(key);
      if (!sp || sp === own) continue;
      if (sp.stems.some((s) => ownStems.has(s.stem))) continue;
      if (lexemeDistance(name, sp) < 0) continue;
      let documents = 0;
      let mentions = 0;
      for (const [d, n] of sp.documents) {
        if (d === excludeDoc) continue;
        documents++;
        mentions += n;
      }
      if (documents > 0) others.push({ spelling: sp.spelling, stems: sp.stems, documents, mentions });
    }
    others.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions);
    return { ownDocuments, others };
  }

  private keysOf(stems: readonly LexemeStem[]): Set<string> {
    const keys = new Set<string>();
    for (const s of stems) {
      const len = skelLength(s.skel);
      if (len >= MIN_SKELETON) deletionKeys(s.skel, maxEdits(len), keys);
    }
    return keys;
  }
}

/** Duck-typed check, so adapters bundled separately still interoperate. */
export function isWorkspaceNameIndex(x: unknown): x is WorkspaceNameIndex {
  return !!x && typeof (x as WorkspaceNameIndex).compare === 'function' && typeof (x as WorkspaceNameIndex).set === 'function';
}
