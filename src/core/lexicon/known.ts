/**
 * Well-known officials and the country (or organisation) they belong to. A bare title in the text
 * ("President Vladimir Putin") takes its qualifier from here ("Russian President"), as agency gold
 * and readers expect. Users extend it through `AnalyzeOptions.lexicon.officials`.
 */

const KNOWN = `
Vladimir Putin|Russia
Dmitry Medvedev|Russia
Mikhail Mishustin|Russia
Sergey Lavrov|Russia
Sergei Lavrov|Russia
Dmitry Peskov|Russia
Maria Zakharova|Russia
Sergey Shoigu|Russia
Sergei Shoigu|Russia
Andrey Belousov|Russia
Valentina Matviyenko|Russia
Vyacheslav Volodin|Russia
Yury Ushakov|Russia
Joe Biden|US
Donald Trump|US
Kamala Harris|US
Barack Obama|US
Antony Blinken|US
Marco Rubio|US
JD Vance|US
Vladimir Zelensky|Ukraine
Volodymyr Zelensky|Ukraine
Volodymyr Zelenskyy|Ukraine
Alexander Lukashenko|Belarus
Xi Jinping|China
Wang Yi|China
Li Qiang|China
Recep Tayyip Erdogan|Turkey
Hakan Fidan|Turkey
Emmanuel Macron|France
Olaf Scholz|Germany
Friedrich Merz|Germany
Keir Starmer|UK
Rishi Sunak|UK
Narendra Modi|India
Benjamin Netanyahu|Israel
Viktor Orban|Hungary
Peter Szijjarto|Hungary
Robert Fico|Slovakia
Kassym-Jomart Tokayev|Kazakhstan
Shavkat Mirziyoyev|Uzbekistan
Ilham Aliyev|Azerbaijan
Nikol Pashinyan|Armenia
Masoud Pezeshkian|Iran
Kim Jong Un|North Korea
Giorgia Meloni|Italy
Pedro Sanchez|Spain
Bashar al-Assad|Syria
Mahmoud Abbas|Palestine
Cyril Ramaphosa|South Africa
`;

/** Lowercased full name → country or organisation (canonical short form, as in GEO). */
export const KNOWN_OFFICIALS: Map<string, string> = new Map();
for (const line of KNOWN.trim().split('\n')) {
  const [name, country] = line.split('|');
  KNOWN_OFFICIALS.set(name.toLowerCase(), country);
}
