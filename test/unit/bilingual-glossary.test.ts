import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkTerms,
  findTerm,
  glossaryFromConfig,
  GlossaryError,
  parseGlossaryDelimited,
  parseGlossaryTbx,
  termConsistency,
  type Glossary,
  type TermIssue,
} from '../../server/src/engine/bilingual/glossary';
import { DATA } from '../support/helpers';

const DIR = join(DATA, 'glossary');
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
const csv = (f: string, opts?: Parameters<typeof parseGlossaryDelimited>[2]) => parseGlossaryDelimited(read(f), f, opts);
const tbx = (f: string, sourceLanguage: string, targetLanguage: string) => parseGlossaryTbx(read(f), f, { sourceLanguage, targetLanguage });
/** The surface forms findTerm finds. */
const found = (text: string, term: string, lang: string, cs?: boolean) => findTerm(text, term, lang, cs).map((r) => text.slice(r.start, r.end));
/** kind:source-term[:target text] of each issue, for compact assertions. */
const brief = (issues: TermIssue[], target?: string) => issues.map((i) => `${i.kind}:${i.entry.source}${i.targetAt && target ? ':' + target.slice(i.targetAt.start, i.targetAt.end) : ''}`);
/** Asserts that `fn` throws a GlossaryError at file/line/column whose message matches. */
function throwsAt(fn: () => unknown, file: string, line: number, column: number, message: RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof GlossaryError, `not a GlossaryError: ${String(e)}`);
    assert.equal(e.file, file);
    assert.deepEqual([e.line, e.column], [line, column], e.message);
    assert.match(e.message, message);
    return true;
  });
}

