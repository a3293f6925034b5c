// Functions that run inside the workbench page (passed to page.evaluate / waitForFunction).
// Plain JavaScript with DOM globals: the project's TypeScript config has no DOM library.
/* global document, NodeFilter, getComputedStyle */

// Each function must be self-contained: Playwright sends its source text to the page.
/** Box and computed colour of the nth visible occurrence of `needle` in the active editor. */
export function findTextInPage({ needle, nth }) {
  const guard = document.querySelector('.editor-instance .monaco-editor .overflow-guard');
  const box = guard ? guard.getBoundingClientRect() : null;
  const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
    .filter((l) => {
      const r = l.getBoundingClientRect();
      return !!box && r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  let count = 0;
  for (const line of lines) {
    const text = (line.textContent || '').replace(/\u00a0/g, ' ');
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (count++ !== nth) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let pos = 0;
      let start = null;
      let startOff = 0;
      let end = null;
      let endOff = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = (n.textContent || '').length;
        if (!start && i < pos + len) { start = n; startOff = i - pos; }
        if (start && i + needle.length <= pos + len) { end = n; endOff = i + needle.length - pos; break; }
        pos += len;
      }
      if (!start || !end) return null;
      const range = document.createRange();
      range.setStart(start, startOff);
      range.setEnd(end, endOff);
      const r = range.getBoundingClientRect();
      const span = start.parentElement;
      return { x: r.x, y: r.y, w: r.width, h: r.height, color: getComputedStyle(span).color, className: span.className };
    }
  }
  return null;
}

/** The visible lines of the active editor, top to bottom. */
export function editorLinesInPage() {
  const guard = document.querySelector('.editor-instance .monaco-editor .overflow-guard');
  const box = guard ? guard.getBoundingClientRect() : null;
  const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
    .filter((l) => {
      const r = l.getBoundingClientRect();
      return !!box && r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  return lines.map((l) => (l.textContent || '').replace(/\u00a0/g, ' '));
}

/** Rows of the tree under `sel`, top to bottom. */
export function treeRowsInPage(sel) {
  return [...document.querySelectorAll(`${sel} .monaco-list-row[role="treeitem"]`)]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((r) => ({
      level: Number(r.getAttribute('aria-level') || 0),
      label: (r.getAttribute('aria-label') || '').replace(/\u00a0/g, ' '),
      text: (r.textContent || '').replace(/\u00a0/g, ' '),
      selected: r.getAttribute('aria-selected') === 'true' || r.classList.contains('selected'),
    }));
}

/** True when the active editor tab's title contains `name`. */
export function activeTabIncludes(name) {
  const tab = document.querySelector('.tabs-container .tab.active');
  return !!tab && (tab.textContent || '').includes(name);
}

/** True when the keyboard focus is in the side bar. */
export function focusInSideBar() {
  return !!(document.activeElement && document.activeElement.closest('.part.sidebar'));
}
