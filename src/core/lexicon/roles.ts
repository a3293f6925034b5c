/**
 * Roles: the head nouns of titles ("minister", "spokesman"), their modifiers ("deputy", "foreign"),
 * honorifics ("Mr.", "Gen.") and the classes used to link a bare title ("the diplomat") to a person.
 */

/** Role head noun (lowercased) → classes ("president leader"), optionally a gender after a slash. */
const HEADS = `
president:president leader
president-elect:president leader
vice-president:vice
vice president:vice
premier:pm leader
pm:pm leader
minister:minister
secretary:secretary
spokesman:spokesperson/m
spokeswoman:spokesperson/f
spokesperson:spokesperson
spokespeople:spokesperson
mouthpiece:spokesperson
chief:head
head:head
director:head
director-general:head
secretary-general:head secretary
undersecretary:secretary
under-secretary:secretary
vice-premier:pm
vice-chairman:head
vice-speaker:speaker lawmaker
co-chair:head
co-chairman:head
chairman:head/m
chairwoman:head/f
chair:head
chairperson:head
ceo:head
cfo:head
executive:head
founder:head
owner:head
manager:head
boss:head
ambassador:ambassador diplomat
envoy:ambassador diplomat
diplomat:diplomat
consul:ambassador diplomat
representative:representative
governor:governor
mayor:mayor
senator:lawmaker
lawmaker:lawmaker
legislator:lawmaker
congressman:lawmaker/m
congresswoman:lawmaker/f
parliamentarian:lawmaker
mp:lawmaker
deputy:deputy lawmaker
speaker:speaker lawmaker
leader:leader
chancellor:leader
king:leader/m
queen:leader/f
prince:royal/m
princess:royal/f
emir:leader/m
sultan:leader/m
sheikh:leader/m
pope:leader/m
general:military
commander:military
commander-in-chief:military leader
admiral:military
colonel:military
lieutenant:military
major:military
captain:military
sergeant:military
marshal:military
officer:military
prosecutor:prosecutor
prosecutor-general:prosecutor
attorney:prosecutor
judge:judge
justice:judge
ombudsman:ombudsman
ombudswoman:ombudsman/f
commissioner:commissioner
commissar:commissioner
adviser:adviser
advisor:adviser
aide:adviser
assistant:adviser
coordinator:head
official:official
counterpart:counterpart
officer:official
analyst:expert
expert:expert
economist:expert
scientist:expert
professor:expert
researcher:expert
journalist:journalist
correspondent:journalist
editor:journalist
editor-in-chief:journalist
reporter:journalist
candidate:candidate
nominee:candidate
coach:coach
manager:coach
striker:player
midfielder:player
defender:player
goalkeeper:player
captain:player
mufti:leader
patriarch:leader/m
metropolitan:leader/m
actor:actor/m
actress:actor/f
rapper:artist
musician:artist
comedian:artist
filmmaker:artist
artist:artist
author:writer
writer:writer
novelist:writer
columnist:journalist
commentator:journalist
anchor:journalist
host:journalist
pollster:expert
historian:expert
strategist:adviser
consultant:adviser
lobbyist:adviser
activist:activist
businessman:business/m
businesswoman:business/f
billionaire:business
entrepreneur:business
investor:business
lawyer:lawyer
pastor:cleric/m
cardinal:cleric/m
rabbi:cleric
imam:cleric/m
preacher:cleric
evangelist:cleric
`;

/** A role head: its classes and the gender it implies, if any. */
export interface RoleHead {
  classes: string[];
  gender: 'm' | 'f' | null;
}

/** Lowercased role head → its classes. */
export const ROLE_HEADS: Map<string, RoleHead> = new Map();
for (const line of HEADS.trim().split('\n')) {
  const [word, rest] = line.split(':');
  const [cls, g] = rest.split('/');
  const prev = ROLE_HEADS.get(word);
  const classes = [...(prev?.classes ?? []), ...cls.split(' ')];
  ROLE_HEADS.set(word, { classes, gender: (g as 'm' | 'f' | undefined) ?? prev?.gender ?? null });
}

/** Words that modify a role inside a title ("first deputy foreign minister", "top diplomat"). */
export const ROLE_MODIFIERS = new Set(
  (
    'deputy first vice acting former ex interim incumbent outgoing incoming newly elected new prime chief senior top ' +
    'foreign defense defence interior finance justice economy economic energy health education culture labor labour ' +
    'trade industry agriculture transport emergencies digital development sports sport science foreign-policy policy ' +
    'diplomacy press state general executive permanent special presidential military security national federal ' +
    'regional local supreme high commanding armed forces staff joint deputy-chief assistant managing principal ' +
    'secretary-general party opposition government cabinet parliamentary communist social democratic republican ' +
    'democratic liberal conservative presiding honorary legal political main lead information department ministry ' +
    'office committee council bureau service administration affairs relations intelligence navy naval army air ' +
    'ground aerospace central bank budget tax customs border police house senate duma region regional city'
  ).split(' '),
);

/** Honorifics and abbreviated ranks: evidence of a person name, part of the title when a rank. */
export const HONORIFICS: Map<string, string | null> = new Map([
  ['mr', null], ['mrs', null], ['ms', null], ['miss', null], ['dr', null], ['sir', null], ['dame', null],
  ['lord', null], ['lady', null], ['prof', 'professor'], ['rev', null], ['gen', 'general'], ['col', 'colonel'],
  ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['capt', 'captain'], ['adm', 'admiral'], ['maj', 'major'],
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['pres', 'president'], ['cmdr', 'commander'],
  ['msgr', null], ['fr', null], ['st', null],
]);

/** Words that may link parts of a title ("Secretary of State", "Ambassador to Vietnam", "Minister for …"). */
export const TITLE_LINKS = new Set(['of', 'to', 'for', 'at', 'on', 'in', 'and', 'the', '&']);