describe('glossary: CSV and TSV', () => {
  test('comma CSV with a BOM, quoted cells with commas, a line break and doubled quotes', () => {
    const g = csv('en-de.csv');
    assert.equal(g.entries.length, 9);
    const by = new Map(g.entries.map((e) => [e.source, e]));
    assert.deepEqual(by.get('Bundestag')!.targets, ['Bundestag', 'Deutscher Bundestag']);
    assert.equal(by.get('Bundestag')!.note, "Germany's federal parliament, keep the German name");
    assert.deepEqual(by.get('European Commission')!.targets, ['Europäische Kommission', 'EU-Kommission']);
    assert.deepEqual(by.get('server')!.forbidden, ['Diener', 'Bediener'], "forbidden renderings separated by ';'");
    // The note spans two lines and contains doubled quotes; the next entry's line is counted after it.
    assert.equal(by.get('Iron Dome')!.note, 'the so-called "Iron Dome", Israel\'s missile shield');
    assert.deepEqual(by.get('Iron Dome')!.origin, { file: 'en-de.csv', line: 7, column: 1 });
    assert.deepEqual(by.get('Calque')!.origin, { file: 'en-de.csv', line: 9, column: 1 });
    assert.equal(by.get('Calque')!.dnt, true);
    assert.deepEqual(by.get('Calque')!.targets, []);
    assert.equal(by.get('Apple')!.caseSensitive, true, 'case column: sensitive');
    assert.equal(by.get('federal government')!.caseSensitive, false, 'case column: no');
    assert.equal(by.get('data')!.caseSensitive, false, 'default: case-insensitive');
    assert.equal(g.sourceLanguage, undefined);
  });
  test('semicolon CSV: delimiter detected, renderings separated by ";" inside a quoted cell', () => {
    const g = csv('en-ru.csv');
    assert.deepEqual(
      g.entries.map((e) => [e.source, e.targets, e.forbidden]),
      [
        ['State Duma', ['Госдума', 'Государственная дума'], ['Дума']],
        ['sanctions', ['санкции'], []],
        ['Prime Minister', ['премьер-министр'], []],
        ['EU', ['ЕС', 'Евросоюз'], []],
      ],
    );
    assert.equal(g.entries[1]!.note, 'restrictive measures; plural in Russian');
    assert.equal(g.entries[3]!.caseSensitive, true, 'a term in capitals is case-sensitive');
  });
  test('TSV with CRLF line ends', () => {
    const g = csv('lt-en.tsv');
    assert.deepEqual(
      g.entries.map((e) => [e.source, e.targets[0], e.origin.line]),
      [
        ['Seimas', 'Seimas', 2],
        ['Vyriausybė', 'Government', 3],
        ['Lietuvos Respublika', 'Republic of Lithuania', 4],
        ['Prezidentas', 'President', 5],
      ],
    );
    assert.deepEqual(g.entries[0]!.forbidden, ['Sejm']);
  });
  test('an explicit delimiter wins over detection', () => {
    const g = parseGlossaryDelimited('source;target\n"a, b";c\n', 'x.txt', { delimiter: ';' });
    assert.deepEqual(g.entries.map((e) => [e.source, e.targets]), [['a, b', ['c']]]);
  });
  test('language columns: chosen by sourceLanguage/targetLanguage, rows without the target language skipped', () => {
    const g = csv('terms-multi.csv', { sourceLanguage: 'de', targetLanguage: 'fr' });
    assert.equal(g.sourceLanguage, 'de');
    assert.equal(g.targetLanguage, 'fr');
    assert.deepEqual(
      g.entries.map((e) => [e.source, e.targets]),
      [
        ['Bundesrat', ['Conseil fédéral']],
        ['Bundeskanzler', ['chancelier']],
        ['Kanzler', ['chancelier']],
      ],
    );
    assert.deepEqual(g.entries[0]!.origin, { file: 'terms-multi.csv', line: 2, column: 17 });
    // A regional tag finds the column of its base language.
    assert.deepEqual(csv('terms-multi.csv', { sourceLanguage: 'en-GB', targetLanguage: 'de-DE' }).entries.map((e) => e.targets), [['Bundesrat'], ['Bundeskanzler', 'Kanzler'], ['Regierung']]);
    // Two language columns without options: source and target in order.
    const two = parseGlossaryDelimited('lt,en\nSeimas,Seimas\n', 'two.csv');
    assert.deepEqual([two.sourceLanguage, two.targetLanguage, two.entries[0]!.targets], ['lt', 'en', ['Seimas']]);
  });
  test('language columns: errors', () => {
    throwsAt(() => csv('terms-multi.csv'), 'terms-multi.csv', 1, 1, /3 language columns .* source language must be given/);
    throwsAt(() => csv('terms-multi.csv', { sourceLanguage: 'en', targetLanguage: 'pl' }), 'terms-multi.csv', 1, 1, /no column for target language pl/);
    throwsAt(() => parseGlossaryDelimited('source,target,de\nx,y,z\n', 'mixed.csv'), 'mixed.csv', 1, 15, /both "source"\/"target" and language columns/);
  });
  test('dnt and case values; an unknown value is an error at its cell', () => {
    const g = parseGlossaryDelimited('source,target,dnt,case\nGitHub,,x,\nOpenAI,,TRUE,insensitive\nfoo,bar,no,yes\n', 'flags.csv');
    assert.deepEqual(g.entries.map((e) => [e.source, e.dnt, e.caseSensitive]), [['GitHub', true, true], ['OpenAI', true, false], ['foo', false, true]]);
    throwsAt(() => parseGlossaryDelimited('source,target,dnt\nGitHub,,maybe\n', 'flags.csv'), 'flags.csv', 2, 9, /dnt column: "maybe" is not yes or no/);
  });
  test('empty rows are skipped; a row without target, forbidden or dnt is skipped', () => {
    const g = parseGlossaryDelimited('source,target\n\nBundestag,Bundestag\n,\n\nSeimas,\n', 'gaps.csv');
    assert.deepEqual(g.entries.map((e) => [e.source, e.origin.line]), [['Bundestag', 3]]);
  });
  test('errors name the file, line and column', () => {
    throwsAt(() => csv('bad-no-header.csv'), 'bad-no-header.csv', 1, 1, /missing header row/);
    throwsAt(() => csv('bad-unknown-column.csv'), 'bad-unknown-column.csv', 1, 15, /unknown column "remarks"/);
    throwsAt(() => csv('bad-no-source.csv'), 'bad-no-source.csv', 3, 1, /entry without source term/);
    throwsAt(() => csv('bad-quote.csv'), 'bad-quote.csv', 3, 9, /malformed CSV: Invalid Closing Quote/);
    throwsAt(() => csv('bad-unclosed.csv'), 'bad-unclosed.csv', 3, 11, /malformed CSV: Quote Not Closed/);
    throwsAt(() => parseGlossaryDelimited('source,target\nBundes"tag,Bundestag\n', 'bare.csv'), 'bare.csv', 2, 7, /malformed CSV/);
    throwsAt(() => parseGlossaryDelimited('', 'empty.csv'), 'empty.csv', 1, 1, /missing header row/);
    throwsAt(() => parseGlossaryDelimited('source,target\nx,y,z\n', 'wide.csv'), 'wide.csv', 2, 5, /more cells than columns/);
    throwsAt(() => parseGlossaryDelimited('Source,Term\n', 'twice.csv'), 'twice.csv', 1, 8, /given twice/);
  });
  test('the line of an error after a multi-line quoted cell and a BOM', () => {
    throwsAt(() => parseGlossaryDelimited('\ufeffsource,note\nx,"one\ntwo"\n,z\n', 'late.csv'), 'late.csv', 4, 1, /entry without source/);
    throwsAt(() => parseGlossaryDelimited('\ufeffsource,tagret\n', 'bom.csv'), 'bom.csv', 1, 8, /unknown column "tagret"/);
  });
  test('TSV accepts bare quotes in cells', () => {
    const g = parseGlossaryDelimited('source\ttarget\n27" monitor\t27-Zoll-Monitor\n', 'inch.tsv');
    assert.deepEqual(g.entries.map((e) => e.source), ['27" monitor']);
  });
});

