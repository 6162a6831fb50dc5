import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, mergeConfig, parseConfig, validateConfigValue, RULE_IDS, offsetToLineCol, applyEdits, selectFixes } from '../../server/src/engine/index';
import { parseArticle } from '../../server/src/engine/article';
import { computeLineStarts } from '../../server/src/engine/lines';
import fc from 'fast-check';
import { MASK, SYNTAX } from '../../server/src/engine/types';
import { check, sample } from '../support/helpers';

describe('article model', () => {
  test('line starts after LF, CRLF and lone CR, whatever the mix', () => {
    assert.deepEqual(computeLineStarts('a\nb\r\nc\rd\n\n'), [0, 2, 5, 7, 9, 10]);
    assert.deepEqual(computeLineStarts('no break'), [0]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'é'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        // Reference: a line ends at every \n, every \r not followed by \n.
        const want = [0];
        for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) want.push(i + 1);
        assert.deepEqual(computeLineStarts(text), want, JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
  test('plain text: blocks are paragraphs separated by blank lines, with exact offsets', () => {
    const text = 'First line\nstill first.\n\n\nSecond.\r\n\r\nThird.';
    const a = parseArticle(text, 'plaintext');
    assert.deepEqual(a.blocks.map((b) => text.slice(b.start, b.end)), ['First line\nstill first.', 'Second.', 'Third.']);
  });
  test('plain text: URLs, e-mail addresses and HTML tags are masked, not removed', () => {
    const text = 'See https://example.com/a?b=c. Mail me@example.org <b>now</b>.';
    const [b] = parseArticle(text, 'plaintext').blocks;
    assert.equal(b!.text.length, text.length);
    assert.ok(!b!.text.includes('example'));
    assert.ok(b!.text.includes('See ') && b!.text.includes('now'));
    assert.equal(b!.text[text.indexOf('https://example.com/a?b=c') + 25], '.'); // the full stop stays prose
  });
  test('Markdown: code, link targets, HTML, front matter are not prose; link text is', () => {
    const text = '---\ntitle: the the\n---\n# A `the the` heading\n\nRead [the docs](https://x.y/the-the) and <!-- the the -->.\n\n```\nthe the\n```\n';
    const a = parseArticle(text, 'markdown');
    const prose = a.blocks.map((b) => b.text.split(MASK).join('').split(SYNTAX).join('').replace(/\s+/g, ' ').trim());
    assert.deepEqual(prose, ['A heading', 'Read the docs and .']);
    assert.deepEqual(check(text, { language: 'en' }, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'repetition'), []);
  });
  test('Markdown: every block offset points into the original text', () => {
    const text = '> Quote the\n> the end.\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| the | the |\n';
    for (const b of parseArticle(text, 'markdown').blocks) {
      for (let i = 0; i < b.text.length; i++) if (b.text[i] !== MASK && b.text[i] !== SYNTAX) assert.equal(b.text[i], text[b.start + i]);
    }
    const r = check(text, { language: 'en' }, { format: 'markdown' });
    // A doubled word across a blockquote's line prefix is still a doubled word.
    assert.deepEqual(r.spans.filter((_, i) => r.findings[i]!.ruleId === 'repetition'), ['the\n> the']);
  });
});

describe('suppressions', () => {
  test('Markdown: <!-- calque-disable-next-line rule --> silences that rule on the next line only', () => {
    const text = '<!-- calque-disable-next-line repetition -->\nThe the cat.\n\nThe the dog.\n';
    const r = check(text, { language: 'en' }, { format: 'markdown' });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'repetition').map((f) => text.slice(f.start, f.end)), ['The the']);
    assert.equal(r.findings.find((f) => f.ruleId === 'repetition')!.start, text.lastIndexOf('The the'));
  });
  test('plain text: a directive line, bare or in a comment marker, with a category or all rules', () => {
    const text = 'calque-disable-next-line\nThe the cat.\n# calque-disable-next-line repetition\nA  dog , the the.\n// calque-disable-next-line typography\nThe the  bird.\n';
    const r = check(text, { language: 'en' });
    assert.deepEqual(r.findings.map((f) => [f.ruleId, r.text.slice(f.start, f.end)]), [
      ['typography', '  '],
      ['typography', ' ,'],
      ['repetition', 'The the'],
    ]);
  });
  test('disable/enable ranges', () => {
    const text = '<!-- calque-disable repetition -->\n\nThe the one.\n\nThe the two.\n\n<!-- calque-enable repetition -->\n\nThe the three.\n';
    const r = check(text, { language: 'en' }, { format: 'markdown' });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'repetition').length, 1);
  });
  test('stored suppressions (rule + sentence) survive edits elsewhere', () => {
    const stored = { language: 'en', suppressions: [{ rule: 'repetition', text: 'It was  the the  plan.' }] };
    const a = check('It was the the plan.\n\nAnother the the one.', stored);
    assert.deepEqual(a.findings.filter((f) => f.ruleId === 'repetition').length, 1);
    const b = check('New first paragraph.\n\nIt was the the plan.\n\nAnother the the one.', stored);
    assert.deepEqual(b.findings.filter((f) => f.ruleId === 'repetition').map((f) => f.start), [b.text.indexOf('the the one')]);
  });
});

