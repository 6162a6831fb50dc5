/**
 * The benchmark corpus, built deterministically (no download) from what the repository and
 * ../shared hold:
 *  - every document of the PUD corpora (../shared/corpora/pud, 21 languages, ~3 MB of
 *    professionally translated news and Wikipedia text);
 *  - the machine-translated sample article (../shared/samples/delfi-belarus-mt-en.txt);
 *  - the machine-translated example sentences of every built-in phrasebook entry (`+` lines:
 *    calques as MT writes them, in en, de, fr, es, ru);
 * shuffled by a fixed seed into articles of 3–12 paragraphs each in one language, with the
 * MT sentences spliced into paragraphs of their language, repeated until the size is reached.
 * It is real MT and real news text, recombined — not fresh MT output (none can be downloaded
 * here); its defect density is close to the sample's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');

export interface Article {
  language: string;
  text: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function mtSentences(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dir = join(ROOT, 'server', 'phrasebooks');
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.calque'))) {
    const target = f.replace(/\.calque$/, '').split('-')[1] ?? 'en';
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const m = /^\s+\+\s+(.*)$/.exec(line);
      if (m) {
        const list = out.get(target) ?? [];
        list.push(m[1]!.trim());
        out.set(target, list);
      }
    }
  }
  return out;
}

/** Articles totalling at least `bytes` (UTF-8). */
export function buildCorpus(bytes: number, seed = 20261125): Article[] {
  const rand = rng(seed);
  const pudDir = join(SHARED, 'corpora', 'pud');
  const byLang = new Map<string, string[]>();
  for (const f of readdirSync(pudDir).filter((x) => x.endsWith('.txt'))) {
    byLang.set(f.slice(0, -4), readFileSync(join(pudDir, f), 'utf8').split(/\n\s*\n/).filter((d) => d.trim()));
  }
  const mt = mtSentences();
  const sample = readFileSync(join(SHARED, 'samples', 'delfi-belarus-mt-en.txt'), 'utf8');
  const langs = [...byLang.keys()].sort();
  const articles: Article[] = [{ language: 'en', text: sample }];
  let total = Buffer.byteLength(sample);
  while (total < bytes) {
    const lang = langs[Math.floor(rand() * langs.length)]!;
    const docs = byLang.get(lang)!;
    const n = 3 + Math.floor(rand() * 10);
    const paras: string[] = [];
    for (let i = 0; i < n; i++) {
      let p = docs[Math.floor(rand() * docs.length)]!;
      const extra = mt.get(lang);
      if (extra && rand() < 0.3) p = p + ' ' + extra[Math.floor(rand() * extra.length)]!;
      paras.push(p);
    }
    const text = paras.join('\n\n') + '\n';
    articles.push({ language: lang, text });
    total += Buffer.byteLength(text);
  }
  return articles;
}

export function corpusText(articles: Article[]): string {
  return articles.map((a) => a.text).join('\n\n');
}
