/**
 * Drop-in CI: `calque check --changed [REF]` in a real git repository, the pre-commit hook
 * definition, and the GitHub Action's script run locally as the runner would run it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { calque } from '../support/cli';
import { ROOT } from '../support/helpers';

const DOUBLED = 'The the minister spoke.\n';
const CLEAN = 'The minister spoke on Tuesday.\n';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'calque-ci-'));
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  g('init', '-q', '-b', 'main');
  g('config', 'user.email', 'ci@example.com');
  g('config', 'user.name', 'CI');
  writeFileSync(join(dir, 'old.md'), DOUBLED); // a defect that was there before the change
  writeFileSync(join(dir, 'edited.md'), CLEAN);
  mkdirSync(join(dir, 'pair'));
  writeFileSync(join(dir, 'pair', 'story.md'), 'Ministras kalbėjo antradienį. Jis sakė 5 žodžius.\n');
  writeFileSync(join(dir, 'pair', 'story.en.md'), 'The minister spoke on Tuesday. He said 5 words.\n');
  g('add', '.');
  g('commit', '-q', '-m', 'base');
  g('checkout', '-q', '-b', 'feature');
  return dir;
}

const paths = (stdout: string) => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path.replace(/\\/g, '/')).sort();

describe('calque check --changed', () => {
  test('checks only files changed against the merge base with the default branch: edited, staged, new; not the old defect', () => {
    const dir = repo();
    writeFileSync(join(dir, 'edited.md'), 'The minister spoke on on Tuesday.\n');
    writeFileSync(join(dir, 'new.md'), CLEAN);
    const r = calque(['check', '--changed', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(paths(r.stdout), ['edited.md', 'new.md']);
    // Without --changed, the old defect is reported too.
    assert.deepEqual(paths(calque(['check', '--format', 'json'], { cwd: dir }).stdout), ['edited.md', 'new.md', 'old.md', 'pair/story.en.md', 'pair/story.md']);
  });

  test('a changed source brings its translation along; committed changes count; an explicit ref', () => {
    const dir = repo();
    writeFileSync(join(dir, 'pair', 'story.md'), 'Ministras kalbėjo antradienį. Jis sakė 7 žodžius.\n');
    execFileSync('git', ['commit', '-qam', 'source edited'], { cwd: dir });
    const r = calque(['check', '--changed=main', '--format', 'json'], { cwd: dir });
    assert.deepEqual(paths(r.stdout), ['pair/story.en.md', 'pair/story.md']);
    assert.equal(r.code, 1, 'the number that differs from its source is reported');
    // Nothing changed since HEAD: nothing to check, a clean exit.
    const none = calque(['check', '--changed=HEAD', '--format', 'json'], { cwd: dir });
    assert.equal(none.code, 0, none.stderr);
    assert.deepEqual(paths(none.stdout), []);
  });

  test('with the workspace name scope, the names of unchanged files still count: a changed file is judged as in a full run', () => {
    const dir = repo();
    writeFileSync(join(dir, '.calque.json'), JSON.stringify({ nameScope: 'workspace' }));
    const para = (name: string) => `Opposition leader Sviatlana ${name} met diplomats in Vilnius on Monday.\n\nLater, ${name} gave a speech.\n`;
    for (const f of ['w1.md', 'w2.md', 'w3.md']) writeFileSync(join(dir, f), para('Tsikhanouskaya'));
    execFileSync('git', ['add', '.'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'names'], { cwd: dir });
    writeFileSync(join(dir, 'w4.md'), para('Tikhanovskaya'));
    const full = calque(['check', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const changed = calque(['check', '--changed=HEAD', '--format', 'json', '--lang', 'en'], { cwd: dir });
    assert.deepEqual(paths(changed.stdout), ['w4.md']);
    const w4 = (out: string) => (JSON.parse(out) as { files: { path: string; diagnostics: { code: string; message: string }[] }[] }).files.find((f) => f.path === 'w4.md')!.diagnostics;
    assert.deepEqual(w4(changed.stdout), w4(full.stdout));
    assert.ok(w4(changed.stdout).some((d) => d.code === 'names'), 'the spelling the other articles use is suggested');
  });

  test('a ref that does not exist, or no git repository, is a usage error naming it (exit 2)', () => {
    const dir = repo();
    const r = calque(['check', '--changed=no-such-branch'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-branch/);
    const plain = mkdtempSync(join(tmpdir(), 'calque-nogit-'));
    writeFileSync(join(plain, 'a.md'), CLEAN);
    const n = calque(['check', '--changed'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    assert.equal(n.code, 2);
    assert.match(n.stderr, /git/);
  });
});

describe('pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  const text = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const hooks = text.split(/^- /m).slice(1).map((h) => ({
    id: /^id: (\S+)/m.exec(h)![1]!,
    entry: /^\s*entry: (.+)$/m.exec(h)![1]!.trim(),
    files: new RegExp(/^\s*files: '(.+)'$/m.exec(h)![1]!),
    language: /^\s*language: (\S+)$/m.exec(h)![1]!,
  }));

  test('two hooks, calque and calque-fix, run the package binary on the files the checker reads', () => {
    assert.deepEqual(hooks.map((h) => [h.id, h.entry, h.language]), [['calque', 'calque check', 'node'], ['calque-fix', 'calque check --fix', 'node']]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(pkg.bin.calque, 'the entry is the package binary');
    for (const f of ['a.md', 'b.markdown', 'c.mdx', 'd.txt', 'e.text', 'f.xlf', 'g.xliff', 'h.po']) assert.ok(hooks[0]!.files.test(f), f);
    for (const f of ['a.js', 'b.json', 'README']) assert.ok(!hooks[0]!.files.test(f), f);
  });

  test('run as pre-commit runs them — the staged file names as arguments — they report and fix', () => {
    const dir = repo();
    writeFileSync(join(dir, 'staged.md'), 'The minister spoke  on Tuesday.\n');
    const staged = ['staged.md', 'edited.md'].filter((f) => hooks[0]!.files.test(f));
    const report = calque([...hooks[0]!.entry.split(' ').slice(1), ...staged], { cwd: dir });
    assert.equal(report.code, 0, 'a doubled space is information, below the default --fail-on warning');
    assert.match(report.stdout, /staged\.md/);
    const fix = calque([...hooks[1]!.entry.split(' ').slice(1), ...staged], { cwd: dir });
    assert.equal(fix.code, 0, fix.stderr);
    assert.equal(readFileSync(join(dir, 'staged.md'), 'utf8'), 'The minister spoke on Tuesday.\n');
  });
});

describe('the GitHub Action (action.yml, scripts/action.sh)', () => {
  const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');

  test('a composite action whose check step is scripts/action.sh, with its inputs passed through, SARIF uploaded, and the job failed by the exit code', () => {
    assert.match(action, /using: composite/);
    assert.match(action, /bash "\$GITHUB_ACTION_PATH\/scripts\/action\.sh"/);
    for (const input of ['paths', 'fail-on', 'changed', 'config', 'sarif']) {
      assert.match(action, new RegExp(`^  ${input}:`, 'm'), `input ${input}`);
      assert.match(action, new RegExp(`INPUT_${input.toUpperCase().replace('-', '_')}: \\$\\{\\{ inputs\\.${input} \\}\\}`), `input ${input} reaches the script`);
    }
    assert.match(action, /github\/codeql-action\/upload-sarif@v3/);
    assert.match(action, /run: exit \$\{\{ steps\.check\.outputs\.exit-code \}\}/);
  });

  function runAction(cwd: string, env: Record<string, string>): { code: number; stdout: string; outputs: Record<string, string> } {
    const out = join(mkdtempSync(join(tmpdir(), 'calque-gh-')), 'output');
    writeFileSync(out, '');
    const r = spawnSync('bash', [join(ROOT, 'scripts', 'action.sh')], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: out, ...env } });
    const outputs = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=') as [string, string]));
    return { code: r.status ?? -1, stdout: r.stdout, outputs };
  }

  test('run locally as the runner runs it: SARIF written, pull-request annotations printed, exit code handed to the last step', () => {
    const dir = repo();
    const r = runAction(dir, { INPUT_PATHS: 'old.md edited.md', INPUT_FAIL_ON: 'warning', INPUT_SARIF: 'reports/calque.sarif' });
    assert.equal(r.code, 0, 'the step itself never fails, so that the SARIF is uploaded');
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(r.outputs.sarif, 'reports/calque.sarif');
    const sarif = JSON.parse(readFileSync(join(dir, 'reports', 'calque.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0]!.results.map((x) => x.ruleId), ['repetition']);
    assert.match(r.stdout, /^::warning file=old\.md,line=1,col=1,/m);
  });

  test('changed: auto checks only what the branch changed; fail-on error passes a run with warnings', () => {
    const dir = repo();
    writeFileSync(join(dir, 'new.md'), CLEAN);
    const r = runAction(dir, { INPUT_CHANGED: 'auto', INPUT_SARIF: 'calque.sarif' });
    assert.equal(r.outputs['exit-code'], '0', 'old.md is not part of the change');
    const e = runAction(dir, { INPUT_PATHS: 'old.md', INPUT_FAIL_ON: 'error' });
    assert.equal(e.outputs['exit-code'], '0');
    assert.ok(existsSync(join(dir, 'calque.sarif')));
  });
});

const codes = (stdout: string, path: string): string[] =>
  (JSON.parse(stdout) as { files: { path: string; diagnostics: { code: string }[] }[] }).files.find((f) => f.path === path)!.diagnostics.map((d) => d.code);

describe('calque check --cache', () => {
  function tree(): string {
    const dir = mkdtempSync(join(tmpdir(), 'calque-cache-'));
    writeFileSync(join(dir, 'a.md'), DOUBLED);
    writeFileSync(join(dir, 'b.md'), CLEAN);
    writeFileSync(join(dir, 'story.md'), 'Ministras kalbėjo antradienį. Jis sakė 5 žodžius.\n');
    writeFileSync(join(dir, 'story.en.md'), 'The minister spoke on Tuesday. He said 5 words.\n');
    return dir;
  }
  const run = (dir: string, extra: string[] = [], env: Record<string, string> = {}) => {
    const r = calque(['check', '--cache', '-j', '1', '--format', 'json', ...extra], { cwd: dir, env: { CALQUE_CACHE_STATS: '1', ...env } });
    const m = /cache (\d+) hits, (\d+) misses/.exec(r.stderr);
    return { ...r, hits: Number(m?.[1]), misses: Number(m?.[2]) };
  };

  test('a second run over an unchanged tree reads every result from .calque-cache and reports the same, byte for byte', () => {
    const dir = tree();
    const first = run(dir);
    assert.deepEqual([first.hits, first.misses], [0, 3]);
    assert.ok(existsSync(join(dir, '.calque-cache')));
    const second = run(dir);
    assert.deepEqual([second.hits, second.misses], [3, 0]);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.code, first.code);
    // --cache-location puts it elsewhere.
    const elsewhere = join(dir, 'elsewhere');
    assert.equal(run(dir, ['--cache-location', elsewhere]).misses, 3);
    assert.ok(existsSync(elsewhere));
  });

  test('never stale: the file, its source, the configuration, a phrasebook and the build are all in the key', () => {
    const dir = tree();
    run(dir);
    writeFileSync(join(dir, 'b.md'), 'The minister spoke on on Tuesday.\n');
    const edited = run(dir);
    assert.deepEqual([edited.hits, edited.misses], [2, 1], 'the edited file only');
    assert.deepEqual(codes(edited.stdout, 'b.md'), ['repetition']);
    writeFileSync(join(dir, 'story.md'), 'Ministras kalbėjo antradienį. Jis sakė 7 žodžius.\n');
    const source = run(dir);
    assert.deepEqual([source.hits, source.misses], [2, 1], 'the pair whose source changed');
    assert.deepEqual(codes(source.stdout, 'story.en.md'), ['numbers']);
    writeFileSync(join(dir, '.calque.json'), JSON.stringify({ rules: { repetition: 'off' } }));
    const config = run(dir);
    assert.deepEqual([config.hits, config.misses], [0, 3], 'a new configuration');
    assert.deepEqual(codes(config.stdout, 'a.md'), []);
    assert.deepEqual(codes(config.stdout, 'b.md'), []);
    writeFileSync(join(dir, 'team.calque'), '[* -> en]\n\nspoke on tuesday => spoke on Tuesday\n  :: en "x" = y\n  + He spoke on tuesday.\n  - He spoke on Tuesday.\n');
    const book = run(dir);
    assert.equal(book.misses, 3, 'a new phrasebook');
    assert.equal(run(dir, [], { CALQUE_CACHE_SALT: 'another build' }).misses, 3, 'another build of Calque');
  });

  test('with the workspace name scope, results follow every file\'s names: after an edit the cached run reports what an uncached run does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-cache-ws-'));
    writeFileSync(join(dir, '.calque.json'), JSON.stringify({ nameScope: 'workspace' }));
    writeFileSync(join(dir, 'a.md'), 'Minister Tsikhanouskaya spoke on Tuesday. Tsikhanouskaya left.\n');
    writeFileSync(join(dir, 'b.md'), 'Tsikhanouskaya met the press on Friday.\n');
    writeFileSync(join(dir, 'c.md'), 'The opposition leader Tsikhanouskaya spoke.\n');
    run(dir);
    assert.deepEqual([run(dir).hits, run(dir).misses], [6, 0], 'three name summaries and three results read');
    writeFileSync(join(dir, 'b.md'), 'Cichanouskaja met the press on Friday.\n');
    const cached = run(dir);
    const fresh = calque(['check', '-j', '1', '--format', 'json'], { cwd: dir });
    assert.equal(cached.stdout, fresh.stdout);
    assert.ok(cached.misses >= 1);
  });

  test('--cache with --fix is a usage error (exit 2)', () => {
    const r = calque(['check', '--cache', '--fix', 'a.md'], { cwd: tree() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--cache does not go with --fix/);
  });
});

describe('calque check --shard i/n + calque merge', () => {
  function archive(workspace: boolean): string {
    const dir = mkdtempSync(join(tmpdir(), 'calque-shard-'));
    if (workspace) writeFileSync(join(dir, '.calque.json'), JSON.stringify({ nameScope: 'workspace' }));
    mkdirSync(join(dir, 'news'));
    for (let k = 0; k < 9; k++) {
      const name = k === 4 ? 'Cichanouskaja' : 'Tsikhanouskaya';
      writeFileSync(join(dir, 'news', `n${k}.md`), `${name} spoke in Vilnius on day ${k}. The the crowd listened.\n\nShe said: “we will win.“ ${k % 2 ? 'persons.' : ''}\n`);
    }
    writeFileSync(join(dir, 'story.md'), 'Ministras kalbėjo antradienį. Jis sakė 5 žodžius. Jie pritarė.\n');
    writeFileSync(join(dir, 'story.en.md'), 'The minister spoke on Tuesday. He said 7 words. They agreed.\n');
    writeFileSync(join(dir, 'story.de.md'), 'Der Minister sprach am Dienstag. Er sagte 5 Wörter.\n');
    return dir;
  }

  for (const workspace of [false, true]) {
    test(`n shards merged == one run, byte for byte, for n = 1, 2, 3, 7 and every format${workspace ? ' (workspace name scope)' : ''}`, () => {
      const dir = archive(workspace);
      for (const format of ['json', 'text', 'sarif', 'github']) {
        const one = calque(['check', '--format', format], { cwd: dir });
        assert.ok(one.code === 1, one.stderr);
        for (const n of [1, 2, 3, 7]) {
          const reports: string[] = [];
          const seen = new Set<string>();
          for (let i = 1; i <= n; i++) {
            const r = calque(['check', '--shard', `${i}/${n}`], { cwd: dir });
            assert.equal(r.code, 0, `shard ${i}/${n}: findings are decided at the merge (${r.stderr})`);
            const file = join(dir, `shard-${i}-of-${n}.json`);
            writeFileSync(file, r.stdout);
            reports.push(file);
            for (const f of (JSON.parse(r.stdout) as { files: { result: { path: string; role?: string } }[] }).files) {
              if (f.result.role === 'source') continue;
              assert.ok(!seen.has(f.result.path), `${f.result.path} in two shards`);
              seen.add(f.result.path);
            }
          }
          const merged = calque(['merge', '--format', format, ...reports], { cwd: dir });
          assert.equal(merged.stdout, one.stdout, `${format}, ${n} shards`);
          assert.equal(merged.code, one.code);
        }
      }
    });
  }

  test('merge refuses a missing shard, a shard twice, mixed runs and files that are no shard report (exit 2, naming them)', () => {
    const dir = archive(false);
    const write = (name: string, args: string[]) => {
      writeFileSync(join(dir, name), calque(['check', ...args], { cwd: dir }).stdout);
      return join(dir, name);
    };
    const a = write('a.json', ['--shard', '1/3']);
    const b = write('b.json', ['--shard', '2/3']);
    const c2 = write('c2.json', ['--shard', '2/2']);
    const missing = calque(['merge', a, b], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /shard 3\/3 missing/);
    assert.match(calque(['merge', a, b, b], { cwd: dir }).stderr, /shard 2\/3 again/);
    assert.match(calque(['merge', a, c2], { cwd: dir }).stderr, /in 2 shards; the others are in 3/);
    assert.match(calque(['merge', join(dir, 'story.md')], { cwd: dir }).stderr, /story\.md: not a shard report/);
    assert.match(calque(['check', '--shard', '4/3'], { cwd: dir }).stderr, /--shard must be i\/n/);
  });
});