describe('glossary: TBX', () => {
  test('TBX-Basic: preferred first, admitted next, deprecated and superseded forbidden', () => {
    const g = tbx('de-fr.tbx', 'de', 'fr');
    assert.equal(g.sourceLanguage, 'de');
    assert.deepEqual(
      g.entries.map((e) => [e.source, e.targets, e.forbidden]),
      [
        ['Bundesregierung', ['gouvernement fédéral', 'gouvernement allemand'], ['exécutif fédéral']],
        ['Bundestag', ['Bundestag'], ['Diète fédérale']],
        ['Bundeskanzlerin', ['chancelière fédérale', 'chancelière'], []],
        ['Kanzlerin', ['chancelière fédérale', 'chancelière'], []],
        ['Grundgesetz', ['Loi fondamentale'], ['Constitution allemande']],
      ],
    );
    // The concept's definition is the note; origins are the <term> elements; "de-DE" answers "de".
    assert.equal(g.entries[0]!.note, 'The federal executive of Germany.');
    assert.deepEqual(g.entries[0]!.origin, { file: 'de-fr.tbx', line: 15, column: 13 });
    assert.ok(!g.entries.some((e) => e.source === 'Bundesrat'), 'a concept without a French term is skipped');
    assert.ok(!g.entries.some((e) => e.source === 'Kanzlerinnen-Amt'), 'a deprecated source term is no entry');
  });
  test('TBX-Basic in the other direction and with a regional tag', () => {
    const g = tbx('de-fr.tbx', 'fr-FR', 'de');
    assert.deepEqual(g.entries.find((e) => e.source === 'gouvernement fédéral')!.targets, ['Bundesregierung']);
    assert.ok(!g.entries.some((e) => e.source === 'exécutif fédéral'), 'deprecated source terms are skipped');
    assert.deepEqual(tbx('de-fr.tbx', 'de', 'en').entries.map((e) => [e.source, e.targets]), [['Bundesrat', ['Federal Council']]]);
  });
  test('TBX v3 (<tbx>, <conceptEntry>, <langSec>, <termSec>)', () => {
    const g = tbx('en-pl.tbx', 'en', 'pl');
    assert.deepEqual(
      g.entries.map((e) => [e.source, e.targets, e.forbidden]),
      [
        ['European Commission', ['Komisja Europejska'], []],
        ['government', ['rząd'], ['gabinet']],
        ['Sejm', ['Sejm'], []],
        ['sanctions', ['sankcje'], ['restrykcje']],
      ],
    );
  });
  test('a BOM, entities and inline markup in <term>', () => {
    const text = '\ufeff<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="en"><tig><term>R&amp;D <hi>unit</hi></term></tig></langSet><langSet xml:lang="de"><tig><term>F&amp;E-Abteilung</term></tig></langSet></termEntry></body></text></martif>';
    assert.deepEqual(parseGlossaryTbx(text, 'x.tbx', { sourceLanguage: 'en', targetLanguage: 'de' }).entries.map((e) => [e.source, e.targets]), [['R&D unit', ['F&E-Abteilung']]]);
  });
  test('errors name the file, line and column', () => {
    const o = { sourceLanguage: 'de', targetLanguage: 'fr' };
    throwsAt(() => parseGlossaryTbx(read('bad-not-well-formed.tbx'), 'bad-not-well-formed.tbx', o), 'bad-not-well-formed.tbx', 6, 5, /not well-formed XML: Missing end tag/);
    throwsAt(() => parseGlossaryTbx(read('bad-root.tbx'), 'bad-root.tbx', o), 'bad-root.tbx', 2, 1, /not a TBX file: the root element is <glossary>/);
    throwsAt(() => parseGlossaryTbx(read('bad-empty-term.tbx'), 'bad-empty-term.tbx', o), 'bad-empty-term.tbx', 4, 31, /empty <term>/);
    throwsAt(() => parseGlossaryTbx(read('bad-no-lang.tbx'), 'bad-no-lang.tbx', o), 'bad-no-lang.tbx', 3, 3, /<langSet> without xml:lang/);
    throwsAt(() => parseGlossaryTbx('source,target\n', 'csv.tbx', o), 'csv.tbx', 1, 1, /not well-formed XML/);
  });
});

