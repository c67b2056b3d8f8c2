import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const src = join(import.meta.dirname, '..', 'src');

/** Every hand-written source file of the SDK. */
function sources(): string[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.startsWith('generated'))
    .map((f) => join(src, f));
}

test('the SDK never stores anything in the browser or in a URL', () => {
  const files = sources();
  assert.ok(files.length > 5, 'no sources found');
  const forbidden =
    /localStorage|sessionStorage|indexedDB|document\.cookie|history\.(push|replace)State|location\.(href|hash|search)\s*=/;
  for (const file of files) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), forbidden, file);
  }
});

test('the SDK depends on neither Lit nor msw', () => {
  for (const file of sources()) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /from '(lit|@lit\/[^']+|msw[^']*)'/, file);
  }
});
