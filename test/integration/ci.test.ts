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
