import { describe, expect, it } from 'vitest';
import { matches, run, triples, type Triple } from './helpers.js';

// The constructions of ../shared/extraction-cases.md (1-33): exactly the relations a careful
// reader takes, none extra. Relations the text denies, negates or only supposes may appear
// with that status, never as ASSERTED or CLAIMED.
const CASES: [number, string, Triple[]][] = [
  [1, 'Rwanda-backed M23 rebels advanced on Goma.', [['BACKS', 'Rwanda', 'M23']]],
  [2, 'The RSF, which is backed by the United Arab Emirates, denies shelling the camp.', [['BACKS', 'United Arab Emirates', 'RSF']]],
  [3, 'Iran has armed and financed the Houthis for a decade, U.S. officials say.', [['BACKS', 'Iran', 'Houthis', 'CLAIMED']]],
  [4, 'Kigali denies supporting the rebels.', []],
  [5, 'Turkey, which supports the Syrian National Army, shelled Kurdish positions near Manbij.', [['BACKS', 'Turkey', 'Syrian National Army']]],
  [6, "Egypt and the UAE both back Khalifa Haftar's Libyan National Army.", [['BACKS', 'Egypt', 'Libyan National Army'], ['BACKS', 'United Arab Emirates', 'Libyan National Army']]],
  [7, 'About 4,000 Rwandan troops are fighting alongside M23, according to UN experts.', [['BACKS', 'Rwanda', 'M23', 'CLAIMED']]],
  [8, 'Hezbollah, Iran\'s most powerful proxy, fired rockets into northern Israel.', [['BACKS', 'Iran', 'Hezbollah']]],
  [9, 'The Lumara Liberation Front receives weapons and cash from neighbouring Osra.', [['BACKS', 'Osra', 'Lumara Liberation Front']]],
  [10, 'M23 fighters seized the town of Nyabibwe on Saturday.', [['CAPTURED', 'M23', 'Nyabibwe']]],
  [11, 'M23 launched a new offensive in North Kivu. The rebels took Goma in January. Bukavu fell to them three weeks later.', [['CAPTURED', 'M23', 'Goma'], ['CAPTURED', 'M23', 'Bukavu']]],
  [12, "Russia's capture of Avdiivka forced Ukrainian units to pull back.", [['CAPTURED', 'Russia', 'Avdiivka']]],
  [13, 'Fighters led by Hayat Tahrir al-Sham took control of Aleppo and then Hama.', [['CAPTURED', 'Hayat Tahrir al-Sham', 'Aleppo'], ['CAPTURED', 'Hayat Tahrir al-Sham', 'Hama']]],
  [14, 'The Arakan Army said it had overrun the regional military command in Ann.', [['CAPTURED', 'Arakan Army', 'Ann', 'CLAIMED']]],
  [15, 'The Sudanese army recaptured Wad Madani from the RSF.', [['CAPTURED', 'Sudanese army', 'Wad Madani']]],
  [16, "The RSF did not capture El Fasher's airport, the army said.", []],
  [17, 'Houthi forces still hold Sanaa, which they seized in 2014.', [['CAPTURED', 'Houthis', 'Sanaa']]],
  [18, 'Ketavi, a mining town the Lumara Liberation Front overran last week, is now cut off.', [['CAPTURED', 'Lumara Liberation Front', 'Ketavi']]],
  [19, "If the rebels capture Uvira, Burundi's border will be exposed.", []],
  [20, 'The European Union imposed sanctions on Rwandan army spokesman Ronald Rwivanga.', [['SANCTIONED', 'European Union', 'Ronald Rwivanga']]],
  [21, "Washington sanctioned James Kabarebe, Rwanda's minister for regional integration.", [['SANCTIONED', 'United States', 'James Kabarebe']]],
  [22, 'Sanctions against the Wagner Group were extended by the United Kingdom.', [['SANCTIONED', 'United Kingdom', 'Wagner Group']]],
  [23, 'Britain and Canada announced asset freezes and travel bans on Min Aung Hlaing.', [['SANCTIONED', 'United Kingdom', 'Min Aung Hlaing'], ['SANCTIONED', 'Canada', 'Min Aung Hlaing']]],
  [24, 'The UN Security Council blacklisted gang leader Jimmy Cherizier.', [['SANCTIONED', 'UN Security Council', 'Jimmy Cherizier']]],
  [25, 'M23 rebels walked out of the talks. The talks in Doha collapsed after the EU announced sanctions against them.', [['SANCTIONED', 'European Union', 'M23']]],
  [26, "Russia's economy has held up under Western sanctions.", []],
  [27, 'An EU-sanctioned commander of the Osra Republican Guard, Tavo Merek, was seen in the capital.', [['SANCTIONED', 'European Union', 'Tavo Merek']]],
  [28, 'The International Criminal Court is investigating alleged war crimes in Darfur.', [['INVESTIGATES', 'International Criminal Court', 'Darfur']]],
  [29, 'UN investigators are examining reports that Hamas fighters took hostages.', [['INVESTIGATES', 'United Nations', 'Hamas']]],
  [30, 'A fact-finding mission of the Human Rights Council will look into abuses by both the army and the RSF.', [['INVESTIGATES', 'Human Rights Council', 'Sudanese army'], ['INVESTIGATES', 'Human Rights Council', 'RSF']]],
  [31, 'The ICC prosecutor opened a probe into the situation in Venezuela.', [['INVESTIGATES', 'International Criminal Court', 'Venezuela']]],
  [32, 'M23 rebels clashed with the Congolese army near Goma. The U.N. Human Rights Council is investigating alleged war crimes by both sides.', [['INVESTIGATES', 'U.N. Human Rights Council', 'M23'], ['INVESTIGATES', 'U.N. Human Rights Council', 'FARDC']]],
  [33, "Congo's government has asked the ICC to investigate Rwandan officials.", []],
];

