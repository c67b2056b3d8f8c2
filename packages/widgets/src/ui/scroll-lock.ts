/**
 * Stops the page behind a modal dialog from scrolling. Counted per document, so two dialogs
 * open at once release the page only when both have closed.
 */

interface Lock {
  count: number;
  overflow: string;
  gutter: string;
}

const locks = new WeakMap<Document, Lock>();

/** Locks the scrolling of `doc`'s page; call {@link unlockScroll} once for every call. */
export function lockScroll(doc: Document = document): void {
  const lock = locks.get(doc);
  if (lock) {
    lock.count += 1;
    return;
  }
  const root = doc.documentElement;
  const style = root.style;
  const hasScrollBar = (doc.defaultView?.innerWidth ?? 0) > root.clientWidth;
  locks.set(doc, {
    count: 1,
    overflow: style.getPropertyValue('overflow'),
    gutter: style.getPropertyValue('scrollbar-gutter'),
  });
  // The gutter keeps the page from shifting sideways when its scroll bar goes away.
  if (hasScrollBar) style.setProperty('scrollbar-gutter', 'stable');
  style.setProperty('overflow', 'hidden');
}

/** Releases one lock taken by {@link lockScroll}; the last release restores the page. */
export function unlockScroll(doc: Document = document): void {
  const lock = locks.get(doc);
  if (!lock) return;
  lock.count -= 1;
  if (lock.count > 0) return;
  locks.delete(doc);
  const style = doc.documentElement.style;
  restore(style, 'overflow', lock.overflow);
  restore(style, 'scrollbar-gutter', lock.gutter);
}

function restore(style: CSSStyleDeclaration, name: string, value: string): void {
  if (value) style.setProperty(name, value);
  else style.removeProperty(name);
}
