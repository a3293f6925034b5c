/**
 * Countries, demonyms, capitals and regions: the qualifiers of titles ("Russian", "US", "Russia’s")
 * and words that are never part of a person's name.
 */

/** country | demonym[,demonym…] | capital[,capital…] — one row per country. */
const COUNTRIES = `
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian,Belarussian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian|La Paz
Bosnia|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia
Britain|British,UK,U.K.,English,Scottish,Welsh|London
Bulgaria|Bulgarian|Sofia
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Chile|Chilean|Santiago
China|Chinese,PRC|Beijing
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague
Denmark|Danish|Copenhagen
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Hungary|Hungarian|Budapest
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kuwait|Kuwaiti|
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Laotian,Lao|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian|Bamako
Mexico|Mexican|
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Myanmar|Burmese|Naypyidaw
Netherlands|Dutch|Amsterdam,The Hague
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea|North Korean,DPRK|Pyongyang
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Ramallah
Peru|Peruvian|Lima
Philippines|Philippine,Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian,Russian Federation|Moscow
Saudi Arabia|Saudi|Riyadh
Serbia|Serbian,Serb|Belgrade
Singapore|Singaporean|
Slovakia|Slovak,Slovakian|Bratislava
Slovenia|Slovenian|Ljubljana
South Africa|South African|Pretoria
South Korea|South Korean,ROK|Seoul
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern,Geneva
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey|Turkish,Turkiye|Ankara
Turkmenistan|Turkmen|Ashgabat
Ukraine|Ukrainian|Kiev,Kyiv
United Arab Emirates|Emirati,UAE|Abu Dhabi
United States|US,U.S.,USA,U.S.A.,American,America|Washington
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean|Harare
Andorra|Andorran|Andorra la Vella
Bahamas|Bahamian|Nassau
Barbados|Barbadian|Bridgetown
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Botswana|Botswanan|Gaborone
Brunei|Bruneian|Bandar Seri Begawan
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega,Bujumbura
Cape Verde|Cape Verdean|
Central African Republic||Bangui
Congo|Congolese|Kinshasa,Brazzaville
Costa Rica|Costa Rican|
Djibouti|Djiboutian|
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Quito
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Eswatini|Swazi|Mbabane
Fiji|Fijian|Suva
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau||Bissau
Guyana|Guyanese|
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Iceland|Icelandic|Reykjavik
Ivory Coast|Ivorian|Yamoussoukro,Abidjan
Jamaica|Jamaican|
Kosovo|Kosovar,Kosovan|Pristina
Lesotho||Maseru
Liberia|Liberian|Monrovia
Liechtenstein||Vaduz
Luxembourg|Luxembourgish|
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|
Mozambique|Mozambican|Maputo
Namibia|Namibian|Windhoek
Nepal|Nepali,Nepalese|Kathmandu
North Macedonia|Macedonian|Skopje
Panama|Panamanian|Panama City
Papua New Guinea||Port Moresby
Paraguay|Paraguayan|Asuncion
Rwanda|Rwandan|Kigali
Samoa|Samoan|Apia
Senegal|Senegalese|Dakar
Sierra Leone|Sierra Leonean|Freetown
Somalia|Somali|Mogadishu
South Sudan|South Sudanese|Juba
Suriname|Surinamese|Paramaribo
Tanzania|Tanzanian|Dodoma,Dar es Salaam
Togo|Togolese|Lome
Tonga|Tongan|
Trinidad and Tobago|Trinidadian|Port of Spain
Uganda|Ugandan|Kampala
Uruguay|Uruguayan|Montevideo
Vatican|Vatican|Vatican City
Zambia|Zambian|Lusaka
Europe|European|
Africa|African|
Asia|Asian|
West|Western|
`;

/** Canonical short forms used as `org` and as speakers for metonymic sources ("Washington said"). */
const SHORT: Record<string, string> = { 'United States': 'US', Britain: 'UK', 'Russian Federation': 'Russia' };

/** Lowercased country, demonym or capital (one or more words) → canonical country. */
export const GEO: Map<string, string> = new Map();
/** Lowercased capital → country (metonymy: "Kiev announced" → Ukraine). */
export const CAPITALS: Map<string, string> = new Map();

/** Canonical country → the adjective that qualifies a title ("Russia" → "Russian", "US" → "US"). */
export const DEMONYM: Map<string, string> = new Map([['US', 'US'], ['UK', 'UK']]);

for (const row of COUNTRIES.trim().split('\n')) {
  const [country, demonyms, capitals] = row.split('|');
  const canon = SHORT[country] ?? country;
  const adjective = demonyms.split(',')[0];
  if (adjective && !DEMONYM.has(canon)) DEMONYM.set(canon, adjective);
  GEO.set(country.toLowerCase(), canon);
  for (const d of demonyms.split(',')) if (d) GEO.set(d.toLowerCase(), canon);
  for (const c of capitals.split(',')) if (c) CAPITALS.set(c.toLowerCase(), canon);
}

/** Words that make a capitalised sequence a place, not a person ("Black Sea", "Krasnodar Region"). */
export const PLACE_WORDS = new Set(
  (
    'sea ocean strait gulf bay river lake mountain mountains mount island islands peninsula region oblast krai ' +
    'province district territory city town village county street avenue square bridge airport port ' +
    'station canal valley desert coast cape north south east west northern southern eastern western central ' +
    'republic kingdom federation emirates union states beach belt fort estates heights counties course motel ' +
    // not places, but never the last word of a person's name either: laws, buildings
    'act tower plaza hotel casino resort war wars revolution'
  ).split(' '),
);
