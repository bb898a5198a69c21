// A redraw that keeps the page's elements: the screen on the page is brought to the one just drawn by changing only
// what differs (attributes, texts, elements added or gone), so the browser styles and lays out only what changed,
// not the whole screen again. An element drawn with listeners, with a change to come (a bar's move), or whose state
// lives in its properties (a field's typed value, an open disclosure, a canvas) is replaced by its new drawing
// instead: its listeners belong to the snapshot it was drawn for.
import { bound } from './h.ts';

const REPLACED = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'DETAILS', 'DIALOG', 'CANVAS']);

/** The same place in both drawings: the same kind of node, and for an element the same tag and id. */
function counterparts(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (!(a instanceof Element)) return true;
  return a.tagName === (b as Element).tagName && a.id === (b as Element).id;
}

const keepable = (a: Element, b: Element) => !bound.has(a) && !bound.has(b) && !REPLACED.has(a.tagName);

/** Change `old` (on the page) into `next` (just drawn, not on the page; its nodes may be moved into `old`). */
export function patch(old: Element, next: Element): void {
  // By name, not through `attributes`, which would make an object for each attribute and keep it with the element.
  for (const name of old.getAttributeNames()) if (!next.hasAttribute(name)) old.removeAttribute(name);
  for (const name of next.getAttributeNames()) {
    const value = next.getAttribute(name)!;
    if (old.getAttribute(name) !== value) old.setAttribute(name, value);
  }
  let cur = old.firstChild;
  for (let n = next.firstChild; n; ) {
    // Taken before `n` may move into `old`.
    const following: ChildNode | null = n.nextSibling;
    if (cur && counterparts(cur, n)) {
      const after = cur.nextSibling;
      if (cur instanceof Element) {
        if (keepable(cur, n as Element)) patch(cur, n as Element);
        else old.replaceChild(n, cur);
      } else if (cur.nodeValue !== n.nodeValue) cur.nodeValue = n.nodeValue;
      cur = after;
    } else old.insertBefore(n, cur);
    n = following;
  }
  while (cur) {
    const after = cur.nextSibling;
    cur.remove();
    cur = after;
  }
}
