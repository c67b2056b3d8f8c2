// Every string the widgets show is translated: each `msg(…, { id })` in the source has an English
// entry, and no English entry is left without a Dutch source.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { templates } from '../src/locales/en.js';

const src = new URL('../src/', import.meta.url).pathname;

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested
    .flat()
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/locales/'));
}

test('every msg id in the widgets has an English translation, and every translation is used', async () => {
  const ids = new Set<string>();
  const withoutId: string[] = [];
  for (const file of await sources(src)) {
    const text = await readFile(file, 'utf8');
    // A msg without an explicit id would get a hash id that no translation file names.
    text
      .split(/\bmsg\(/)
      .slice(1)
      .forEach((call, i) => {
        if (!/\bid:\s*'/.test(call.slice(0, 600)))
          withoutId.push(`${file.slice(src.length)} msg #${i + 1}`);
      });
    for (const match of text.matchAll(/msg\([\s\S]*?\{\s*id:\s*'([^']+)'/g)) ids.add(match[1]!);
  }
  assert.ok(ids.size > 20, `found only ${ids.size} ids`);
  assert.deepEqual(withoutId, [], 'msg calls without an explicit id');
  const english = new Set(Object.keys(templates));
  assert.deepEqual([...ids].filter((id) => !english.has(id)).sort(), [], 'ids without English');
  assert.deepEqual([...english].filter((id) => !ids.has(id)).sort(), [], 'English without a use');
});

/** Each id's number of `${…}` placeholders in the Dutch source. */
async function dutchPlaceholders(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const call = /msg\(\s*(?:str|html)?`((?:[^`\\]|\\.)*)`\s*,\s*\{\s*id:\s*'([^']+)'/g;
  for (const file of await sources(src)) {
    const text = await readFile(file, 'utf8');
    for (const [, template, id] of text.matchAll(call)) {
      counts.set(id!, (template!.match(/\$\{/g) ?? []).length);
    }
  }
  return counts;
}

test("every English text uses each of its Dutch source's values, and no others", async () => {
  const counts = await dutchPlaceholders();
  assert.ok(counts.size > 5, `found only ${counts.size} templates with values`);
  const wrong: string[] = [];
  for (const [id, n] of counts) {
    const english = (templates as Record<string, unknown>)[id];
    const values = typeof english === 'object' ? (english as { values: number[] }).values : [];
    const used = [...new Set(values)].sort((a, b) => a - b).join(',');
    const expected = Array.from({ length: n }, (_, i) => i).join(',');
    if (used !== expected) wrong.push(`${id}: English uses [${used}], Dutch has ${n}`);
  }
  assert.deepEqual(wrong, []);
});
