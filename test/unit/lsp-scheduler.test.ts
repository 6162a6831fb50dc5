/**
 * The language server's debounce adapts to the document's check time (issue 18): quick
 * documents are re-checked soon after the last key, slow ones wait longer, none longer than
 * configured. Timings themselves are in the benchmark (bench/lsp.ts), not here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptiveDebounce } from '../../server/src/lsp/scheduler';

test('the wait after an edit grows with the last check time, between a floor and the configured debounce', () => {
  assert.equal(adaptiveDebounce(undefined, 150), 150, 'not yet checked: the configured wait');
  assert.equal(adaptiveDebounce(2, 150), 25, 'a quick check: the floor');
  assert.equal(adaptiveDebounce(20, 150), 55);
  assert.equal(adaptiveDebounce(60, 150), 135);
  assert.equal(adaptiveDebounce(400, 150), 150, 'never more than configured');
  assert.equal(adaptiveDebounce(5, 10), 10, 'a smaller configured debounce wins');
  assert.equal(adaptiveDebounce(3, 0), 0, 'debounce 0: check at once');
  let prev = 0;
  for (let ms = 0; ms <= 300; ms += 7) {
    const d = adaptiveDebounce(ms, 150);
    assert.ok(d >= prev, 'monotonic');
    prev = d;
  }
});