describe('configuration', () => {
  test('unknown keys, unknown rules and bad values are reported with positions', () => {
    const text = '{\n  "language": "english",\n  "rules": { "repetiton": "off", "typography": "loud" },\n  "colour": true\n}';
    const { errors } = parseConfig(text, RULE_IDS);
    const where = errors.map((e) => {
      const p = offsetToLineCol(text, e.offset);
      return `${p.line + 1}:${p.column + 1} ${e.message}`;
    });
    assert.equal(errors.length, 4, where.join('\n'));
    assert.match(where[0]!, /^2:15 "language": "english" is not a BCP 47 language tag/);
    assert.match(where[1]!, /^3:14 unknown rule or category "repetiton"/);
    assert.match(where[2]!, /^3:48 rule "typography": "loud" is not one of/);
    assert.match(where[3]!, /^4:3 unknown key "colour"/);
  });
  test('a language tag with the right shape but no language ("xx-nonsense") is refused, naming it; known codes and pack languages pass (issue 18)', () => {
    const bad = parseConfig('{ "language": "xx-nonsense", "sourceLanguage": ["lt", "qq"] }', RULE_IDS);
    assert.deepEqual(bad.errors.map((e) => e.message.replace(/ \(ISO.*/, '')), ['"language": "xx-nonsense": "xx" is no known language code', '"sourceLanguage": "qq": "qq" is no known language code']);
    assert.equal(bad.config.language, undefined, 'the bad language is not used (auto detection instead)');
    for (const good of ['"en"', '"de-CH"', '"gsw"', '"zh-Hant-TW"', '"auto"']) assert.deepEqual(parseConfig(`{ "language": ${good} }`, RULE_IDS).errors, [], good);
    const settings = validateConfigValue({ language: 'xx-nonsense' }, RULE_IDS);
    assert.equal(settings.errors.length, 1);
  });
  test('JSON syntax errors are reported, comments and trailing commas are allowed', () => {
    assert.equal(parseConfig('{ "language": "de", // team default\n }', RULE_IDS).errors.length, 0);
    const bad = parseConfig('{ "language": "de" "rules": {} }', RULE_IDS);
    assert.match(bad.errors[0]!.message, /JSON syntax error/);
  });
  test('layers merge in order, rules by key; categories switch whole groups', () => {
    const c = mergeConfig({ language: 'de', rules: { repetition: { severity: 'error' } } }, { rules: { typography: { severity: 'off' } } }, { language: 'fr' });
    assert.equal(c.language, 'fr');
    assert.deepEqual(Object.keys(c.rules).sort(), ['repetition', 'typography']);
    const r2 = check('The the cat , here.', { language: 'en', rules: { repetition: { severity: 'error' }, typography: { severity: 'off' } } });
    assert.deepEqual(r2.findings.map((f) => [f.ruleId, f.severity]), [['repetition', 'error']]);
  });
});

describe('engine', () => {
  test('re-checking after an edit re-analyses only the changed paragraph', () => {
    const engine = new Engine();
    const config = mergeConfig({ language: 'en' });
    const text = sample();
    engine.check({ text, config });
    const before = engine.stats.blocksTokenized;
    const edited = text.replace('Mass protests resumed', 'Large protests resumed');
    const r = engine.check({ text: edited, config });
    assert.equal(engine.stats.blocksTokenized - before, 1);
    assert.ok(r.findings.some((f) => f.ruleId === 'fragment' && edited.slice(f.start, f.end) === 'persons.'));
  });
  test('checking is deterministic and every range lies inside the text', () => {
    const text = sample();
    const a = check(text, { language: 'en' });
    const b = check(text, { language: 'en' });
    assert.deepEqual(a.findings, b.findings);
    for (const f of a.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
  });
  test('fix selection never lets two fixes overlap', () => {
    const fixes = [
      { title: 'a', safe: true, edits: [{ start: 0, end: 5, newText: 'x' }] },
      { title: 'b', safe: true, edits: [{ start: 3, end: 8, newText: 'y' }] },
      { title: 'c', safe: true, edits: [{ start: 8, end: 9, newText: 'z' }] },
    ];
    const { chosen, skipped } = selectFixes(fixes);
    assert.deepEqual(chosen.map((f) => f.title), ['a', 'c']);
    assert.equal(skipped, 1);
    assert.equal(applyEdits('0123456789', chosen.flatMap((f) => f.edits)), 'x567z9');
  });
});

describe('JSON schema', () => {
  test('calque.schema.json accepts what the validator accepts and names every rule', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../support/helpers');
    const Ajv = (await import('ajv')).default;
    const schema = JSON.parse(readFileSync(join(ROOT, 'calque.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    const good = { language: 'de-CH', sourceLanguage: ['lt'], rules: { typography: 'off', names: { severity: 'error' } }, names: { Cichanouskaya: ['Cichanouskaja'] }, suppressions: [{ rule: 'repetition', text: 'x' }] };
    assert.ok(validate(good), JSON.stringify(validate.errors));
    assert.equal(parseConfig(JSON.stringify(good), RULE_IDS).errors.length, 0);
    for (const bad of [{ colour: 1 }, { language: 'english' }, { rules: { nope: 'off' } }, { nameScope: 'galaxy' }]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
      assert.ok(parseConfig(JSON.stringify(bad), RULE_IDS).errors.length > 0, JSON.stringify(bad));
    }
    // What the schema rejects, the validator reports as schema-visible errors; what only Calque can tell is marked beyondSchema.
    for (const bad of [{ colour: 1 }, { language: 'english' }, { rules: { nope: 'off' } }, { nameScope: 'galaxy' }, { maxFileSize: -1 }]) {
      const errs = parseConfig(JSON.stringify(bad), RULE_IDS).errors;
      assert.ok(errs.length > 0 && errs.every((e) => !e.beyondSchema), JSON.stringify(bad));
    }
    for (const beyond of [{ language: 'xx-nonsense' }, { pairs: [{ source: 'lt/*.md', target: 'en/**/*.md' }] }, { suppressions: [{ rule: 'nope', text: 'x' }] }]) {
      assert.equal(validate(beyond), true, `the schema accepts ${JSON.stringify(beyond)}`);
      const errs = parseConfig(JSON.stringify(beyond), RULE_IDS).errors;
      assert.ok(errs.length > 0 && errs.every((e) => e.beyondSchema), JSON.stringify(beyond));
    }
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].filter((x: string) => !RULE_IDS.includes(x)).sort(), ['other']);
    // The hover over a rule's value shows the setting's description, not one of its alternatives' (issue 18).
    assert.ok(schema.definitions.ruleSetting.description);
    assert.deepEqual(schema.definitions.ruleSetting.oneOf.filter((x: { description?: string }) => x.description), []);
    assert.deepEqual(RULE_IDS.filter((id) => !schema.properties.rules.propertyNames.enum.includes(id)), []);
  });
});

describe('rule registry', () => {
  test('every rule has a docs page (the editor links each diagnostic to it) and a unique id', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../support/helpers');
    const { RULES } = await import('../../server/src/engine/index');
    assert.equal(new Set(RULES.map((r) => r.meta.id)).size, RULES.length);
    for (const r of RULES) {
      const page = join(ROOT, 'docs', 'rules', `${r.meta.id}.md`);
      assert.ok(existsSync(page), `docs/rules/${r.meta.id}.md is missing`);
      assert.match(readFileSync(page, 'utf8'), new RegExp(`\`${r.meta.id}\``));
    }
  });
});
