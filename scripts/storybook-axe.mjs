// Runs axe-core inside a story's iframe and turns its violations into readable lines.

/** WCAG 2.2 A and AA, plus axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules about a whole page, which a single element in a story cannot meet. */
const pageRules = ['region', 'landmark-one-main', 'page-has-heading-one'];

/** Runs axe on the story's document (Storybook's hidden docs root left out); returns problems. */
export async function runAxe(page, axeSource) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    ([runOnly, off]) =>
      window.axe
        .run(
          { exclude: [['#storybook-docs']] },
          {
            runOnly: { type: 'tag', values: runOnly },
            rules: Object.fromEntries(off.map((rule) => [rule, { enabled: false }])),
            resultTypes: ['violations'],
          },
        )
        .then((result) =>
          result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          })),
        ),
    [tags, pageRules],
  );
  return violations.map(
    (v) => `axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}`,
  );
}
