/**
 * names rule: one person, one spelling. Behaviour a user sees: which spellings are flagged,
 * the message, the quick fixes and their edits, glossary and workspace scope.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Engine, type CheckResult } from '../../server/src/engine/engine';
import { mergeConfig, type PartialConfig } from '../../server/src/engine/config';
import { applyEdits } from '../../server/src/engine/fixes';
import { namesRule } from '../../server/src/engine/rules/names';
import type { Rule } from '../../server/src/engine/rule';
import { extractNameCounts, WorkspaceNameIndex } from '../../server/src/engine/names/workspace';
import { SAMPLE_PATH } from '../support/helpers';

const SAMPLE = SAMPLE_PATH;

function check(text: string, language: string, config: PartialConfig = {}, engine = new Engine({ rules: [namesRule as Rule] }), id?: string): CheckResult {
  return engine.check({ text, config: mergeConfig({ language, ...config }), ...(id ? { id } : {}) });
}
function flagged(text: string, r: CheckResult): string[] {
  return r.findings.map((f) => text.slice(f.start, f.end));
}

test('sample article: Cichanouskaja is flagged with the fix to Cichanouskaya, no other name is', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const r = check(text, 'en');
  assert.deepEqual(flagged(text, r), ['Cichanouskaja']);
  const f = r.findings[0]!;
  assert.equal(f.category, 'names');
  assert.match(f.message, /Cichanouskaya/);
  assert.match(f.message, /1×/);
  assert.equal(f.fixes[0]!.title, 'Use ‘Cichanouskaya’ here');
  assert.equal(f.fixes[0]!.safe, false);
  assert.equal(applyEdits(text, f.fixes[0]!.edits).includes('S. Cichanouskaya, the authorities'), true);
  assert.deepEqual(f.data?.preferred, 'Cichanouskaya');
  assert.deepEqual(f.data?.variant, 'Cichanouskaja');
  assert.deepEqual(f.data?.counts, { Cichanouskaya: 1, Cichanouskaja: 1 });
});

test('en: the minority spelling is flagged; possessives keep their ending; one fix changes every occurrence', () => {
  const text =
    'Sviatlana Cichanouskaya left Minsk. Supporters of Cichanouskaya gathered.\n\n' +
    'Later, S. Cichanouskaja spoke in Vilnius, and Cichanouskaja’s team said Cichanouskaya would return.';
  const r = check(text, 'en');
  assert.deepEqual(flagged(text, r), ['Cichanouskaja', 'Cichanouskaja']);
  const second = r.findings[1]!;
  assert.equal(applyEdits(text, second.fixes[0]!.edits).includes('Cichanouskaya’s team'), true);
  const everywhere = second.fixes.find((x) => x.title === 'Use ‘Cichanouskaya’ everywhere in this document')!;
  assert.equal(everywhere.edits.length, 2);
  const fixed = applyEdits(text, everywhere.edits);
  assert.equal(fixed.includes('Cichanouskaja'), false);
  assert.equal(check(fixed, 'en').findings.length, 0);
});

test('en: inflection, derivation and different people are not variants', () => {
  const text =
    'Mr. Lukashenko met Putin. A. Lukashenko said Lukashenko’s allies in Russia back the Russian plan. ' +
    'Belarus and Belarusian officials met Kremlin-backed leaders in the Kremlin. ' +
    'Konstantin Kalachov spoke about Maryja Kalesnikava. Dmitry Peskov spoke for Putin. ' +
    'Olaf Scholz met Martin Schulz. Alexei Navalny and Yulia Navalnaya. Sergei Tikhanovsky and Sviatlana Tikhanovskaya. ' +
    'Ivan Pavlov and Anna Pavlova. Yulia Tymoshenko and Semyon Timoshenko.';
  assert.deepEqual(flagged(text, check(text, 'en')), []);
});

test('en: a different initial or first name means a different person', () => {
  const text = 'Yulia Tymoshenko spoke. Later Yulia Tymoshenko left. The marshal Semyon Timoshenko died in 1970.';
  // A first name at a sentence start counts when it is a name elsewhere in the document.
  const initial = 'Yulia Tymoshenko spoke. Semyon Timoshenko was a marshal. The names Yulia and Semyon are common.';
  assert.deepEqual(flagged(initial, check(initial, 'en')), []);
  assert.deepEqual(flagged(text, check(text, 'en')), []);
  const same = 'Yulia Tymoshenko spoke. Later Yulia Tymoshenko left. Y. Timoshenko returned.';
  assert.deepEqual(flagged(same, check(same, 'en')), ['Timoshenko']);
});

test('en: one consonant doubled or not, and two vowels swapped, are one name spelled two ways', () => {
  const a = 'Minister Mario Rossi arrived on Monday. Later, Rosi said the talks went well. Rossi left on Tuesday.';
  assert.deepEqual(flagged(a, check(a, 'en')), ['Rosi']);
  const b = 'Anna Schneider leads the party. On Tuesday Schnieder said she would resign. Schneider denied it.';
  assert.deepEqual(flagged(b, check(b, 'en')), ['Schnieder']);
  // Different names that only look alike stay apart: a vowel drawn out in speech, different
  // first names, a different consonant, short given names, a different vowel order in other letters.
  const c = 'Pierino said "Nooun, Nooun, Noun". The coach, Paolo Rossi, met the director Francesco Rosi.';
  assert.deepEqual(flagged(c, check(c, 'en')), []);
  const d = 'Hanna Schmidt met Hana Novak and Ana Kowalska. Peter Klein and Maria Kline spoke.';
  assert.deepEqual(flagged(d, check(d, 'en')), []);
});

test('en: sentence-initial common words are not names', () => {
  const text = 'Mass protests resumed. Mass arrests followed. The Masses were angry. Warning shots were fired. Warning signs remained.';
  assert.deepEqual(flagged(text, check(text, 'en')), []);
});

test('en: at a sentence start, a word English lacks is a name all the same (the commonest shape in news: "X said …")', () => {
  const a = 'Tsikhanouskaya met the minister on Monday. The leader, Svetlana Tikhanovskaya, spoke later.';
  assert.deepEqual(flagged(a, check(a, 'en')), ['Tikhanovskaya']);
  const b = 'The mayor Pavel Novak opened the bridge. Novák said it would ease traffic in the city.';
  assert.deepEqual(flagged(b, check(b, 'en')), ['Novák']);
  // A common word at a sentence start stays a common word (English has it).
  const c = 'Warning shots were fired near the border. The general Peter Warnung denied it.';
  assert.deepEqual(flagged(c, check(c, 'en')), []);
});

test('de: Selenskyj / Zelensky flagged; Merkels, Scholz’ and German nouns are not', () => {
  const text =
    'Präsident Selenskyj traf Merkel. Merkels Sprecher lobte Selenskyj. Scholz’ Berater sprach mit Zelensky.\n\n' +
    'Die Reihe der Treffen im Reich der Mitte und die Seite der Zeit. Annalena Baerbock und Baerbocks Team; später sagte Bärbock nichts.';
  const r = check(text, 'de');
  assert.deepEqual(flagged(text, r), ['Zelensky', 'Bärbock']);
  assert.equal(r.findings[0]!.fixes[0]!.edits[0]!.newText, 'Selenskyj');
  assert.equal(r.findings[1]!.fixes[0]!.edits[0]!.newText, 'Baerbock');
});

test('fr: Tsikhanovskaïa / Tikhanovskaïa flagged; M. Macron is Emmanuel Macron', () => {
  const text = 'Svetlana Tsikhanovskaïa a quitté Minsk. Tsikhanovskaïa est en Lituanie. M. Macron a reçu Tikhanovskaïa. Emmanuel Macron a parlé.';
  assert.deepEqual(flagged(text, check(text, 'fr')), ['Tikhanovskaïa']);
});

test('es: Zelenski / Zelensky flagged; accents on common words are not', () => {
  const text = 'El presidente Zelenski habló. Zelenski pidió ayuda. Más tarde, Zelensky viajó. Trabajo y Ministerio de Trabajo. Trabajó mucho.';
  assert.deepEqual(flagged(text, check(text, 'es')), ['Zelensky']);
});

test('pl: case forms are one spelling; a variant keeps its case ending in the fix', () => {
  const text = 'Prezydent Zełenski powiedział. Doradca Zełenskiego i gość Zełenskiemu podziękował. Rzecznik Zelenskiego zaprzeczył. Grecy i Grecja, Grecji.';
  const r = check(text, 'pl');
  assert.deepEqual(flagged(text, r), ['Zelenskiego']);
  assert.equal(r.findings[0]!.fixes[0]!.edits[0]!.newText, 'Zełenskiego');
});

test('ru: Зеленский / Зеленского / Зеленскому are one spelling; Зеленського is a variant', () => {
  const control = 'Президент Зеленский заявил. Советник Зеленского и Зеленскому. Песков и Путин. Путина поддержал Пескова.';
  assert.deepEqual(flagged(control, check(control, 'ru')), []);
  const text = control + ' Позже советник Зеленського ответил.';
  const r = check(text, 'ru');
  assert.deepEqual(flagged(text, r), ['Зеленського']);
  assert.equal(r.findings[0]!.fixes[0]!.edits[0]!.newText, 'Зеленского');
});

test('uk: Зеленський / Зеленського / Зеленському are one spelling; Зеленский is a variant', () => {
  const control = 'Президент Зеленський заявив. Радник Зеленського і Зеленському. Зеленський поїхав.';
  assert.deepEqual(flagged(control, check(control, 'uk')), []);
  const text = control + ' Потім Зеленский відповів.';
  const r = check(text, 'uk');
  assert.deepEqual(flagged(text, r), ['Зеленский']);
  assert.equal(r.findings[0]!.fixes[0]!.edits[0]!.newText, 'Зеленський');
});

test('lt: Zelenskis / Zelenskio / Zelenskiui are one spelling', () => {
  const text = 'Prezidentas Zelenskis kalbėjo. Patarėjas Zelenskio ir Zelenskiui. Cichanouskaja ir Cichanouskajos komanda.';
  assert.deepEqual(flagged(text, check(text, 'lt')), []);
});

test('cs: case forms with consonant alternation are one spelling (Afrika / Africe / Afriky)', () => {
  const text = 'Cesta do Afriky začala v Keni. V Africe žije mnoho lidí a Afrika roste. Na Aljašce a na Aljašku přijeli.';
  assert.deepEqual(flagged(text, check(text, 'cs')), []);
});

test('el: Greek case forms are one spelling (Μητσοτάκης / Μητσοτάκη, Τσίπρας / Τσίπρα)', () => {
  const text = 'Ο πρωθυπουργός Μητσοτάκης συνάντησε τον Τσίπρα. Ο Τσίπρας μίλησε για τον Μητσοτάκη.';
  assert.deepEqual(flagged(text, check(text, 'el')), []);
});

test('fi, tr: case forms with stem changes or apostrophe suffixes are one spelling', () => {
  const fi = 'Presidentti vieraili Yhdysvalloissa. Yhdysvaltain hallitus ja Yhdysvaltojen kongressi. Euroopan unioni ja Eurooppaan.';
  assert.deepEqual(flagged(fi, check(fi, 'fi')), []);
  const tr = 'Cumhurbaşkanı Erdoğan konuştu. Erdoğan’ın açıklaması ve Erdoğan’a sorular.';
  assert.deepEqual(flagged(tr, check(tr, 'tr')), []);
});

test('en: a name written with and without its diacritics is flagged (Erdoğan / Erdogan)', () => {
  const text = 'President Erdoğan spoke in Ankara. Erdoğan’s office said that Erdogan would travel.';
  const r = check(text, 'en');
  assert.deepEqual(flagged(text, r), ['Erdogan']);
  assert.equal(r.findings[0]!.fixes[0]!.edits[0]!.newText, 'Erdoğan');
});

test('titles: French "M." is Monsieur, not an initial; in English it is an initial', () => {
  const fr = 'Emmanuel Macron a parlé. Plus tard, M. Makron a répondu. Macron est parti.';
  assert.deepEqual(flagged(fr, check(fr, 'fr')), ['Makron']);
  const en = 'On Monday, Emmanuel Macron spoke. Later, M. Makron answered. Macron left.';
  assert.deepEqual(flagged(en, check(en, 'en')), [], 'a different initial: a different person');
});

test('glossary: the glossary spelling wins over the majority, and a listed variant is flagged once', () => {
  const text = 'Sviatlana Cichanouskaja spoke. Cichanouskaja left. Later Tsikhanouskaya returned.';
  const r = check(text, 'en', { names: [{ preferred: 'Sviatlana Tsikhanouskaya', variants: [] }] });
  assert.deepEqual(flagged(text, r), ['Cichanouskaja', 'Cichanouskaja']);
  assert.equal(r.findings[0]!.fixes[0]!.edits[0]!.newText, 'Tsikhanouskaya');
  assert.equal(r.findings[0]!.data?.source, 'glossary');
  // A listed variant that does not look like the preferred spelling, used once.
  const once = 'The opposition leader Tikhanovskaya spoke in Vilnius.';
  const r2 = check(once, 'en', { names: [{ preferred: 'Tsikhanouskaya', variants: ['Tikhanovskaya', 'Cichanouskaja'] }] });
  assert.deepEqual(flagged(once, r2), ['Tikhanovskaya']);
  assert.equal(applyEdits(once, r2.findings[0]!.fixes[0]!.edits), 'The opposition leader Tsikhanouskaya spoke in Vilnius.');
  // A fuzzy match to a preferred spelling, used once; the preferred spelling itself is silent.
  const fuzzy = 'Volodymyr Selenskyj met Zelenskyy.';
  assert.deepEqual(flagged(fuzzy, check(fuzzy, 'en', { names: [{ preferred: 'Zelenskyy', variants: [] }] })), ['Selenskyj']);
  const native = 'Volodymyr Zelenskyy met the press.';
  assert.deepEqual(flagged(native, check(native, 'en', { names: [{ preferred: 'Zelenskyy', variants: [] }] })), []);
});

test('offsets and fixes stay right when the variant is in a later, cached block that moves', () => {
  const engine = new Engine({ rules: [namesRule as Rule] });
  const tail = '\n\nLater, S. Cichanouskaja spoke. Sviatlana Cichanouskaya agreed with Cichanouskaya’s aides.';
  for (const head of ['Opening paragraph.', 'A much longer opening paragraph that moves everything after it.']) {
    const text = head + tail;
    const r = check(text, 'en', {}, engine);
    assert.deepEqual(flagged(text, r), ['Cichanouskaja']);
    const e = r.findings[0]!.fixes[0]!.edits[0]!;
    assert.equal(text.slice(e.start, e.end), 'Cichanouskaja');
  }
});

test('workspace scope: a spelling used in one document when most documents use another', () => {
  const engine = new Engine({ rules: [namesRule as Rule] });
  const index = new WorkspaceNameIndex();
  const docs: Record<string, string> = {
    'a.md': 'President Zelenskyy spoke in Kyiv. Zelenskyy thanked allies.',
    'b.md': 'Volodymyr Zelenskyy met reporters.',
    'c.md': 'Ukraine’s president, Zelenskyy, travelled.',
    'd.md': 'President Zelensky spoke to parliament. Zelensky said more.',
  };
  for (const [id, text] of Object.entries(docs)) index.set(id, extractNameCounts(check(text, 'en', {}, engine, id)));
  engine.resources.workspace = index;
  const d = docs['d.md']!;
  assert.deepEqual(flagged(d, check(d, 'en', {}, engine, 'd.md')), [], 'document scope: consistent within the document');
  const r = check(d, 'en', { nameScope: 'workspace' }, engine, 'd.md');
  assert.deepEqual(flagged(d, r), ['Zelensky', 'Zelensky']);
  assert.match(r.findings[0]!.message, /3 other document/);
  assert.equal(r.findings[0]!.data?.preferred, 'Zelenskyy');
  assert.equal(r.findings[0]!.fixes[1]!.edits.length, 2);
  const a = docs['a.md']!;
  assert.deepEqual(flagged(a, check(a, 'en', { nameScope: 'workspace' }, engine, 'a.md')), [], 'the majority spelling is not flagged');
  index.remove('b.md');
  index.remove('c.md');
  assert.deepEqual(flagged(d, check(d, 'en', { nameScope: 'workspace' }, engine, 'd.md')), [], 'no majority once documents are removed');
});

test('workspace index memory is bounded', () => {
  const index = new WorkspaceNameIndex({ maxDocuments: 3, maxNamesPerDocument: 1 });
  const engine = new Engine({ rules: [namesRule as Rule] });
  for (let i = 0; i < 5; i++) index.set(`doc${i}`, extractNameCounts(check('Zelenskyy met Kalesnikava and Lukashenko. Zelenskyy left.', 'en', {}, engine)));
  assert.equal(index.size, 3);
  assert.equal(index.has('doc0'), false);
  assert.equal(index.has('doc4'), true);
});

// ------------------------------------------------------------------ re-checking an edited document
// The document pass is memoised per document on the offset-free content of the blocks that hold
// names. Every step below compares a re-used engine (block cache and memo warm) with a fresh one.

function sameAsFresh(text: string, engine: Engine, config: PartialConfig = {}, id = 'doc.md'): CheckResult {
  const warm = check(text, 'en', config, engine, id);
  const fresh = check(text, 'en', config, new Engine({ rules: [namesRule as Rule] }), id);
  assert.deepEqual(warm.findings, fresh.findings);
  for (const f of warm.findings) {
    assert.equal(text.slice(f.start, f.end), f.data?.occurrence, 'finding offsets point at the occurrence');
    for (const fix of f.fixes) for (const e of fix.edits) assert.match(text.slice(e.start, e.end), /^\p{Lu}\p{L}+$/u, 'edits replace a name');
  }
  return warm;
}

test('re-check: a variant typed into one paragraph is found; offsets follow edits elsewhere; a removed variant is dropped', () => {
  const engine = new Engine({ rules: [namesRule as Rule] });
  const p1 = 'Sviatlana Cichanouskaya left Minsk.';
  const p3 = 'Supporters of Cichanouskaya gathered in Vilnius.';
  const v1 = [p1, 'The weather was cold.', p3].join('\n\n');
  assert.deepEqual(flagged(v1, sameAsFresh(v1, engine)), []);
  // A variant typed into the middle paragraph.
  const v2 = [p1, 'The weather was cold, and Cichanouskaja spoke.', p3].join('\n\n');
  const r2 = sameAsFresh(v2, engine);
  assert.deepEqual(flagged(v2, r2), ['Cichanouskaja']);
  assert.equal(applyEdits(v2, r2.findings[0]!.fixes[0]!.edits).includes('and Cichanouskaya spoke'), true);
  // Words typed before the names (no name changes), and a paragraph without names added on top:
  // the same finding, at its new offsets.
  const v3 = ['A new opening paragraph without any names.', 'Yesterday evening ' + p1, 'The weather was very cold, and Cichanouskaja spoke.', p3].join('\n\n');
  const r3 = sameAsFresh(v3, engine);
  assert.deepEqual(flagged(v3, r3), ['Cichanouskaja']);
  assert.equal(applyEdits(v3, r3.findings[0]!.fixes[0]!.edits).includes('and Cichanouskaya spoke'), true);
  // A second occurrence of the variant in another paragraph: the "everywhere" fix covers both.
  const v4 = v3 + '\n\nCichanouskaja left again.';
  const r4 = sameAsFresh(v4, engine);
  assert.deepEqual(flagged(v4, r4), ['Cichanouskaja', 'Cichanouskaja']);
  const everywhere = r4.findings[0]!.fixes.find((x) => x.title.includes('everywhere'))!;
  assert.equal(applyEdits(v4, everywhere.edits).includes('Cichanouskaja'), false);
  // The variant removed again: nothing is left.
  const v5 = ['A new opening paragraph without any names.', 'Yesterday evening ' + p1, 'The weather was very cold.', p3].join('\n\n');
  assert.deepEqual(flagged(v5, sameAsFresh(v5, engine)), []);
});

test('re-check: a name becoming the majority, a given name confirmed elsewhere, and two documents on one engine', () => {
  const engine = new Engine({ rules: [namesRule as Rule] });
  const a = 'Volodymyr Zelensky spoke. Zelensky left.\n\nSelenskyj returned.';
  const b = 'Selenskyj spoke.\n\nVolodymyr Zelensky left. Selenskyj returned.';
  // Two documents checked alternately (one memo each).
  for (let i = 0; i < 2; i++) {
    assert.deepEqual(flagged(a, sameAsFresh(a, engine, {}, 'a.md')), ['Selenskyj']);
    assert.deepEqual(flagged(b, sameAsFresh(b, engine, {}, 'b.md')), ['Zelensky']);
  }
  // An edit in one paragraph turns the majority round.
  const a2 = 'Volodymyr Zelensky spoke. Selenskyj left.\n\nSelenskyj returned.';
  assert.deepEqual(flagged(a2, sameAsFresh(a2, engine, {}, 'a.md')), ['Zelensky']);
  // "Yulia" starting a sentence counts as a given name only once it is capitalised mid-sentence
  // somewhere: typing that in another paragraph changes which spellings are one person.
  const y1 = 'Yulia Tymoshenko spoke. Tymoshenko agreed.\n\nLater, Semyon Tymoschenko answered.';
  const y2 = y1 + '\n\nHe met Yulia.';
  assert.deepEqual(flagged(y1, sameAsFresh(y1, engine, {}, 'y.md')), ['Tymoschenko']);
  assert.deepEqual(flagged(y2, sameAsFresh(y2, engine, {}, 'y.md')), [], 'Yulia and Semyon: two people');
  assert.deepEqual(flagged(y1, sameAsFresh(y1, engine, {}, 'y.md')), ['Tymoschenko']);
});

test('re-check: changing the glossary or the scope re-runs the document pass', () => {
  const engine = new Engine({ rules: [namesRule as Rule] });
  const text = 'Sviatlana Cichanouskaja spoke. Cichanouskaja left.\n\nLater Cichanouskaya returned.';
  assert.deepEqual(flagged(text, sameAsFresh(text, engine)), ['Cichanouskaya']);
  const glossary = { names: [{ preferred: 'Sviatlana Cichanouskaya', variants: [] }] };
  const r = sameAsFresh(text, engine, glossary);
  assert.deepEqual(flagged(text, r), ['Cichanouskaja', 'Cichanouskaja']);
  assert.equal(r.findings[0]!.data?.source, 'glossary');
  assert.deepEqual(flagged(text, sameAsFresh(text, engine)), ['Cichanouskaya']);
  // Workspace scope: the index changing (a document added) changes the result without an edit here.
  const index = new WorkspaceNameIndex();
  engine.resources.workspace = index;
  const d = 'President Zelensky spoke to parliament. Zelensky said more.';
  assert.deepEqual(flagged(d, check(d, 'en', { nameScope: 'workspace' }, engine, 'd.md')), []);
  for (const id of ['x.md', 'y.md', 'z.md']) index.set(id, extractNameCounts(check('Volodymyr Zelenskyy met reporters.', 'en', {}, new Engine({ rules: [namesRule as Rule] }), id)));
  assert.deepEqual(flagged(d, check(d, 'en', { nameScope: 'workspace' }, engine, 'd.md')), ['Zelensky', 'Zelensky']);
  index.clear();
  assert.deepEqual(flagged(d, check(d, 'en', { nameScope: 'workspace' }, engine, 'd.md')), []);
});

test('romanisation with and without macrons (Ryōanji / Ryoanji) is the style level (a hint); other dropped diacritics stay warnings', () => {
  const t1 = 'The temple of Ryōanji is in Kyoto. Many visit Ryoanji each year. Ryōanji has a rock garden.';
  const r = check(t1, 'en');
  assert.deepEqual(r.findings.map((f) => [t1.slice(f.start, f.end), f.severity]), [['Ryoanji', 'hint']]);
  const t2 = 'Anna Müller spoke first. Later, Muller said the plan was ready. Müller left at noon.';
  const m = check(t2, 'en');
  assert.deepEqual(m.findings.map((f) => [t2.slice(f.start, f.end), f.severity]), [['Muller', 'warning']]);
});
