import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { findAll, findSurface, gazetteer } from './helpers.js';

// [sentence, surface that must be matched, entity id expected as the first candidate]
const FIRST: [string, string, string][] = [
  // countries and their variants; bare "Congo" is the Democratic Republic of the Congo
  ['Fighting spread across DR Congo this week.', 'DR Congo', 'country:COD'],
  ['The DRC and Rwanda signed a deal.', 'DRC', 'country:COD'],
  ['Officials in Congo-Kinshasa denied it.', 'Congo-Kinshasa', 'country:COD'],
  ['Rebels advanced in eastern Congo on Monday.', 'Congo', 'country:COD'],
  ['It borders the Democratic Republic of the Congo (DRC).', 'Democratic Republic of the Congo', 'country:COD'],
  ['The Democratic Republic of Congo said so.', 'Democratic Republic of Congo', 'country:COD'],
  ['Troops from the Republic of the Congo arrived.', 'Republic of the Congo', 'country:COG'],
  ['Congo-Brazzaville is calm.', 'Congo-Brazzaville', 'country:COG'],
  ['The U.S. envoy acted.', 'U.S.', 'country:USA'],
  ['The U.S. Treasury acted.', 'U.S. Treasury', 'organisation:us-treasury'],
  ['The US and Qatar mediated.', 'US', 'country:USA'],
  ['The United States sanctioned him.', 'United States', 'country:USA'],
  ['Britain and Canada announced asset freezes.', 'Britain', 'country:GBR'],
  ['The U.K. said so.', 'U.K.', 'country:GBR'],
  ['The UAE denies arming the RSF.', 'UAE', 'country:ARE'],
  ['The junta in Burma denied it.', 'Burma', 'country:MMR'],
  ['Ivory Coast held elections.', 'Ivory Coast', 'country:CIV'],
  ["Côte d'Ivoire held elections.", "Côte d'Ivoire", 'country:CIV'],
  ['Turkey shelled Kurdish positions.', 'Turkey', 'country:TUR'],
  ['Qatar hosted talks in Doha.', 'Qatar', 'country:QAT'],
  ['Forces from South Sudan crossed into Sudan.', 'South Sudan', 'country:SSD'],
  // places, with the province suffix and without
  ['The rebels took Goma in January.', 'Goma', 'place:216281'],
  ['Bukavu fell to them three weeks later.', 'Bukavu', 'place:217831'],
  ["Mining dominates North Kivu’s tin exports.", 'North Kivu', 'place:admin1:CD.11'],
  ['Clashes in North Kivu Province continued.', 'North Kivu Province', 'place:admin1:CD.11'],
  ['Aid reached Tigray last week.', 'Tigray', 'place:admin1:ET.53'],
  ['The Arakan Army controls most of Rakhine State.', 'Rakhine State', 'place:admin1:MM.01'],
  ['Hunger is spreading in North Darfur.', 'North Darfur', 'place:admin1:SD.55'],
  ['The ICC is investigating war crimes in Darfur.', 'Darfur', 'place:region:darfur'],
  ['Shelling hit Kinshasa overnight.', 'Kinshasa', 'place:2314302'],
  // organisations
  ['U.N. experts estimate 4,000 troops.', 'U.N.', 'organisation:un'],
  ['The UN said so.', 'UN', 'organisation:un'],
  ['The United Nations said so.', 'United Nations', 'organisation:un'],
  ['The U.N. Human Rights Council is investigating.', 'U.N. Human Rights Council', 'organisation:un-human-rights-council'],
  ['A mission of the Human Rights Council will look into abuses.', 'Human Rights Council', 'organisation:un-human-rights-council'],
  ['The UN Security Council blacklisted him.', 'UN Security Council', 'organisation:un-security-council'],
  ['The Security Council met.', 'Security Council', 'organisation:un-security-council'],
  ['The European Union imposed sanctions.', 'European Union', 'organisation:eu'],
  ['The EU announced sanctions.', 'EU', 'organisation:eu'],
  ['The International Criminal Court is investigating.', 'International Criminal Court', 'organisation:icc'],
  ['The ICC prosecutor opened a probe.', 'ICC', 'organisation:icc'],
  ['Humanitarian groups, including Doctors Without Borders, voiced concern.', 'Doctors Without Borders', 'organisation:msf'],
  ['Médecins Sans Frontières runs the hospital.', 'Médecins Sans Frontières', 'organisation:msf'],
  ['MSF said its clinic was hit.', 'MSF', 'organisation:msf'],
  ['The UN refugee agency said 7 million are displaced.', 'UN refugee agency', 'organisation:unhcr'],
  ['MONUSCO peacekeepers withdrew.', 'MONUSCO', 'organisation:monusco'],
  ['The African Union suspended Mali.', 'African Union', 'organisation:au'],
  ['NATO allies met in Brussels.', 'NATO', 'organisation:nato'],
  // state armed forces
  ['FARDC troops retreated.', 'FARDC', 'organisation:fardc'],
  ['The IDF said it struck Rafah.', 'IDF', 'organisation:idf'],
  ['The Sudanese Armed Forces retook the bridge.', 'Sudanese Armed Forces', 'organisation:saf'],
  // armed groups and their aliases
  ['Rwanda-backed M23 rebels advanced.', 'M23', 'armed_group:m23'],
  ['The March 23 Movement seized the town.', 'March 23 Movement', 'armed_group:m23'],
  ['AFC/M23 fighters entered the city.', 'AFC/M23', 'armed_group:m23'],
  ['Alliance Fleuve Congo (AFC), the coalition that includes M23, said so.', 'Alliance Fleuve Congo', 'armed_group:afc'],
  ['Alliance Fleuve Congo (AFC), the coalition that includes M23, said so.', 'AFC', 'armed_group:afc'],
  ['ADF militants killed 40 villagers.', 'ADF', 'armed_group:adf'],
  ['CODECO militiamen attacked a camp.', 'CODECO', 'armed_group:codeco'],
  ['Wazalendo fighters joined the army.', 'Wazalendo', 'armed_group:wazalendo'],
  ['The FDLR is a Hutu militia.', 'FDLR', 'armed_group:fdlr'],
  ['The RSF, which is backed by the UAE, denies it.', 'RSF', 'armed_group:rsf'],
  ['The Rapid Support Forces shelled the camp.', 'Rapid Support Forces', 'armed_group:rsf'],
  ['Fighters led by Hayat Tahrir al-Sham took Aleppo.', 'Hayat Tahrir al-Sham', 'armed_group:hts'],
  ['HTS fighters took Hama.', 'HTS', 'armed_group:hts'],
  ['Iran has armed the Houthis for a decade.', 'Houthis', 'armed_group:houthis'],
  ['Houthi forces still hold Sanaa.', 'Houthi', 'armed_group:houthis'],
  ['Ansar Allah fired a missile.', 'Ansar Allah', 'armed_group:houthis'],
  ['Hezbollah fired rockets into northern Israel.', 'Hezbollah', 'armed_group:hezbollah'],
  ['Hamas fighters took hostages.', 'Hamas', 'armed_group:hamas'],
  ['Palestinian Islamic Jihad fired rockets.', 'Palestinian Islamic Jihad', 'armed_group:pij'],
  ['al-Shabaab attacked a base.', 'al-Shabaab', 'armed_group:al-shabaab'],
  ['Al Shabab fighters attacked a base.', 'Al Shabab', 'armed_group:al-shabaab'],
  ['JNIM claimed the ambush.', 'JNIM', 'armed_group:jnim'],
  ['ISWAP fighters raided the town.', 'ISWAP', 'armed_group:iswap'],
  ['Boko Haram abducted students.', 'Boko Haram', 'armed_group:boko-haram'],
  ['The Islamic State claimed the attack.', 'Islamic State', 'armed_group:islamic-state'],
  ['ISIS-K claimed the bombing.', 'ISIS-K', 'armed_group:iskp'],
  ['The Wagner Group left Mali.', 'Wagner Group', 'armed_group:wagner-group'],
  ['Russia’s Africa Corps replaced it.', 'Africa Corps', 'armed_group:africa-corps'],
  ['The Arakan Army said it had overrun the command in Ann.', 'Arakan Army', 'armed_group:arakan-army'],
  ['The TNLA and MNDAA withdrew.', 'TNLA', 'armed_group:tnla'],
  ["People's Defence Forces attacked a convoy.", "People's Defence Forces", 'armed_group:pdf-myanmar'],
  ['Viv Ansanm gangs attacked Kenscoff.', 'Viv Ansanm', 'armed_group:viv-ansanm'],
  ['The 400 Mawozo gang kidnapped missionaries.', '400 Mawozo', 'armed_group:400-mawozo'],
  ['Tren de Aragua was designated a terrorist group.', 'Tren de Aragua', 'armed_group:tren-de-aragua'],
  ['The Sinaloa Cartel split.', 'Sinaloa Cartel', 'armed_group:sinaloa-cartel'],
  ['The ELN attacked a pipeline.', 'ELN', 'armed_group:eln'],
  ['The PKK announced it would disarm.', 'PKK', 'armed_group:pkk'],
  ['The Taliban banned it.', 'Taliban', 'armed_group:taliban'],
  ['The TPLF and the federal government signed a truce.', 'TPLF', 'armed_group:tplf'],
  ["Khalifa Haftar's Libyan National Army took Derna.", 'Libyan National Army', 'armed_group:lna'],
  ['The Polisario Front rejected the plan.', 'Polisario Front', 'armed_group:polisario'],
  ['The Syrian National Army shelled Manbij.', 'Syrian National Army', 'armed_group:sna'],
  ['The SDF holds Raqqa.', 'SDF', 'armed_group:sdf'],
  // A possessive after a listed name's first word; but "People's" and "Cox's" are part of names.
  ["The UN's refugee agency said so.", "UN's refugee agency", 'organisation:unhcr'],
  ["People's Defence Force fighters attacked.", "People's Defence Force", 'armed_group:pdf-myanmar'],
];

