/** Plain-text tables for the eval and bench reports. */

/** Formats a ratio as 0.000. */
export function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : '—';
}

/** Renders rows as a Markdown table (readable in a terminal and pasteable into the README). */
export function table(title: string, header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: Array<string | number>) => '| ' + r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ') + ' |';
  const sep = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|';
  return [`### ${title}`, '', line(cells[0]), sep, ...cells.slice(1).map(line), ''].join('\n');
}