describe('glossary: inline in .calque.json', () => {
  test('string, list and object forms', () => {
    const g = glossaryFromConfig(
      {
        Bundestag: 'Bundestag',
        'European Commission': ['Europäische Kommission', 'EU-Kommission'],
        server: { target: 'Server', forbidden: ['Diener'], note: 'a computer' },
        Calque: { dnt: true },
        apple: { target: 'Apple', caseSensitive: true },
      },
      '.calque.json',
    );
    assert.deepEqual(
      g.entries.map((e) => [e.source, e.targets, e.forbidden, e.dnt, e.caseSensitive]),
      [
        ['Bundestag', ['Bundestag'], [], false, false],
        ['European Commission', ['Europäische Kommission', 'EU-Kommission'], [], false, false],
        ['server', ['Server'], ['Diener'], false, false],
        ['Calque', [], [], true, false],
        ['apple', ['Apple'], [], false, true],
      ],
    );
    assert.equal(g.entries[2]!.note, 'a computer');
    assert.deepEqual(g.entries[0]!.origin, { file: '.calque.json', line: 1, column: 1 });
    assert.deepEqual(glossaryFromConfig(undefined, '.calque.json'), { entries: [] });
  });
  test('positions come from the locate callback', () => {
    const g = glossaryFromConfig({ NATO: 'NATO' }, 'c.json', (path) => (path[0] === 'NATO' ? { line: 7, column: 5 } : undefined));
    assert.deepEqual(g.entries[0]!.origin, { file: 'c.json', line: 7, column: 5 });
    assert.equal(g.entries[0]!.caseSensitive, true);
    throwsAt(() => glossaryFromConfig({ x: { target: 'y', dnt: 'yes' } }, 'c.json', (p) => ({ line: 3, column: p.length * 2 })), 'c.json', 3, 4, /"x".dnt must be true or false/);
  });
  test('errors', () => {
    throwsAt(() => glossaryFromConfig(['Bundestag'], 'c.json'), 'c.json', 1, 1, /glossary must be an object/);
    throwsAt(() => glossaryFromConfig({ '  ': 'x' }, 'c.json'), 'c.json', 1, 1, /entry without source term/);
    throwsAt(() => glossaryFromConfig({ x: 3 }, 'c.json'), 'c.json', 1, 1, /must be a target, a list of targets or an object/);
    throwsAt(() => glossaryFromConfig({ x: { targte: 'y' } }, 'c.json'), 'c.json', 1, 1, /unknown field "targte"/);
    throwsAt(() => glossaryFromConfig({ x: { note: 'only a note' } }, 'c.json'), 'c.json', 1, 1, /has no target/);
    throwsAt(() => glossaryFromConfig({ x: [1, 2] }, 'c.json'), 'c.json', 1, 1, /must be a string or a list of strings/);
  });
});