describe('match: first candidate', () => {
  test.each(FIRST)('%s -> %s is %s', (sentence, surface, id) => {
    const found = findSurface(sentence, surface);
    expect(found, `no match spelling "${surface}" in: ${JSON.stringify(sentence)}`).toBeDefined();
    expect(found!.ids[0]).toBe(id);
  });
});

// [sentence, surface, an id that must be among the candidates]
const AMONG: [string, string, string][] = [
  ['Goma is on the shore of Lake Kivu.', 'Goma', 'place:216281'],
  ['The Kigali government denies it.', 'Kigali', 'place:202061'],
  ['Talks in Washington stalled.', 'Washington', 'place:admin1:US.WA'],
  ['Russian forces took Avdiivka.', 'Avdiivka', 'place:713122'],
  ['Strikes hit Khan Younis.', 'Khan Younis', 'place:281124'],
  ['Zaporizhzhia was shelled.', 'Zaporizhzhia', 'place:admin1:UA.26'],
  ['Fighting in Rutshuru Territory spread.', 'Rutshuru Territory', 'place:admin2:CD.11.11'],
  ['Rebels entered Rutshuru on Monday.', 'Rutshuru', 'place:admin2:CD.11.11'],
  ['Airstrikes hit Hodeidah port.', 'Hodeidah', 'place:79415'],
  ['Clashes erupted in El Geneina.', 'El Geneina', 'place:379303'],
  ['Georgia held elections.', 'Georgia', 'country:GEO'],
  ['Georgia held elections.', 'Georgia', 'place:admin1:US.GA'],
];

