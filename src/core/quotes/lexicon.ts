/**
 * Word lists of the speech-or-term decision (see kind.ts): news-specific cues around a short quote.
 * All lower-case; apostrophes normalised to \'.
 */

/** Words right before a quote that introduce a label, not words somebody said. */
export const LABEL_VERBS = new Set(['so-called', 'dubbed', 'nicknamed', 'codenamed', 'code-named', 'titled', 'entitled', 'named', 'renamed']);

/** Nouns right before a quote that name a thing: the ship "Admiral Kuznetsov" (when the quote is a name). */
export const LABEL_CUES = new Set([
  'operation', 'ship', 'vessel', 'tanker', 'cruiser', 'frigate', 'destroyer', 'submarine', 'carrier',
  'newspaper', 'magazine', 'book', 'film', 'movie', 'song', 'album', 'show', 'series', 'documentary',
  'episode', 'program', 'podcast', 'anthem', 'hymn', 'musical', 'play', 'novel', 'memoir',
  'column', 'op-ed', 'editorial', 'nickname', 'codename', 'code-name',
  'exercise', 'exercises', 'drills', 'doctrine', 'initiative', 'project', 'programme', 'platform',
  'complex', 'system', 'systems', 'missile', 'missiles', 'satellite', 'station', 'award', 'prize',
  'festival', 'forum', 'party', 'movement', 'group', 'company', 'channel', 'website', 'app', 'brand',
]);

/** Nouns right after a quote that make it a label modifier: the "Normandy" format. */
export const LABEL_HEADS = new Set([
  'operation', 'operations', 'fleet', 'format', 'formula', 'program', 'programme', 'plan', 'project',
  'doctrine', 'initiative', 'campaign', 'movement', 'party', 'group', 'mission', 'exercise', 'exercises',
  'drills', 'system', 'systems', 'complex', 'missile', 'missiles', 'ship', 'vessel', 'vessels', 'tanker',
  'tankers', 'satellite', 'brigade', 'battalion', 'unit', 'regiment', 'division', 'company', 'bank',
  'newspaper', 'magazine', 'show', 'film', 'book', 'album', 'song', 'list', 'law', 'bill', 'act',
  'strategy', 'agreement', 'agreements', 'deal', 'pipeline', 'route', 'scheme', 'concept', 'platform',
  'club', 'summit', 'forum', 'award', 'prize', 'center', 'centre', 'app', 'channel', 'corridor', 'zone',
  'label', 'brand', 'network', 'coalition', 'alliance', 'bloc', 'faction', 'rule', 'policy', 'treaty',
  'principle', 'mechanism', 'framework', 'grouping', 'series',
]);

/** Speech verbs (and "as", "that") right before a quote, or near it: called the deal "a disaster". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'asking',
  'added', 'adds', 'adding', 'stated', 'states', 'noted', 'notes', 'noting', 'stressed', 'stresses',
  'emphasized', 'emphasised', 'underlined', 'warned', 'warns', 'warning', 'called', 'calls', 'call',
  'calling', 'as', 'declared', 'declares', 'wrote', 'writes', 'write', 'writing', 'replied', 'replies',
  'answered', 'responded', 'insisted', 'insists', 'claimed', 'claims', 'described', 'describes',
  'describing', 'termed', 'terms', 'terming', 'branded', 'labeled', 'labelled', 'urged', 'vowed',
  'promised', 'announced', 'explained', 'continued', 'concluded', 'argued', 'argues', 'suggested',
  'suggests', 'admitted', 'acknowledged', 'tweeted', 'posted', 'quipped', 'joked', 'shouted', 'yelled',
  'chanted', 'chanting', 'chant', 'sang', 'sing', 'sings', 'singing', 'shout', 'shouting', 'yelling', 'tweet', 'read', 'reads', 'that', 'speaks', 'spoke', 'screamed', 'cried', 'recalled',
  'remarked', 'observed', 'commented', 'mentioned', 'pledged', 'predicted', 'reported', 'confirmed',
  'denied', 'demanded', 'proclaimed', 'talks', 'talked', 'talking', 'boasting', 'boasted', 'bragged', 'bragging',
  'complained', 'complaining', 'spoke', 'speaking', 'considers', 'considered', 'believes', 'believed', 'thinks',
  'deems', 'deemed', 'regards', 'regarded', 'slammed', 'slams', 'accused', 'accuses', 'blamed', 'condemned',
  'denounced', 'criticized', 'criticised', 'praised', 'hailed', 'welcomed', 'rejected', 'dismissed', 'lambasted', 'declaring', 'promising', 'vowing', 'urging',
]);

/** More speech verbs, for a speech cue anywhere in a sentence or a headline (not right before a quote). */
export const MORE_SPEECH_VERBS = new Set([
  'cautioned', 'cautions', 'blasted', 'blasts', 'denounce', 'denounces', 'jokes', 'interjected', 'mocked', 'mocks', 'derided',
]);

