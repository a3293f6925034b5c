/**
 * Long lists in a tree view are split into pages ("Claims 1–500"), collapsed until opened: VS Code
 * asks an extension for every child of an expanded node at once and sends them all to the
 * renderer, which for ten thousand rows holds the extension host for hundreds of milliseconds.
 */

/** At most this many rows are children of one node. */
export const PAGE_SIZE = 500;

/** A page of a long list; `parent` is the node that holds the list (null at the root). */
export interface PageNode<T, P = unknown> {
  kind: 'page';
  id: string;
  /** "Claims 1–500". */
  label: string;
  /** "of 9,419". */
  description: string;
  children: T[];
  parent: P | null;
}

/** The pages of `items` when there are more than `size`, else null (show the items themselves). */
export function paginate<T, P = unknown>(items: readonly T[], idPrefix: string, noun: string, parent: P | null = null, size = PAGE_SIZE): PageNode<T, P>[] | null {
  if (items.length <= size) return null;
  const pages: PageNode<T, P>[] = [];
  const total = items.length.toLocaleString('en-US');
  for (let from = 0; from < items.length; from += size) {
    const to = Math.min(items.length, from + size);
    pages.push({
      kind: 'page', id: `${idPrefix}page:${from}`, label: `${noun} ${from + 1}–${to}`, description: `of ${total}`,
      children: items.slice(from, to), parent,
    });
  }
  return pages;
}