describe('match: candidates include', () => {
  test.each(AMONG)('%s -> %s includes %s', (sentence, surface, id) => {
    const found = findSurface(sentence, surface);
    expect(found, `no match spelling "${surface}"`).toBeDefined();
    expect(found!.ids).toContain(id);
  });

  test('candidates are ordered: countries before places, big places before small', () => {
    const georgia = findSurface('Georgia held elections.', 'Georgia')!;
    expect(georgia.ids[0]).toBe('country:GEO');
    const goma = findSurface('Goma is calm.', 'Goma')!.match.candidates.filter((c) => c.placeKind === 'city');
    const pops = goma.map((c) => c.population ?? 0);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
    expect(goma[0]!.countryCode).toBe('CD');
  });

  test('spelling variants are flagged as fuzzy', () => {
    expect(findSurface('Russian forces took Avdiivka.', 'Avdiivka')!.match.fuzzy).toBe(true);
    expect(findSurface('The rebels took Goma.', 'Goma')!.match.fuzzy).toBeUndefined();
  });
});

// [sentence, surface that must NOT be matched (or must not name this id)]
const NOT: [string, string, string?][] = [
  ['the african union met in lower case.', 'african union'],
  ['Let us go.', 'us'],
  ['In March, police said there was hope.', 'March'],
  ['In March, police said there was hope.', 'police'],
  ['In March, police said there was hope.', 'hope'],
  ['It may rain in May.', 'May'],
  ['The adf name in lower case is not the group.', 'adf'],
  ['Un jour.', 'Un'],
  ['WINDOWS IS FREE FOR NOW', 'IS'],
  ['Hope is not a place here.', 'Hope'],
  ['Rebels Seize Key Town Near Goma', 'Key'],
  ['Rebels Seize Key Town Near Goma', 'Near'],
  ['On Monday the talks resumed.', 'Monday'],
  ['Five ways to Go faster.', 'to Go'],
  ['Al Gore spoke in Nashville.', 'Al Gore'],
  ['Al Gore spoke in Nashville.', 'Gore'],
  ['Michael Jackson sang.', 'Michael'],
  ['Shares of Wall Street banks fell.', 'Wall'],
  ['The Canadian dollar rose.', 'Canadian'],
];