describe('findTerm: inflection-tolerant, whole words, the term\'s own words in order', () => {
  test('German: case endings; not inside a compound', () => {
    assert.deepEqual(found('Die Sitzung des Bundestages, im Bundestag, die Bundestagswahl', 'Bundestag', 'de'), ['Bundestages', 'Bundestag']);
    assert.deepEqual(found('der Europäischen Union und die Europäische Union', 'Europäische Union', 'de'), ['Europäischen Union', 'Europäische Union']);
    assert.deepEqual(found('die Grenzen, der Grenze', 'Grenze', 'de'), ['Grenzen', 'Grenze']);
    // Control: a short word takes only the genitive ("Rates"), so "Rat" is not in "Raten" (instalments).
    assert.deepEqual(found('des Rates, die Raten, der Rat', 'Rat', 'de'), ['Rates', 'Rat']);
  });
  test('Russian: case endings, the zero ending, adjectives in multi-word terms', () => {
    assert.deepEqual(found('депутаты Госдумы, в Госдуме, с Госдумой', 'Госдума', 'ru'), ['Госдумы', 'Госдуме', 'Госдумой']);
    assert.deepEqual(found('решение Государственной думы', 'Государственная дума', 'ru'), ['Государственной думы']);
    assert.deepEqual(found('новые санкции, санкций, санкциями', 'санкции', 'ru'), ['санкции', 'санкций', 'санкциями']);
    assert.deepEqual(found('премьер-министра и премьер-министру', 'премьер-министр', 'ru'), ['премьер-министра', 'премьер-министру']);
    // Control: a derived word is not the term.
    assert.deepEqual(found('госдумовский комитет', 'Госдума', 'ru'), []);
  });
  test('Lithuanian: case endings replace the term\'s own', () => {
    assert.deepEqual(found('Seimo nariai, Seime, Seimui, Seimą', 'Seimas', 'lt'), ['Seimo', 'Seime', 'Seimui', 'Seimą']);
    assert.deepEqual(found('Vyriausybės, Vyriausybei, Vyriausybę', 'Vyriausybė', 'lt'), ['Vyriausybės', 'Vyriausybei', 'Vyriausybę']);
    assert.deepEqual(found('Lietuvos Respublikos Seimas', 'Lietuvos Respublika', 'lt'), ['Lietuvos Respublikos']);
    // Control: "seimūnas" (member of the Seimas) is another word.
    assert.deepEqual(found('seimūnas pasakė', 'Seimas', 'lt'), []);
  });
  test('Polish: case endings and locative alternations', () => {
    assert.deepEqual(found('Komisji Europejskiej i Komisja Europejska', 'Komisja Europejska', 'pl'), ['Komisji Europejskiej', 'Komisja Europejska']);
    assert.deepEqual(found('rządu, w rządzie, z rządem', 'rząd', 'pl'), ['rządu', 'rządzie', 'rządem']);
    assert.deepEqual(found('sankcji, sankcjami, o sankcjach', 'sankcje', 'pl'), ['sankcji', 'sankcjami', 'sankcjach']);
    assert.deepEqual(found('posłowie Sejmu', 'Sejm', 'pl'), ['Sejmu']);
    // Control: the adjective "rządowy" is derived, not an inflected form.
    assert.deepEqual(found('projekt rządowy', 'rząd', 'pl'), []);
  });
  test('English and French: plural and possessive', () => {
    assert.deepEqual(found("the Prime Minister's office; two Prime Ministers", 'Prime Minister', 'en'), ["Prime Minister's", 'Prime Ministers']);
    assert.deepEqual(found('policies and a policy', 'policy', 'en'), ['policies', 'policy']);
    assert.deepEqual(found('des gouvernements fédéraux', 'gouvernement fédéral', 'fr'), ['gouvernements fédéraux']);
    // Control: "Sony" is not "Sons", and a term is not found inside a word.
    assert.deepEqual(found('Sons and daughters', 'Sony', 'en'), []);
    assert.deepEqual(found('database', 'data', 'en'), []);
  });
  test('multi-word terms: only their own words, in order; any white space between them', () => {
    assert.deepEqual(found('the European\nCommission', 'European Commission', 'en'), ['European\nCommission']);
    assert.deepEqual(found('the European and the Commission', 'European Commission', 'en'), []);
    assert.deepEqual(found('Commission European', 'European Commission', 'en'), []);
    assert.deepEqual(found('der Europäischen der Union', 'Europäische Union', 'de'), [], 'an article between the words breaks the term');
  });
  test('case: insensitive by default, sensitive on request; acronyms take endings after an apostrophe or hyphen', () => {
    assert.deepEqual(found('THE BUNDESTAG and the bundestag', 'Bundestag', 'de'), ['BUNDESTAG', 'bundestag']);
    assert.deepEqual(found("NATO's summit, Nato, the NATO-led mission", 'NATO', 'en', true), ["NATO's", 'NATO']);
    assert.deepEqual(found('the apple and Apple', 'Apple', 'en', true), ['Apple']);
  });
  test('offsets stay those of the text when lower-casing would change its length (İ) or the form of a letter (final sigma)', () => {
    const t = 'İSTANBUL: Büyükşehir Belediyesi';
    assert.deepEqual(findTerm(t, 'Büyükşehir Belediyesi', 'tr'), [{ start: 10, end: 31 }]);
    assert.deepEqual(found('İzmir ve BÜYÜKŞEHİR', 'büyükşehir', 'tr'), [], 'dotted capital İ does not fold to i');
    assert.deepEqual(found('ΤΟ ΚΡΑΤΟΣ και το κράτος', 'κρατος', 'el'), ['ΚΡΑΤΟΣ']);
  });
  test('terms with punctuation and in scripts without spaces', () => {
    assert.deepEqual(found('runs on Node.js, not Node', 'Node.js', 'en'), ['Node.js']);
    assert.deepEqual(found('a C++ compiler', 'C++', 'en'), ['C++']);
    assert.deepEqual(found('欧盟委员会发布了', '欧盟委员会', 'zh'), ['欧盟委员会']);
    assert.deepEqual(found('', 'x', 'en'), []);
    assert.deepEqual(found('text', '  ', 'en'), []);
  });
});