describe('relation cases from extraction-cases.md', () => {
  it.each(CASES)('case %i: %s', (_n, text, expected) => {
    const x = run(text);
    for (const want of expected) expect(matches(x, want), `missing ${want.join(' ')} in ${JSON.stringify(triples(x))}`).toBe(true);
    const factual = x.relations.filter((r) => r.status === 'ASSERTED' || r.status === 'CLAIMED');
    expect(factual.length, `extra relations: ${JSON.stringify(triples(x))}`).toBe(expected.filter((e) => (e[3] ?? 'ASSERTED') !== 'DENIED').length);
    for (const r of x.relations) {
      const ev = r.evidence[0]!;
      expect(ev.text).toBe(text.slice(ev.start, ev.end));
    }
  });
});

// Our own: exactly these relations, none extra (a place opening the sentence is not a subject).
const OWN: [string, Triple[]][] = [
  ['In Congo, Wazalendo militias also fight alongside the Congolese army.', [['BACKS', 'Wazalendo', 'Congolese army']]],
  ['The Velan Front, a coalition that Turkey has funded for years, seized Ketavi.', [['BACKS', 'Turkey', 'Velan Front'], ['CAPTURED', 'Velan Front', 'Ketavi']]],
  ['Backed by Rwanda, the M23 rebels seized Goma in January.', [['BACKS', 'Rwanda', 'M23'], ['CAPTURED', 'M23', 'Goma']]],
  ['Britain sanctioned three Sudanese commanders, including Abdelrahim Dagalo.', [['SANCTIONED', 'United Kingdom', 'Abdelrahim Dagalo']]],
  ['Supported by Turkish drones, the army advanced.', []],
  ['Kenya deployed police officers to Haiti to support the Haitian National Police.', [['BACKS', 'Kenya', 'Haitian National Police']]],
  ['Burundi sent troops to fight the Zarani Front.', []],
  ['The EU on Monday added three Russian generals to its sanctions list, including Sergei Surovikin.', [['SANCTIONED', 'European Union', 'Sergei Surovikin']]],
  ['The Zarani Front seized Ketavi, officials said, adding that the army had fled.', [['CAPTURED', 'Zarani Front', 'Ketavi', 'CLAIMED']]],
  ['Washington accuses Tehran of supplying the Houthis with ballistic missiles.', [['BACKS', 'Iran', 'Houthis', 'CLAIMED']]],
  ['On Monday, Britain, Canada and the EU sanctioned the Zarani Front.', [['SANCTIONED', 'United Kingdom', 'Zarani Front'], ['SANCTIONED', 'Canada', 'Zarani Front'], ['SANCTIONED', 'European Union', 'Zarani Front']]],
];

describe('relation cases of our own', () => {
  it.each(OWN)('%s', (text, expected) => {
    const x = run(text);
    for (const want of expected) expect(matches(x, want), `missing ${want.join(' ')} in ${JSON.stringify(triples(x))}`).toBe(true);
    expect(x.relations.length, `extra relations: ${JSON.stringify(triples(x))}`).toBe(expected.length);
  });
});
