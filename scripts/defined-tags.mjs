// Which custom elements a Playwright page has defined: for the tests of the lazy loader.

/** The tags of `tags` defined within `ms` (or as soon as all are). */
export function definedOf(page, tags, ms = 5000) {
  return page.evaluate(
    async ([all, wait]) => {
      const waited = Promise.all(all.map((t) => customElements.whenDefined(t)));
      await Promise.race([waited, new Promise((done) => setTimeout(done, wait))]);
      return all.filter((t) => customElements.get(t));
    },
    [tags, ms],
  );
}