describe('match: case rules and ordinary words', () => {
  test.each(NOT)('%s -> no "%s"', (sentence, surface) => {
    expect(findAll(sentence).map((f) => f.text)).not.toContain(surface);
  });

  test('longest names win and do not overlap', () => {
    const found = findAll('The Democratic Republic of the Congo and the U.N. Security Council met in North Kivu.');
    expect(found.map((f) => f.text)).toEqual(['Democratic Republic of the Congo', 'U.N. Security Council', 'North Kivu']);
  });

  test('"X-backed" and possessives keep the name alone', () => {
    expect(findAll('Rwanda-backed M23 rebels took Bunia’s airport.').map((f) => f.text).slice(0, 2)).toEqual(['Rwanda', 'M23']);
    expect(findAll("Congo's army and the Houthis' missiles").map((f) => f.text)).toEqual(['Congo', 'Houthis']);
  });

  test('tokens the tokeniser keeps whole still match names written with a hyphen', () => {
    expect(findAll('Clashes between anti-balaka and ex-Séléka fighters.').map((f) => f.ids[0])).toEqual(['armed_group:anti-balaka', 'armed_group:seleka']);
  });

  test('with parts, names before the hyphen of a whole token ("UN-backed")', () => {
    // analyse() splits these compounds itself; `parts` serves token streams that keep them whole.
    const text = 'The UN-backed government and M23-held towns.';
    const whole = (value: string, start: number, index: number) => ({
      index, start, end: start + value.length, text: value, lower: value.toLowerCase(), pos: 'PROPN', sentence: 0, spaceBefore: true,
    });
    const tokens = [whole('The', 0, 0), whole('UN-backed', 4, 1), whole('government', 14, 2), whole('and', 25, 3), whole('M23-held', 29, 4), whole('towns', 38, 5)];
    const parts = gazetteer.match(tokens, text, { parts: true }).filter((f) => f.part);
    expect(parts.map((f) => [text.slice(f.part!.start, f.part!.end), f.candidates[0]!.id])).toEqual([
      ['UN', 'organisation:un'],
      ['M23', 'armed_group:m23'],
    ]);
    expect(gazetteer.match(tokens, text).some((f) => f.part)).toBe(false);
    expect(findAll(text).map((f) => f.ids[0])).toEqual(['organisation:un', 'armed_group:m23']);
  });

  test('"the" is not part of the match', () => {
    expect(findAll('Iran backs the Houthis.').map((f) => f.text)).toEqual(['Iran', 'Houthis']);
  });

  test('token indices are positions in the array passed in (a sentence slice works)', () => {
    const found = findAll('Nothing here. Then M23 took Goma.');
    expect(found.map((f) => f.text)).toEqual(['M23', 'Goma']);
  });
});

