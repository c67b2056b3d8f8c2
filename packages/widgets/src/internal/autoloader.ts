/**
 * The lazy loader behind `clientportal.js`: an element's code is imported the first time its tag
 * is in the page, whether the page was written with it or the host page's own scripts add it
 * later. It watches the document and every open shadow root of the elements it loaded, so a panel
 * that renders another panel gets it too. It imports nothing of Lit itself: the loader stays tiny.
 */

/** How to import each tag's define file, by tag. */
export type TagLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/** How the loader works beside the tags it loads. */
export interface AutoloadOptions {
  /** The document to watch; this one by default. */
  readonly root?: Document;
  /**
   * Tags that show nothing until someone is signed in (the sign-out button, the session guard,
   * the freshness line): their code is fetched at the first `portal-signed-in` on the page, so
   * the sign-in form comes sooner.
   */
  readonly afterSignIn?: readonly string[];
}

/** Watches the document and imports each tag's code when the tag first appears. */
export function autoload(
  loaders: TagLoaders,
  { root = document, afterSignIn = [] }: AutoloadOptions = {},
): void {
  const started = new Set<string>();
  const watched = new WeakSet<Node>();
  const roots: (Document | ShadowRoot)[] = [];
  const waiting = new Set(afterSignIn);

  // The provider's event bubbles out of every shadow root to the document.
  root.addEventListener(
    'portal-signed-in',
    () => {
      waiting.clear();
      for (const r of [...roots]) discover(r);
    },
    { once: true },
  );

  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(discover);
  });

  /** Starts watching a document or shadow root, and looks at what it holds already. */
  function watch(target: Document | ShadowRoot): void {
    if (watched.has(target)) return;
    watched.add(target);
    roots.push(target);
    observer.observe(target, { childList: true, subtree: true });
    discover(target);
  }

  /** Loads the tags in and under `node`, and watches the shadow roots it finds there. */
  function discover(node: Node): void {
    if (node instanceof Element) inspect(node);
    if (!(node instanceof Element || node instanceof Document || node instanceof ShadowRoot))
      return;
    node.querySelectorAll('*').forEach(inspect);
  }

  function inspect(el: Element): void {
    if (el.shadowRoot) watch(el.shadowRoot);
    const tag = el.localName;
    if (Object.hasOwn(loaders, tag)) load(tag);
  }

  function load(tag: string): void {
    if (started.has(tag) || waiting.has(tag)) return;
    started.add(tag);
    if (customElements.get(tag)) return afterDefined(tag);
    loaders[tag]!().then(
      () => customElements.whenDefined(tag).then(() => afterDefined(tag)),
      (error: unknown) => {
        // Tried again when the tag next appears (a network hiccup need not break the page).
        started.delete(tag);
        console.error(`clientportal: the code of <${tag}> could not be loaded`, error);
      },
    );
  }

  /** The upgraded elements now have their shadow roots: watch those too. */
  function afterDefined(tag: string): void {
    for (const r of [...roots]) r.querySelectorAll(tag).forEach(inspect);
  }

  watch(root);
}
