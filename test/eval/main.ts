/** \`npm run eval\`: scores the analysis core and its peers on ../shared/data; prints Markdown tables. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as dates from './section-dates';
import * as quotes from './section-quotes';
import * as gold from './section-gold';
import * as people from './section-people';
import * as claims from './section-claims';
import { sharedDir } from './gold';
import { peerFailures } from './baselines';

/** File counts of the development data, for the report header. */
function datasetSizes(): string {
  const data = join(sharedDir(), 'data');
  const count = (dir: string, ext: string) => (existsSync(join(data, dir)) ? readdirSync(join(data, dir)).filter((f) => f.endsWith(ext)).length : 0);
  const conll = join(data, 'conll2003/eng.testa');
  const conllDocs = existsSync(conll) ? readFileSync(conll, 'utf8').split('-DOCSTART-').length - 1 : 0;
  return [
    `TempEval-3 ${count('tempeval3/TimeBank', '.tml')} TimeBank + ${count('tempeval3/AQUAINT', '.tml')} AQUAINT documents`,
    `PolNeAR dev ${count('polnear/dev/text', '.txt')} articles`,
    `CoNLL-2003 eng.testa ${conllDocs} documents`,
    `TASS gold ${count('tass', '.gold.json')} articles`,
    `seed ${existsSync(join(sharedDir(), 'seed')) ? readdirSync(join(sharedDir(), 'seed')).filter((f) => f.endsWith('.gold.json')).length : 0} article`,
  ].join('; ');
}

async function main(): Promise<void> {
  const started = Date.now();
  const out: string[] = [`# Article Lens eval — ${new Date().toISOString().slice(0, 10)}`, '', `Data (../shared): ${datasetSizes()}.`, ''];
  const sections = { dates, quotes, gold, people, claims };
  // `npm run eval -- quotes claims` runs only the named sections
  const wanted = process.argv.slice(2).filter((a) => a in sections);
  for (const [name, section] of Object.entries(sections)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const t = Date.now();
    try {
      out.push(await section.run());
    } catch (err) {
      out.push(`## ${name}\n\nSection failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
    console.error(`eval: ${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const failures = Object.entries(peerFailures).map(([peer, n]) => `${peer} ${n}`);
  if (failures.length) out.push(`Peer calls that threw (scored as finding nothing there): ${failures.join(', ')}.`, '');
  out.push(`Eval ran in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