describe('demonyms, capitals, armed forces', () => {
  test.each([
    ['Congolese', 'country:COD'],
    ['congolese', 'country:COD'],
    ['Rwandan', 'country:RWA'],
    ['Rwandans', 'country:RWA'],
    ['American', 'country:USA'],
    ['British', 'country:GBR'],
    ['Emirati', 'country:ARE'],
    ['Israeli', 'country:ISR'],
    ['Sudanese', 'country:SDN'],
    ['South Sudanese', 'country:SSD'],
    ['Ukrainian', 'country:UKR'],
    ['Nigerien', 'country:NER'],
    ['Nigerian', 'country:NGA'],
    ['Chadian', 'country:TCD'],
    ['Burkinabe', 'country:BFA'],
    ['Saudi', 'country:SAU'],
  ])('demonymOf(%s) = %s', (word, id) => {
    expect(gazetteer.demonymOf(word)).toBe(id);
  });

  test.each([
    ['Kigali', 'country:RWA'],
    ['Washington', 'country:USA'],
    ['Moscow', 'country:RUS'],
    ['Kinshasa', 'country:COD'],
    ['Kyiv', 'country:UKR'],
    ['Kiev', 'country:UKR'],
    ['Beijing', 'country:CHN'],
    ['Tehran', 'country:IRN'],
    ['Khartoum', 'country:SDN'],
    ['Kremlin', 'country:RUS'],
  ])('capitalOf(%s) = %s', (name, id) => {
    expect(gazetteer.capitalOf(name)).toBe(id);
  });

  test('Sanaa does not stand for the Yemeni government (the Houthis hold it)', () => {
    expect(gazetteer.capitalOf('Sanaa')).toBeUndefined();
  });

  test('capitals are places too, the city first', () => {
    const kinshasa = findSurface('Kinshasa denies supporting the rebels.', 'Kinshasa')!;
    expect(kinshasa.match.candidates[0]).toMatchObject({ type: 'PLACE', countryCode: 'CD', placeKind: 'city' });
    const washington = findSurface('Talks in Washington stalled.', 'Washington')!;
    expect(washington.match.candidates[0]).toMatchObject({ type: 'PLACE', countryCode: 'US', placeKind: 'city' });
  });

  test('armedForcesOf returns listed forces, or a generated entity', () => {
    expect(gazetteer.armedForcesOf('country:COD')).toMatchObject({ id: 'organisation:fardc', type: 'ORGANISATION', stateOf: 'country:COD' });
    expect(gazetteer.armedForcesOf('country:SDN')?.id).toBe('organisation:saf');
    const belgium = gazetteer.armedForcesOf('country:BEL')!;
    expect(belgium).toMatchObject({ id: 'organisation:armed-forces-BEL', name: 'Belgian Armed Forces', stateOf: 'country:BEL' });
    expect(gazetteer.get('organisation:armed-forces-BEL')).toBe(belgium);
  });

  test('get and countryByCode', () => {
    expect(gazetteer.get('country:COD')?.name).toBe('Democratic Republic of the Congo');
    expect(gazetteer.get('place:216281')).toMatchObject({ name: 'Goma', countryCode: 'CD', placeKind: 'city', geo: { geonamesId: 216281, countryCode: 'CD' } });
    expect(gazetteer.get('place:admin1:CD.11')).toMatchObject({ name: 'North Kivu', placeKind: 'admin1' });
    expect(gazetteer.get('place:nowhere')).toBeUndefined();
    expect(gazetteer.countryByCode?.('SD')?.id).toBe('country:SDN');
  });

  test('lookup ignores case rules', () => {
    expect(gazetteer.lookup?.('afc').map((e) => e.id)).toContain('armed_group:afc');
  });
});
