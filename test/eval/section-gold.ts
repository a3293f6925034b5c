/** STUB (owner fills it): the "gold" section of `npm run eval`; returns Markdown tables. */
export async function run(): Promise<string> {
  return '';
}