describe('checkTerms', () => {
  const enDe = csv('en-de.csv');
  const enRu = csv('en-ru.csv');
  const ltEn = csv('lt-en.tsv');
  const deFr = tbx('de-fr.tbx', 'de', 'fr');
  const enPl = tbx('en-pl.tbx', 'en', 'pl');

  test('en→de: native controls (inflected renderings, compounds, nested terms)', () => {
    const cases: [string, string][] = [
      ['The Bundestag passed the data protection law.', 'Der Bundestag verabschiedete das Datenschutzgesetz.'],
      ['Members of the Bundestag voted.', 'Die Abgeordneten des Bundestages stimmten ab.'],
      ['The Bundestag met.', 'Der Deutsche Bundestag tagte.'],
      ['The European Commission criticised the plan.', 'Die EU-Kommission kritisierte den Plan.'],
      ['The European Commission criticised the plan.', 'Die Europäischen Kommission kritisierte den Plan.'],
      ['Our server stores the data.', 'Unser Server speichert die Daten.'],
      ['Calque checks translations.', 'Calque prüft Übersetzungen.'],
      ['Ask the data protection officer.', 'Fragen Sie den Datenschutzbeauftragten.'],
      ['The Bundestagswahl is in September.', 'Die Wahl ist im September.'],
    ];
    for (const [s, t] of cases) assert.deepEqual(brief(checkTerms(enDe, s, 'en', t, 'de')), [], `${s} → ${t}`);
  });
  test('en→de: missing, forbidden and do-not-translate changed', () => {
    const t = 'Der Diener speichert die Informationen.';
    const issues = checkTerms(enDe, 'The server stores the data.', 'en', t, 'de');
    assert.deepEqual(brief(issues, t), ['missing-target:server', 'forbidden:server:Diener', 'missing-target:data']);
    assert.deepEqual(issues[0]!.sourceAt, { start: 4, end: 10 });
    assert.match(issues[0]!.message, /“server” should be translated as “Server”/);
    assert.match(issues[1]!.message, /“Diener” is a forbidden rendering of “server”; use “Server”/);
    const dnt = checkTerms(enDe, 'Calque checks translations.', 'en', 'Kalk prüft Übersetzungen.', 'de');
    assert.deepEqual(brief(dnt), ['dnt-changed:Calque']);
    // "data" inside "data protection" is no occurrence of "data"; a forbidden word is matched as a whole word only.
    const u = 'Die Datensicherheitsregeln und die Datensicherheit';
    assert.deepEqual(brief(checkTerms(enDe, 'The data protection rules', 'en', u, 'de'), u), ['missing-target:data protection', 'forbidden:data protection:Datensicherheit']);
    // Both renderings listed in the message.
    assert.match(checkTerms(enDe, 'The European Commission', 'en', 'Die Kommission', 'de')[0]!.message, /“Europäische Kommission” or “EU-Kommission”/);
  });
  test('en→de: a case-sensitive term is not found in a common word', () => {
    assert.deepEqual(brief(checkTerms(enDe, 'She ate an apple.', 'en', 'Sie aß einen Apfel.', 'de')), []);
    assert.deepEqual(brief(checkTerms(enDe, 'Apple released a phone.', 'en', 'Der Konzern brachte ein Telefon heraus.', 'de')), ['missing-target:Apple']);
  });
  test('en→ru: controls with inflected renderings; a forbidden word inside an accepted rendering is not reported', () => {
    const cases: [string, string][] = [
      ['The State Duma approved new sanctions.', 'Государственная дума одобрила новые санкции.'],
      ['Deputies of the State Duma voted for the sanctions.', 'Депутаты Государственной думы проголосовали за санкции.'],
      ['The State Duma debated the sanctions.', 'В Госдуме обсудили санкции.'],
      ['The EU imposed sanctions.', 'Евросоюз ввёл санкции.'],
      ['A bill of the State Duma', 'Законопроект Госдумы'],
      ['The Prime Minister spoke about sanctions.', 'Премьер-министр говорил о санкциях.'],
      ["The Prime Minister's office", 'Аппарат премьер-министра'],
    ];
    for (const [s, t] of cases) assert.deepEqual(brief(checkTerms(enRu, s, 'en', t, 'ru')), [], `${s} → ${t}`);
  });
  test('en→ru: missing and forbidden', () => {
    const t = 'Дума одобрила новые ограничения.';
    assert.deepEqual(brief(checkTerms(enRu, 'The State Duma approved new sanctions.', 'en', t, 'ru'), t), ['missing-target:State Duma', 'forbidden:State Duma:Дума', 'missing-target:sanctions']);
    assert.deepEqual(brief(checkTerms(enRu, 'The EU and the Prime Minister', 'en', 'Европа и премьер', 'ru')), ['missing-target:EU', 'missing-target:Prime Minister']);
    // Control: every occurrence of the term has its rendering, so "Дума" translates the other "Duma".
    assert.deepEqual(brief(checkTerms(enRu, 'The State Duma passed the law; the Duma will meet again.', 'en', 'Госдума приняла закон; Дума соберётся снова.', 'ru')), []);
    // But with two occurrences and one rendering, the forbidden word is reported.
    const v = 'Госдума приняла закон; Дума соберётся снова.';
    assert.deepEqual(brief(checkTerms(enRu, 'The State Duma passed the law; the State Duma will meet again.', 'en', v, 'ru'), v), ['forbidden:State Duma:Дума']);
    // Control: "EU" is case-sensitive, so "eu" in a word list is not the term.
    assert.deepEqual(brief(checkTerms(enRu, 'the eu vowel', 'en', 'гласная', 'ru')), []);
  });
  test('lt→en: inflected source terms', () => {
    const cases: [string, string][] = [
      ['Seimo nariai pritarė Vyriausybės siūlymui.', "Members of the Seimas backed the Government's proposal."],
      ['Lietuvos Respublikos Prezidentas kreipėsi į Seimą.', 'The President of the Republic of Lithuania addressed the Seimas.'],
      ['Seimūnas kalbėjo ilgai.', 'The MP spoke for a long time.'],
    ];
    for (const [s, t] of cases) assert.deepEqual(brief(checkTerms(ltEn, s, 'lt', t, 'en')), [], `${s} → ${t}`);
    const t = "Members of the Sejm backed the cabinet's proposal.";
    const issues = checkTerms(ltEn, 'Seimo nariai pritarė Vyriausybės siūlymui.', 'lt', t, 'en');
    assert.deepEqual(brief(issues, t), ['missing-target:Seimas', 'forbidden:Seimas:Sejm', 'missing-target:Vyriausybė']);
    assert.deepEqual(issues[0]!.sourceAt, { start: 0, end: 5 });
    assert.deepEqual(issues[2]!.sourceAt, { start: 21, end: 32 });
  });
  test('de→fr (TBX): controls with inflected source and target', () => {
    const cases: [string, string][] = [
      ['Die Bundesregierung hat dem Bundestag einen Entwurf vorgelegt.', 'Le gouvernement fédéral a présenté un projet au Bundestag.'],
      ['Ein Sprecher der Bundesregierung sagte es im Bundestag.', "Un porte-parole du gouvernement allemand l'a dit au Bundestag."],
      ['Die Sitzung des Bundestages', 'La séance du Bundestag'],
      ['Die Bundeskanzlerin sprach.', 'La chancelière a parlé.'],
      ['Die Bundestagswahl findet statt.', "L'élection a lieu."],
      ['Das Grundgesetz gilt.', 'La Loi fondamentale est en vigueur.'],
    ];
    for (const [s, t] of cases) assert.deepEqual(brief(checkTerms(deFr, s, 'de', t, 'fr')), [], `${s} → ${t}`);
  });
  test('de→fr (TBX): deprecated and superseded renderings are forbidden', () => {
    const t = "L'exécutif fédéral a présenté un projet à la Diète fédérale.";
    assert.deepEqual(brief(checkTerms(deFr, 'Die Bundesregierung hat dem Bundestag einen Entwurf vorgelegt.', 'de', t, 'fr'), t), [
      'missing-target:Bundesregierung',
      'forbidden:Bundesregierung:exécutif fédéral',
      'missing-target:Bundestag',
      'forbidden:Bundestag:Diète fédérale',
    ]);
    const u = 'La Constitution allemande est en vigueur.';
    assert.deepEqual(brief(checkTerms(deFr, 'Das Grundgesetz gilt.', 'de', u, 'fr'), u), ['missing-target:Grundgesetz', 'forbidden:Grundgesetz:Constitution allemande']);
  });
  test('en→pl (TBX v3): controls with inflected renderings', () => {
    const cases: [string, string][] = [
      ['The European Commission criticised the government.', 'Komisja Europejska skrytykowała rząd.'],
      ["MPs of the Sejm backed the government's bill on sanctions.", 'Posłowie Sejmu poparli projekt rządu w sprawie sankcji.'],
      ['There is no agreement in the government on sanctions.', 'W rządzie nie ma zgody co do sankcji.'],
      ['The report of the European Commission', 'Raport Komisji Europejskiej'],
    ];
    for (const [s, t] of cases) assert.deepEqual(brief(checkTerms(enPl, s, 'en', t, 'pl')), [], `${s} → ${t}`);
  });
  test('en→pl: a do-not-translate term may take a Polish ending, but must not be translated', () => {
    const g = glossaryFromConfig({ Calque: { dnt: true }, iPhone: { dnt: true } }, 'c.json');
    assert.deepEqual(brief(checkTerms(g, 'Use Calque on the iPhone.', 'en', "Używaj Calque'a na iPhonie.", 'pl')), []);
    assert.deepEqual(brief(checkTerms(g, 'Use Calque on the iPhone.', 'en', 'Używaj Kalki na telefonie.', 'pl')), ['dnt-changed:Calque', 'dnt-changed:iPhone']);
    // iPhone is case-sensitive (inner capital): "Iphone" is a changed spelling.
    assert.deepEqual(brief(checkTerms(g, 'the iPhone', 'en', 'Iphone', 'pl')), ['dnt-changed:iPhone']);
  });
  test('en→pl (TBX v3): inflected forbidden renderings are found', () => {
    const t = 'Gabinet zgodził się na nowe restrykcje wobec Rosji, a Komisja Unii z restrykcjami.';
    assert.deepEqual(brief(checkTerms(enPl, 'The government agreed on new sanctions against Russia, and the European Commission on sanctions.', 'en', t, 'pl'), t), [
      'missing-target:government',
      'forbidden:government:Gabinet',
      'missing-target:sanctions',
      'forbidden:sanctions:restrykcje',
      'forbidden:sanctions:restrykcjami',
      'missing-target:European Commission',
    ]);
  });
  test('entries with the same source term are one term; a forbidden word that renders another term of the segment is not reported', () => {
    const g: Glossary = glossaryFromConfig({ bank: { target: 'Bank', forbidden: ['Ufer'] }, council: { target: 'Rat', forbidden: ['Beratung'] }, advice: { target: 'Beratung' } }, 'c.json');
    g.entries.push({ source: 'Bank', targets: ['Ufer'], forbidden: [], dnt: false, caseSensitive: false, origin: { file: 'c.json', line: 1, column: 1 } });
    assert.deepEqual(brief(checkTerms(g, 'We sat on the bank.', 'en', 'Wir saßen am Ufer.', 'de')), [], 'the other entry of "bank" accepts "Ufer"');
    assert.deepEqual(brief(checkTerms(g, 'The council gave advice.', 'en', 'Der Rat gab eine Beratung.', 'de')), []);
    assert.deepEqual(brief(checkTerms(g, 'The council met.', 'en', 'Die Beratung fand statt.', 'de')), ['missing-target:council', 'forbidden:council']);
  });
  test('a term absent from the source, and an empty glossary, give nothing', () => {
    assert.deepEqual(checkTerms(enDe, 'Nothing relevant here.', 'en', 'Der Diener kam.', 'de'), []);
    assert.deepEqual(checkTerms({ entries: [] }, 'The server', 'en', 'Der Diener', 'de'), []);
    assert.deepEqual(checkTerms(enDe, '', 'en', 'Der Diener', 'de'), []);
  });
});

