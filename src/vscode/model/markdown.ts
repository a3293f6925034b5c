/**
 * Escapes text for Markdown so it renders literally: every punctuation character with a meaning
 * in Markdown, HTML or links gets a backslash (CommonMark allows it before any ASCII punctuation),
 * which defeats links, autolinks, HTML, emphasis, headings and theme icons. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:/$^=@"']/g, (c) => `\\${c}`);
}

/** Shortens text to at most `max` characters, cutting at a word boundary when one is near, with "…". */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
