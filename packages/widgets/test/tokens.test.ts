// The default design tokens meet WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for borders and focus).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenDefaults } from '../src/styles/tokens.js';

/** The colour pairs that must meet AA contrast: [foreground, background, minimum ratio]. */
export const contrastPairs = [
  ['--portal-color-text', '--portal-color-surface', 4.5],
  ['--portal-color-muted', '--portal-color-surface', 4.5],
  ['--portal-color-text', '--portal-color-surface-alt', 4.5],
  ['--portal-color-on-primary', '--portal-color-primary', 4.5],
  ['--portal-color-primary', '--portal-color-surface', 4.5],
  ['--portal-color-danger', '--portal-color-surface', 4.5],
  ['--portal-color-success', '--portal-color-surface', 4.5],
  ['--portal-color-border', '--portal-color-surface', 3],
  ['--portal-color-focus', '--portal-color-surface', 3],
] as const;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('the contrast helper knows black on white is 21:1', () => {
  assert.equal(Math.round(contrast('#000000', '#ffffff')), 21);
});

for (const [fg, bg, min] of contrastPairs) {
  test(`${fg} on ${bg} reaches ${min}:1`, () => {
    const ratio = contrast(tokenDefaults[fg], tokenDefaults[bg]);
    assert.ok(ratio >= min, `${ratio.toFixed(2)}:1`);
  });
}

test('the styles use the same defaults as the documented token table', async () => {
  const { tokens } = await import('../src/styles/tokens.js');
  const css = tokens.cssText;
  for (const [name, value] of Object.entries(tokenDefaults)) {
    assert.ok(css.includes(`var(${name}, ${value})`), `${name} defaults to ${value} in the styles`);
  }
});
