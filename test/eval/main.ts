/** \`npm run eval\`: scores the analysis core and its peers on ../shared/data; prints Markdown tables. */
import * as dates from './section-dates';
import * as quotes from './section-quotes';
import * as gold from './section-gold';
import * as people from './section-people';
import * as claims from './section-claims';

async function main(): Promise<void> {
  const out: string[] = [`# Article Lens eval — ${new Date().toISOString().slice(0, 10)}`, ''];
  for (const section of [dates, quotes, gold, people, claims]) out.push(await section.run());
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