describe('termConsistency', () => {
  const enDe = csv('en-de.csv');
  test('a term rendered by two of its accepted targets in one document', () => {
    const pairs = [
      { source: 'The European Commission criticised the plan.', target: 'Die Europäische Kommission kritisierte den Plan.' },
      { source: 'Later the European Commission agreed.', target: 'Später stimmte die EU-Kommission zu.' },
      { source: 'The European Commission met again.', target: 'Die Europäische Kommission tagte erneut.' },
      { source: 'The Bundestag met.', target: 'Der Deutsche Bundestag tagte.' },
      { source: 'The Bundestag voted.', target: 'Der Deutsche Bundestag stimmte ab.' },
    ];
    const out = termConsistency(enDe, pairs, 'en', 'de');
    assert.equal(out.length, 1, 'the Bundestag is rendered consistently ("Bundestag" inside "Deutscher Bundestag" is not a second rendering)');
    assert.equal(out[0]!.kind, 'inconsistent');
    assert.equal(out[0]!.entry.source, 'European Commission');
    assert.deepEqual([...out[0]!.renderings], [['Europäische Kommission', 2], ['EU-Kommission', 1]]);
  });
  test('control: consistent renderings, and a segment with more renderings than occurrences, give nothing', () => {
    const pairs = [
      { source: 'The European Commission criticised the plan.', target: 'Die EU-Kommission kritisierte den Plan.' },
      { source: 'The European Commission agreed.', target: 'Die EU-Kommission stimmte zu, wie die Europäische Kommission mitteilte.' },
      { source: 'Die Bundesregierung', target: '' },
    ];
    assert.deepEqual(termConsistency(enDe, pairs, 'en', 'de'), []);
  });
  test('two source terms rendered by one word', () => {
    const g = glossaryFromConfig({ government: 'Regierung', cabinet: ['Kabinett', 'Regierung'] }, 'c.json');
    const pairs = [
      { source: 'The government decided.', target: 'Die Regierung entschied.' },
      { source: 'The cabinet met on Monday.', target: 'Die Regierung tagte am Montag.' },
    ];
    const out = termConsistency(g, pairs, 'en', 'de');
    assert.equal(out.length, 1);
    assert.equal(out[0]!.kind, 'shared');
    assert.equal(out[0]!.entry.source, 'government');
    assert.equal(out[0]!.other!.entry.source, 'cabinet');
    assert.deepEqual([...out[0]!.renderings], [['Regierung', 1]]);
    // Controls: both terms in one segment; or the glossary gives them no other rendering.
    assert.deepEqual(termConsistency(g, [{ source: 'The government and the cabinet', target: 'Die Regierung und das Kabinett' }], 'en', 'de'), []);
    const same = glossaryFromConfig({ government: 'Regierung', administration: 'Regierung' }, 'c.json');
    assert.deepEqual(termConsistency(same, [{ source: 'The government decided.', target: 'Die Regierung entschied.' }, { source: 'The administration decided.', target: 'Die Regierung entschied.' }], 'en', 'de'), []);
  });
});