/** Words right before a quote that make it a predicate or a verb phrase: is "dead", to "address". */
export const PREDICATE = new Set([
  "it's", "that's", "he's", "she's", "there's", "what's", "who's", "here's", "they're", "we're", "you're", "i'm",
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains',
  'remained', 'seemed', 'seems', 'become', 'became', 'becomes', 'feel', 'felt', 'sounds', 'sounded',
  'to', 'we', 'i', 'he', 'she', 'they', 'it', 'you', 'not', 'would', 'will', 'could', 'should', 'can',
  'may', 'might', 'must', 'very', 'too', 'so', 'quite', 'really', 'most', 'more', 'less', 'totally',
]);

/** Words right after a quote that attribute it: "…," he said. */
export const SPEECH_AFTER = new Set([
  'said', 'says', 'told', 'added', 'adds', 'asked', 'stated', 'noted', 'stressed', 'according', 'explained',
  'continued', 'wrote', 'writes', 'insisted', 'replied', 'declared', 'warned', 'emphasized', 'emphasised',
  'tweeted', 'recalled', 'argued', 'claimed', 'concluded', 'noting', 'saying', 'adding', 'remarked',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose', 'another', 'every', 'no']);

/** Words after a quote that do not make it a modifier of a noun ("pecking" the hand). */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'by', 'with', 'and', 'or', 'but', 'nor', 'that', 'which',
  'who', 'whom', 'whose', 'is', 'was', 'are', 'were', 'be', 'been', 'as', 'at', 'from', 'than', 'because', 'if',
  'when', 'while', 'so', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'its', 'their',
  'his', 'her', 'our', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'not', 'no', 'into', 'about', 'after', 'before', 'over', 'under', 'like', 'said', 'says', 'do', 'does', 'did',
  'then', 'there', 'here', 'where', 'until', 'since', 'though', 'although', 'unless', 'against', 'between',
  'through', 'during', 'without', 'within', 'toward', 'towards', 'upon', 'all', 'any', 'some', 'more', 'most',
  'also', 'even', 'just', 'only', 'too', 'very', 'again', 'now', 'yet', 'still', 'up', 'down', 'out', 'off',
  'him', 'them', 'us', 'me', 'my', 'your', 'what', 'how', 'why', 'either', 'neither', 'both', 'each', 'per', 'via',
]);

/** Nouns that introduce words somebody used: the phrase "Islamic terrorism" (speech when in doubt). */
export const MENTION_NOUNS = new Set([
  'phrase', 'words', 'word', 'slogan', 'expression', 'term', 'line', 'chant', 'chants', 'refrain', 'mantra', 'catchphrase',
  'message', 'remark', 'comment', 'statement', 'question', 'answer', 'cries', 'shouts', 'calls', 'cry', 'shout',
]);

export const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

export const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'over', 'for', 'about', 'with', 'into', 'from', 'of', 'in', 'at', 'by', 'toward', 'towards', 'under', 'among', 'between']);

export const PREPOSITIONS = new Set(['on', 'in', 'of', 'from', 'at', 'for', 'about', 'with', 'by', 'to', 'into', 'during', 'like']);

export const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'de', 'von', 'van', 'la', 'le', 'del', 'da', 'or', 'with']);

/** Nouns for works with a title: her film, “Trainwreck.” / the Syfy movie “Sharknado 3: Oh Hell No!” */
export const WORK_NOUNS = new Set([
  'book', 'books', 'film', 'movie', 'documentary', 'play', 'novel', 'memoir', 'memoirs', 'autobiography', 'biography',
  'thriller', 'drama', 'comedy', 'sitcom', 'series', 'show', 'podcast', 'album', 'song', 'musical', 'episode',
  'program', 'programme', 'column', 'op-ed', 'editorial', 'essay', 'poem', 'ad', 'ads', 'commercial', 'video',
  'commentary', 'blog', 'newsletter', 'opera', 'painting', 'exhibition', 'exhibit', 'sequel', 'biopic', 'miniseries',
  'anthology', 'collection', 'bestseller', 'best-seller', 'anthem', 'hymn', 'broadcast',
]);

/** Lower-case words a title may hold: “Orange is the New Black”, “Doomed to Succeed”. */
export const TITLE_SMALL_WORDS = new Set([
  ...SMALL_WORDS, 'to', 'is', 'are', 'was', 'vs', 'via', 'from', 'into', 'as', 'by', 'but', 'nor', 'per', 'up', 'out', 'off', 'over',
]);

/** Nouns after a title-case quote that make it a name: the “Orange Is the New Black” star, "We Are Here" T-shirts. */
export const TITLE_HEADS = new Set([
  'star', 'stars', 'host', 'co-host', 'creator', 'actor', 'actress', 'cast', 'fans', 'episode', 'season', 'finale',
  'premiere', 'sequel', 'reboot', 't-shirt', 't-shirts', 'shirt', 'shirts', 'hat', 'hats', 'cap', 'caps', 'sign', 'signs',
  'banner', 'banners', 'sticker', 'stickers', 'button', 'buttons', 'placard', 'placards', 'poster', 'posters', 'hashtag',
]);
