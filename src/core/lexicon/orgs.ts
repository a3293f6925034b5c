/**
 * Organisations: well-known names and acronyms (title qualifiers such as "Kremlin", "NATO", "State Duma")
 * and the head nouns that make a capitalised phrase an organisation ("… Ministry", "… Commission").
 */

/** Well-known organisations, one per line; alternative spellings after "|" map to the first form. */
const KNOWN = `
Kremlin
State Duma|Duma
Federation Council
NATO|North Atlantic Treaty Organization
EU|European Union|E.U.
UN|United Nations|U.N.
UN Security Council|Security Council
OSCE
IAEA
WHO|World Health Organization
IMF|International Monetary Fund
World Bank
WTO
BRICS
CIS
EAEU|Eurasian Economic Union
CSTO
SCO|Shanghai Cooperation Organization
OPEC
ASEAN
African Union
Arab League
G7
G20
Pentagon
White House
State Department
Congress
Senate
House
Supreme Court
European Commission
European Council
European Parliament
Bundestag
Knesset
Verkhovna Rada|Rada
Hamas
Hezbollah
Taliban
Gazprom
Rosneft
Rosatom
Roscosmos
Aeroflot
Sberbank
Lukoil
Novatek
TASS
RIA Novosti
Interfax
Reuters
Associated Press|AP
AFP
Bloomberg
CNN
BBC
Fox News
USA Today
Washington Examiner
FSB
SVR
GRU
CIA
FBI
NSA
Pentagon
Red Cross
Democratic Party
Republican Party
Black Lives Matter
United Russia
`;

/** Lowercased known organisation (any spelling) → canonical form. */
export const KNOWN_ORGS: Map<string, string> = new Map();
/** Longest known organisation, in words. */
export let KNOWN_ORG_MAX_WORDS = 1;
for (const line of KNOWN.trim().split('\n')) {
  const forms = line.split('|');
  for (const f of forms) {
    KNOWN_ORGS.set(f.toLowerCase(), forms[0]);
    KNOWN_ORG_MAX_WORDS = Math.max(KNOWN_ORG_MAX_WORDS, f.split(' ').length);
  }
}

/** Head nouns of organisation names ("Foreign Ministry", "Emergencies Ministry", "European Commission"). */
export const ORG_HEADS = new Set(
  (
    'ministry department office service agency committee commission council parliament assembly court government ' +
    'administration cabinet party bank corporation company companies group union fund foundation organization ' +
    'organisation alliance institute university college school army forces navy guard police embassy mission ' +
    'directorate authority authorities inspectorate prosecutors prosecutor’s media newspaper magazine channel ' +
    'network radio television tv agency press club team federation association league board bureau center centre ' +
    'centres hospital airlines airways railways corp inc ltd llc plc co news times post journal herald tribune ' +
    'gazette daily weekly review monitor telegraph guardian observer insider express chronicle exchange ' +
    'church churches cathedral mosque synagogue diocese pac pacs caucus institution institutions partnership ' +
    'initiative images steelworkers watch parenthood legislature coalition brotherhood politics'
  ).split(' '),
);

/**
 * Generic nouns that, after "the", refer back to an organisation source already named
 * ("the ministry reported", "the agency added", "the statement said").
 */
export const ORG_ANAPHORS = new Set(
  'ministry department agency office service committee commission council government administration statement report document company party bank embassy court press-service'.split(
    ' ',
  ),
);

/** Nouns of unnamed sources: "sources said", "officials told", "media reports". */
export const ANONYMOUS_SOURCES = new Set(
  (
    'source sources official officials media outlets outlet reports report observers experts analysts insiders ' +
    'people person witnesses residents diplomats critics aides aide allies supporters opponents someone others ' +
    'some many eyewitnesses activists bloggers users commentators companies'
  ).split(' '),
);
