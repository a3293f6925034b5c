/** About 1 MB (or `bytes`): the sample's body repeated under its headline and dateline. */
export function bigArticle(sample: string, bytes = 1024 * 1024): string {
  const paras = sample.split(/\n\s*\n/);
  const parts = [paras.slice(0, 4).join('\n\n')];
  const body = paras.slice(4, -1).join('\n\n');
  for (let size = parts[0].length; size < bytes; size += body.length + 2) parts.push(body);
  return `${parts.join('\n\n')}\n`;
}
