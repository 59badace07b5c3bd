import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { capitalisedRuns, isHeadlineCase } from '../../src/extraction/mentions/spans.js';
import { findEntity, matches, run, triples } from './helpers.js';

// The sub-steps of the entity stage, one table each: capitalised runs, headline case,
// title trimming, aliases, coreference.

const runs = (text: string): string[] => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => capitalisedRuns(a.tokens, s).map(([b, e]) => text.slice(a.tokens[b]!.start, a.tokens[e - 1]!.end)));
};

describe('capitalised runs', () => {
  it.each([
    ['Fighters of Hayat Tahrir al-Sham entered Aleppo.', ['Fighters of Hayat Tahrir al-Sham', 'Aleppo']],
    ['The Bank of Central African States said so.', ['The Bank of Central African States']],
    ['Rebels took Goma and Bukavu in Congo.', ['Rebels', 'Goma', 'Bukavu', 'Congo']],
    ['The Securities and Exchange Commission sued.', ['The Securities and Exchange Commission']],
    ['Troops reached Guinea-Bissau and Port-au-Prince.', ['Troops', 'Guinea-Bissau', 'Port-au-Prince']],
    ['The March 23 Movement advanced.', ['The March 23 Movement']],
    ['Officers Kim Song-hun and Pak Tae-ryong were listed.', ['Officers Kim Song-hun', 'Pak Tae-ryong']],
    ['The Commission of Inquiry on Syria met on Monday.', ['The Commission of Inquiry on Syria', 'Monday']],
    ['Gangs led by Jimmy "Barbecue" Cherizier attacked.', ['Gangs', 'Jimmy "Barbecue" Cherizier']],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe('headline case', () => {
  it.each([
    ['Rebels Seize Key Town in Eastern Congo', true],
    ['U.S. Sanctions Houthi Procurement Network, Says Iran Supplied Missile Parts', true],
    ['The Kessari Popular Front advanced.', false],
    ['The Ministry of Defence said so.', false],
    ['M23 rebels captured the town of Walikale.', false],
  ])('%s -> %s', (text, headline) => {
    const a = analyse(text);
    expect(isHeadlineCase(a.tokens, a.sentences[0]!)).toBe(headline);
  });
});

describe('names and relations in a headline', () => {
  it('takes known names out of the headline\'s capitalised words and reads its verbs', () => {
    const x = run('M23 Captures Goma as Rwanda Denies Backing Rebels\nThe rebels entered the city on Monday.');
    expect(x.mentions.filter((m) => m.sentence === 0).map((m) => m.text)).toEqual(['M23', 'Goma', 'Rwanda']);
    expect(triples(x)).toContainEqual(['CAPTURED', 'M23', 'Goma', 'ASSERTED']);
  });

  it('reads sanctions on an army\'s officers as sanctions on people', () => {
    expect(triples(run('EU Sanctions Rwandan Army Officers Over M23 Support'))).toEqual([]);
    expect(triples(run('The EU sanctioned two Rwandan army officers.'))).toEqual([]);
  });
});

describe('titles and roles are not part of names', () => {
  it.each([
    ['President Felix Tshisekedi spoke.', 'Felix Tshisekedi'],
    ['Prime Minister Abiy Ahmed spoke.', 'Abiy Ahmed'],
    ['Local activist Fiston Misona spoke.', 'Fiston Misona'],
    ['Rwandan army spokesman Ronald Rwivanga spoke.', 'Ronald Rwivanga'],
    ['Colonel Andrei Voloshin of the Africa Corps was listed.', 'Andrei Voloshin'],
    ['Attorney General Marta Velasquez opened a case.', 'Marta Velasquez'],
  ])('%s', (text, name) => {
    const e = findEntity(run(text), name);
    expect(e?.name).toBe(name);
    expect(e?.type).toBe('PERSON');
  });

  it('drops an office holder\'s title before "of" the body: "Chair of the Fact-Finding Mission"', () => {
    const x = run('"Both parties committed crimes," said Oren Malik, Chair of the Fact-Finding Mission.');
    expect(x.entities.map((e) => e.name)).toContain('Fact-Finding Mission');
    expect(x.entities.some((e) => e.name.startsWith('of ') || e.name.startsWith('Chair'))).toBe(false);
  });
});

describe('a sentence opening with an ordinary word before "of"', () => {
  it.each([
    ['Rebels of the Lumara Liberation Front seized the town of Ketavi.', 'Lumara Liberation Front', 'ARMED_GROUP'],
    ['Fighters of the Kessari Popular Front attacked a convoy.', 'Kessari Popular Front', 'ARMED_GROUP'],
    ['Supporters of the Velan Resistance Movement marched.', 'Velan Resistance Movement', 'ARMED_GROUP'],
    ['KETAVI, March 18 – Fighters of the Lumara White Army overran the barracks on Monday.', 'Lumara White Army', 'ARMED_GROUP'],
    ['Rebels of the Coalition of Patriots for Renewal (CPR) seized the town. The CPR was formed in 2020. A CPR spokesman spoke.', 'Coalition of Patriots for Renewal', 'ARMED_GROUP'],
  ])('%s', (text, name, type) => {
    const x = run(text);
    expect(x.entities.map((e) => [e.name, e.type])).toContainEqual([name, type]);
    expect(x.mentions.some((m) => /^(of|the) /.test(m.text))).toBe(false);
  });
});

describe('a state\'s police is a body of its own', () => {
  it.each([
    ['Nigerian police said the gunmen fled.', 'Nigerian police'],
    ["Indonesia's national police said they were examining the attack.", "Indonesia's national police"],
  ])('%s', (text, name) => {
    expect(run(text).entities.map((e) => [e.name, e.type])).toContainEqual([name, 'ORGANISATION']);
  });
});

describe('a state\'s army under a name of its own', () => {
  it('is the state\'s armed forces, and "X soldiers" in the same text are that army', () => {
    const x = run('Indonesian soldiers have retaken the village of Wuloga, the military said. A spokesman for the Indonesian National Armed Forces (TNI) said troops had pushed the rebels out.');
    const army = x.entities.find((e) => e.aliases.includes('TNI'));
    expect(army?.type).toBe('ORGANISATION');
    expect(army?.aliases).toContain('Indonesian National Armed Forces');
    expect(triples(x)).toContainEqual(['CAPTURED', army!.name, 'Wuloga', 'CLAIMED']);
  });

  it('gives "its troops" to a speaking force that is an organisation, past its acronym', () => {
    const x = run('The Puntland Security Force (PSF) said on Wednesday that its troops had captured Dhasaan, the last base of the Kessari Popular Front.');
    expect(triples(x)).toEqual([['CAPTURED', 'Puntland Security Force', 'Dhasaan', 'CLAIMED']]);
  });

  it('leaves "X troops" the state when no army is named', () => {
    expect(triples(run('Rwandan troops captured the town of Ketavi.'))).toEqual([['CAPTURED', 'Rwanda', 'Ketavi', 'ASSERTED']]);
  });
});

describe('"and" inside an institution\'s name', () => {
  it.each([
    ['The National Commission on Human Rights and Freedoms says it is investigating.', ['National Commission on Human Rights and Freedoms']],
    ['The Ministry of Foreign Affairs and Cooperation issued a statement.', ['Ministry of Foreign Affairs and Cooperation']],
    ['The Commission on Human Rights and Amnesty International said so.', ['Commission on Human Rights', 'Amnesty International']],
  ])('%s', (text, names) => {
    expect(run(text).entities.map((e) => e.name)).toEqual(names);
  });
});

describe('a known name after a person\'s "al-" is part of the person\'s name', () => {
  it.each([
    ['Abdul-Malik al-Houthi spoke on Monday.', ['Abdul-Malik al-Houthi']],
    ['Sheikh Omar al-Houthi met Ali Kamal.', ['Omar al-Houthi', 'Ali Kamal']],
  ])('%s', (text, names) => {
    expect(run(text).entities.map((e) => e.name)).toEqual(names);
  });
});

describe('continents and world regions are places', () => {
  it.each([
    ["Gangs control much of South America's cocaine trade and ship it to Europe.", ['South America', 'Europe']],
    ['The Middle East is tense.', ['Middle East']],
  ])('%s', (text, names) => {
    const x = run(text);
    expect(x.entities.map((e) => [e.name, e.type])).toEqual(names.map((n) => [n, 'PLACE']));
  });
});

describe('names that put a title or a head word first', () => {
  it.each([
    ['Forces Nouvelles rebels took the town of Ketavi in 2002.', [['Forces Nouvelles', 'ARMED_GROUP'], ['Ketavi', 'PLACE']]],
    ['The Forces Nouvelles had held the north since seizing the town of Ketavi in 2002.', [['Forces Nouvelles', 'ARMED_GROUP'], ['Ketavi', 'PLACE']]],
    ['President Omar Sheikh Dalan spoke on Monday.', [['Omar Sheikh Dalan', 'PERSON']]],
    ['Soldiers retook the Litoral Penitentiary on Monday.', [['Litoral Penitentiary', 'PLACE']]],
    // Only the words before a force's head type it: "Republican Forces of X" is a state's, "Revolutionary Armed Forces of X" rebels.
    ['The Republican Forces of Veldrane took the town of Ketavi.', [['Republican Forces of Veldrane', 'ORGANISATION'], ['Ketavi', 'PLACE']]],
    ['The Revolutionary Armed Forces of Veldrane took the town of Ketavi.', [['Revolutionary Armed Forces of Veldrane', 'ARMED_GROUP'], ['Ketavi', 'PLACE']]],
    // "west of X" is a strong place cue: it outweighs a look of a person's name elsewhere.
    ['The Kessari Popular Front has run Lasa Anod since 2023. Its main base lies 40 km west of Lasa Anod.', [['Kessari Popular Front', 'ARMED_GROUP'], ['Lasa Anod', 'PLACE']]],
    ['Gunmen attacked Pont-Kessa on Thursday.', [['Pont-Kessa', 'PLACE']]],
    ['Clashes hit Ciudad Veldra and Khirbet Tinah.', [['Ciudad Veldra', 'PLACE'], ['Khirbet Tinah', 'PLACE']]],
    // A person's shape votes once per name, so weak place cues at each mention win in the end.
    ['Many families live in Lasa Anod. Lasa Anod has been calm since 2023. Markets in Lasa Anod reopened on Monday.', [['Lasa Anod', 'PLACE']]],
  ])('%s', (text, expected) => {
    expect(run(text).entities.map((e) => [e.name, e.type])).toEqual(expected);
  });
});

describe('ordinals in names', () => {
  it.each([
    ['The 33rd Front seized the town of Pacelli.', ['33rd Front', 'Pacelli']],
    // A numbered formation of an army is no entity of its own, nor is its base.
    ["Fighting went on around the army's 22nd Division base.", []],
    ['On the 3rd March the Lumara Liberation Front attacked.', ['Lumara Liberation Front']],
  ])('%s', (text, names) => {
    expect(run(text).entities.map((e) => e.name)).toEqual(names);
  });
});

describe('a plural possessive inside a name', () => {
  it.each([
    ["The Tazeri Commission on Human and Peoples' Rights is investigating.", ["Tazeri Commission on Human and Peoples' Rights"]],
    ["The Lumara Farmers' Union met on Monday.", ["Lumara Farmers' Union"]],
    // After a name, the possessive ends the owner's name.
    ["The United States' Africa Command said so.", ['United States', 'Africa Command']],
  ])('%s', (text, names) => {
    expect(run(text).entities.map((e) => e.name)).toEqual(names);
  });
});

describe('a mechanism is an institution', () => {
  it('keeps "the Independent Investigative Mechanism for Myanmar (IIMM)" whole', () => {
    const x = run('The Independent Investigative Mechanism for Myanmar (IIMM) said on Tuesday it was examining an air strike in Nam Hpai.');
    const e = x.entities.find((d) => d.aliases.includes('IIMM'));
    expect([e?.name, e?.type]).toEqual(['Independent Investigative Mechanism for Myanmar', 'ORGANISATION']);
  });
});

describe('dateline months and Shield names', () => {
  it('reads "Feb." as a month and "the Kessari Desert Shield" as an armed group', () => {
    const x = run('SABHA, Libya, Feb. 18 – Fighters from a little-known armed group, the Kessari Desert Shield, seized the town of Ketavi.');
    expect(x.entities.map((e) => e.name)).not.toContain('Feb.');
    expect(x.entities.find((e) => e.name === 'Kessari Desert Shield')?.type).toBe('ARMED_GROUP');
  });
});

describe('aliases', () => {
  it.each([
    // A body's head word alone after its full name, though a gazetteer knows a town of that name.
    ['The Tibesti Salvation Front attacked Zouar. He accused the army of arming the Front from bases around Kufra.', 'Tibesti Salvation Front', 'Front'],
    ['The Velan Resistance Front (VRF) attacked. The VRF withdrew.', 'Velan Resistance Front', 'VRF'],
    ['The VRF (Velan Resistance Front) attacked.', 'Velan Resistance Front', 'VRF'],
    ['The Lumara Liberation Front attacked. Later the LLF withdrew.', 'Lumara Liberation Front', 'LLF'],
    ['Corneille Nangaa spoke. Nangaa said the talks failed.', 'Corneille Nangaa', 'Nangaa'],
    ['The U.N. said so. The UN agreed.', 'United Nations', 'UN'],
    ['The council sanctioned Renald Matisse, also known as "Ti Bwa", a gang leader. Ti Bwa denied it.', 'Renald Matisse', 'Ti Bwa'],
    ['Kenyan police arrested Omar Hadi, known as Abu Salim, in Mombasa.', 'Omar Hadi', 'Abu Salim'],
    // A double surname alone, after the full name.
    ['OFAC designated Rogelio Ibarra Quintero on Monday. Ibarra Quintero runs fuel depots.', 'Rogelio Ibarra Quintero', 'Ibarra Quintero'],
    // A body's short name after its full name.
    ['The Independent International Fact-Finding Mission for Veldrane met on Monday. The Fact-Finding Mission said it had evidence.', 'Independent International Fact-Finding Mission for Veldrane', 'Fact-Finding Mission'],
  ])('%s: %s = %s', (text, a, b) => {
    const x = run(text);
    expect(findEntity(x, a)?.id).toBeDefined();
    expect(findEntity(x, b)?.id).toBe(findEntity(x, a)?.id);
  });
});

describe('coreference', () => {
  it.each([
    ['The Tazeri Democratic Movement attacked Nandro. The rebels withdrew later.', 'The rebels', 'Tazeri Democratic Movement'],
    ['The Tazeri Democratic Movement attacked Nandro. The group said it would return.', 'The group', 'Tazeri Democratic Movement'],
    ['The Tazeri Democratic Movement attacked Nandro. They said it was a warning.', 'They', 'Tazeri Democratic Movement'],
    ['Felix Tshisekedi spoke in Kinshasa. He said the talks failed.', 'He', 'Felix Tshisekedi'],
    ['The European Union met. The bloc said sanctions would follow.', 'The bloc', 'European Union'],
    // A demonym inside a description of a group: the group, not the state.
    ['Hamas fighters attacked southern Israel. Britain proscribed the Palestinian group in 2021.', 'the Palestinian group', 'Hamas'],
    ['The Velan Resistance Front besieged Nandro in May. The paramilitary force took it in October.', 'The paramilitary force', 'Velan Resistance Front'],
    ['The Wagner Group arrived in Mali in 2021. The EU sanctioned the mercenary group in 2023.', 'the mercenary group', 'Wagner Group'],
    ['Somalia has fought al-Shabaab for years. Al-Shabaab fighters have recaptured the town of Adan Yabaal, which government forces took from the group in 2022.', 'government forces', 'Somalia'],
    // A place named with "region" after it is no town.
    ['Al-Shabaab retook the town of Moqokori in central Somalia\'s Hiran region. The group overran a base in the town early Wednesday.', 'the town', 'Moqokori'],
    ['Russia shelled Kharkiv. Russia\'s defence ministry said its forces had captured Kupiansk.', 'its', 'Russia'],
    // The speaker of "said it" is the name before a relative clause, not the clause's last name.
    ['The KRG, whose dominant Kurdistan Democratic Party (KDP) cooperates closely with Ankara, said it was investigating the deaths.', 'it', 'KRG'],
    // "it"/"its": a nearer body of another type before an armed group named sentences earlier.
    ['The Tazeri Democratic Movement took Nandro. The siege lasted weeks. The Ethiopian National Defence Force has answered with air strikes. Its drones hit markets.', 'Its', 'Ethiopian National Defence Force'],
    ['Officers of the Myanmar Armed Forces were listed. In Shan State the military recaptured Kyaukme.', 'the military', 'Myanmar Armed Forces'],
    ['The Sudanese army fought the Zarani Front for two years in Khartoum. The army retook the capital in March.', 'the capital', 'Khartoum'],
    ['The Sanctions Committee on Veldrane met on Friday. The Committee also listed Omar Hadi.', 'The Committee', 'Sanctions Committee on Veldrane'],
    // "the government" is the government of the country the text is about, not the one named last.
    ['Chad\'s army retook Sorvak in March. Chad has been at war since 2023. Chad\'s leader rejected talks. Aid to Chad has collapsed. Russia wants a naval base there. Russia has sent advisers to the coast. Russia denies supplying weapons. Qatar has given financial support to the government, officials said.', 'the government', 'Chad'],
    // A state named earlier in the description's own clause is not "the government" or "the junta".
    ['Mali\'s army fought the Lumara Liberation Front in May. Russia sent advisers. Russia sent drones. Russia, which has supplied the junta with jets since 2021, denies it.', 'the junta', 'Mali'],
    ['Mali\'s army fought the Lumara Liberation Front in May. Russia sent advisers. Russia sent drones. Russia has urged the government to talk.', 'the government', 'Mali'],
    // ... unless a reporting verb or a colon opens a new clause.
    ['Mali\'s army fought the Lumara Liberation Front in May. Russia sent advisers. Russia sent drones. Russia said the government would talk.', 'the government', 'Russia'],
    ['Mali\'s army fought the Lumara Liberation Front in May. Russia sent advisers. Russia sent drones. Russia is wary: the government designated the front a terrorist group.', 'the government', 'Russia'],
    ['The Treasury Department sanctioned Omar Hadi, whom the department accused of funding the Velan Resistance Front.', 'the department', 'Treasury Department'],
    // The speaker of a reported clause owns "its"/"their", whoever was named more before.
    ['Ukrainian troops held Kupiansk for weeks. Ukraine\'s army said the line held. Further east, Moscow said last month that its troops had taken Pokrovsk.', 'its', 'Russia'],
    ['Ukrainian troops held Kupiansk for weeks. Ukraine\'s army said the line held. Russian commanders told Vladimir Putin in November that their troops had captured Kupiansk.', 'their', 'Russia'],
  ])('%s: "%s" is %s', (text, mention, name) => {
    const x = run(text);
    const m = x.mentions.find((m) => m.text === mention);
    expect(m, JSON.stringify(x.mentions)).toBeDefined();
    expect(m!.kind).not.toBe('NAME');
    expect(m!.entity).toBe(findEntity(x, name)!.id);
  });

  it('leaves "its" unresolved when the sentence opens with a subject that names no one', () => {
    const x = run('Viv Ansanm seized Mirebalais. The force has been hampered by a lack of funding, and the United States, its main donor, has cut aid.');
    expect(x.mentions.find((m) => m.text === 'its')).toBeUndefined();
    expect(x.relations.filter((r) => r.type === 'BACKS')).toEqual([]);
  });

  it('leaves "it" unresolved after a description that found no referent ("The army says it ...")', () => {
    const x = run('The Kessari Popular Front overran the town of Nandro last month. The army says it will retake Nandro within weeks.');
    expect(x.mentions.find((m) => m.text === 'it')).toBeUndefined();
    expect(x.relations.filter((r) => r.type === 'CAPTURED').map((r) => r.status)).toEqual(['ASSERTED']);
  });

  it('"we" and "my Office" outside quotes are the statement\'s issuer; inside quotes they are not', () => {
    const x = run('The Veldrane Truth Commission opened hearings on Monday. My Office has collected evidence. We are examining the conduct of the Lumara Liberation Front. "We will fight on," the Lumara Liberation Front said.');
    const commission = findEntity(x, 'Veldrane Truth Commission')!.id;
    expect(x.mentions.find((m) => m.text === 'My Office')?.entity).toBe(commission);
    const we = x.mentions.filter((m) => m.text === 'We');
    expect(we.map((m) => m.entity)).toEqual([commission]);
    expect(matches(x, ['INVESTIGATES', 'Veldrane Truth Commission', 'Lumara Liberation Front']), JSON.stringify(x.relations)).toBe(true);
  });

  it('an object "it" is the latest fitting name of its sentence, not a possessor and not its own verb\'s subject', () => {
    const helped = run('The RSF holds Nyala. Turkey has supplied the army with Bayraktar drones, which helped it retake Wad Madani.');
    expect(helped.mentions.find((m) => m.text === 'it')?.entity).toBe('organisation:saf');
    const possessor = run("The RSF holds Nyala. Egypt, which sees the SAF as the guardian of Sudan's state institutions, has supplied it with aircraft.");
    expect(possessor.mentions.find((m) => m.text === 'it')?.entity).toBe('organisation:saf');
    const subject = run('The RSF holds Nyala. The RSF said the army attacked it.');
    expect(subject.mentions.find((m) => m.text === 'it')?.entity).toBe('armed_group:rsf');
  });

  it('an object "it" opening its sentence is the latest fitting name of the one before', () => {
    const x = run("The RSF holds Nyala. Egypt, which sees the SAF as the guardian of Sudan's institutions, has supplied it with aircraft. Turkey has supplied it with drones.");
    expect(x.mentions.filter((m) => m.text === 'it').map((m) => m.entity)).toEqual(['organisation:saf', 'organisation:saf']);
  });

  it('"whose fighters" is no description of its own', () => {
    const x = run('The Houthis hold Sanaa. The UAE arms the Southern Transitional Council (STC), whose fighters took over Aden in 2019.');
    expect(matches(x, ['CAPTURED', 'Southern Transitional Council', 'Aden']), JSON.stringify(x.relations)).toBe(true);
  });

  it('"the town" is a town named earlier in its sentence', () => {
    const x = run('Al-Shabaab attacked Mogadishu again. Mogadishu was hit hard. The militants have not retaken Beledweyne, the regional capital, since Ethiopian troops pushed them out of the town in 2011.');
    expect(x.mentions.find((m) => m.text === 'the town')?.entity).toBe(findEntity(x, 'Beledweyne')!.id);
  });

  it('an object pronoun after a reporting verb is not its speaker', () => {
    const x = run('M23 rebels walked out of the talks. The talks in Doha collapsed after the EU announced sanctions against them.');
    expect(x.mentions.find((m) => m.text === 'them')?.entity).toBe(findEntity(x, 'M23')!.id);
  });

  it('"the capital" is left alone when the text never names the capital, or names it right after', () => {
    for (const text of ['Sudan\'s army retook the capital in March.', 'The Houthis have controlled the capital Sanaa since they seized it.']) {
      const x = run(text);
      expect(x.mentions.filter((m) => m.text === 'the capital'), text).toEqual([]);
    }
  });

  it('"both men" resolves to the two people named last, not to one quoted', () => {
    const x = run('Omar Dalan leads the Kessari Popular Front. Idris Farah commands its northern wing. "We will act," said Under Secretary Brian Nelson. Canada has also sanctioned both men.');
    const ids = x.mentions.filter((m) => m.text === 'both men').map((m) => m.entity).sort();
    expect(ids).toEqual([findEntity(x, 'Idris Farah')!.id, findEntity(x, 'Omar Dalan')!.id].sort());
    expect(x.relations.filter((r) => r.type === 'SANCTIONED').length).toBe(2);
  });

  it('"both sides" resolves to the two warring parties', () => {
    const x = run('M23 rebels clashed with the Congolese army near Goma. Both sides accused each other of abuses.');
    const ids = x.mentions.filter((m) => m.text === 'Both sides').map((m) => m.entity).sort();
    expect(ids).toEqual([findEntity(x, 'M23')!.id, findEntity(x, 'Congolese army')!.id].sort());
  });
});
