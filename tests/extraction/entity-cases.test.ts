import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/core/types.js';
import { findEntity, run } from './helpers.js';

// Entities typed from the gazetteer and from context alone (invented names), and the
// aliases and coreference of cases 34-40 in extraction-cases.md.
const TYPED: [string, string, EntityType][] = [
  // An unlisted state: "the X government", and its demonym's officials.
  ['The Morvesh government has frozen the accounts of three financiers.', 'Morvesh', 'COUNTRY'],
  ['Drusenian officials denied that Drusenia had armed the rebels.', 'Drusenia', 'COUNTRY'],
  // Designated a terrorist entity: a group.
  ['New Zealand designated the Proud Boys a terrorist entity in 2022.', 'Proud Boys', 'ARMED_GROUP'],
  // An Arabic group word opens one name, a listed name or a title inside it included.
  ["The Department of State designated Harakat Ansar Allah al-Awfiya and Kata'ib al-Imam Ali.", 'Harakat Ansar Allah al-Awfiya', 'ARMED_GROUP'],
  ["The Department of State designated Harakat Ansar Allah al-Awfiya and Kata'ib al-Imam Ali.", "Kata'ib al-Imam Ali", 'ARMED_GROUP'],
  // A titled person's name ends before "of"; a head of state's realm is a state.
  ['President Talin Varo of Korvesh denies arming the movement.', 'Talin Varo', 'PERSON'],
  ['President Talin Varo of Korvesh denies arming the movement.', 'Korvesh', 'COUNTRY'],
  ['Senator Thomas Smith of Texas spoke on Tuesday.', 'Texas', 'PLACE'],
  // A French elided article inside a hyphenated place name; a named hill or corridor.
  ["Since March, Viv Ansanm has seized Mirebalais and Saut-d'Eau in the Centre department.", "Saut-d'Eau", 'PLACE'],
  ['Israel still holds five positions, including Hamames hill.', 'Hamames hill', 'PLACE'],
  // A demonym's "national" army is the state's; a people's is a rebel one.
  ['February 2022 – The Ezerian National Army (ENA) recaptures the Ikani oilfield.', 'Ezerian National Army', 'ORGANISATION'],
  ['The Kuki National Army (KNA) received weapons from across the border.', 'Kuki National Army', 'ARMED_GROUP'],
  // A description before the name says what it is.
  ['June 2023 – A militia, the Coastal Defence Volunteers (CDV), is formed in the delta.', 'Coastal Defence Volunteers', 'ARMED_GROUP'],
  ['The Community Protection Guards, a vigilante corps, patrol the roads around Shinkafi.', 'Community Protection Guards', 'ARMED_GROUP'],
  // A grouping of states named by its leader is a body of its own.
  ['The Saudi-led coalition carried out air strikes in Marib.', 'Saudi-led coalition', 'ORGANISATION'],
  // In a text on the EU that names no other council, "the Council" is the EU's.
  ['Brussels — The Council today listed two commanders. EU citizens may not fund them.', 'Council of the European Union', 'ORGANISATION'],
  // A listed group glued to a country is its branch there.
  ['The US designated ISIS-Philippines as a Foreign Terrorist Organization.', 'ISIS-Philippines', 'ARMED_GROUP'],
  // A common word opening a sentence stays when the text writes the same two words capitalised mid-sentence.
  ['Shares of Credit Suisse Group rose. Credit Suisse Group said profits fell.', 'Credit Suisse Group', 'ORGANISATION'],
  // The kind said before a name types it.
  ['Australia sanctioned the settler group Hilltop Youth last year.', 'Hilltop Youth', 'ARMED_GROUP'],
  ['Shares of the retail group House of Fraser rose.', 'House of Fraser', 'ORGANISATION'],
  // An army named by no state nor demonym is a rebel one; a state's is not.
  ['The Highland Unity Army (HUA) holds Sirak.', 'Highland Unity Army', 'ARMED_GROUP'],
  ['The United States Army holds Sirak.', 'United States Army', 'ORGANISATION'],
  // A bracketed acronym spells the whole name, across "and" and a listed country.
  ['The UN Mission in Dravonia (UNMID) says it is investigating the shelling.', 'UN Mission in Dravonia', 'ORGANISATION'],
  ["The United States sanctioned the ruling People's Front for Democracy and Justice (PFDJ).", "People's Front for Democracy and Justice", 'ORGANISATION'],
  ['The Eastern Highlands Community has announced travel bans on Joram Tesh.', 'Eastern Highlands Community', 'ORGANISATION'],
  ['Chad\'s army said it had recaptured the islands of Kaiga Kindjiria and Tetewa.', 'Kaiga Kindjiria', 'PLACE'],
  ["The Auditorat Militaire, the Congolese army's prosecution service, has opened a case.", 'Auditorat Militaire', 'ORGANISATION'],
  ['The Special Jurisdiction for Peace (JEP) investigates crimes committed by the FARC.', 'Special Jurisdiction for Peace', 'ORGANISATION'],
  // A dateline's two cities are two places.
  ['BAKU/YEREVAN, Sept 21 – Azerbaijan launched an offensive.', 'Yerevan', 'PLACE'],
  // A group named like its leader is not the leader.
  ['Omar Maute led the siege. Fighters of the Maute group occupied the town hall of Butig.', 'Omar Maute', 'PERSON'],
  ['Omar Maute led the siege. Fighters of the Maute group occupied the town hall of Butig.', 'Maute group', 'ARMED_GROUP'],
  ['In Sinjar, the PKK-linked Sinjar Resistance Units (YBŞ) say they will keep their weapons.', 'Sinjar Resistance Units', 'ARMED_GROUP'],
  // A capital as a party: to a ceasefire, as a source of pressure, turned to.
  ['Oman, which brokered a ceasefire between Washington and the Houthis in May, urged restraint.', 'United States', 'COUNTRY'],
  ['The junta has expelled French troops and turned instead to Moscow.', 'Russia', 'COUNTRY'],
  // Outlets and platforms named in the body are organisations (guide).
  ['In a message on Telegram, the group said its fighters had seized the station.', 'Telegram', 'ORGANISATION'],
  ["The Houthis' Al-Masirah television said the strikes hit Hodeidah.", 'Al-Masirah', 'ORGANISATION'],
  ["Mozambique's attorney general is investigating the killings in Palma.", "Mozambique's attorney general", 'ORGANISATION'],
  ["Indonesia's human rights commission is examining reports of torture.", "Indonesia's human rights commission", 'ORGANISATION'],
  // An unlisted state's army and ministry; a hyphenated modifier is no apposition's head.
  ['The war in Talvessa began in 2021. The Talvessan army says it has recaptured Brescan airfield.', 'Talvessan army', 'ORGANISATION'],
  ['The war in Talvessa began in 2021. The Talvessan army says it has recaptured Brescan airfield.', 'Brescan airfield', 'PLACE'],
  ["The envoy met Korvenna's defence ministry on Monday.", "Korvenna's defence ministry", 'ORGANISATION'],
  ['The Northern Rim Compact, a six-nation regional bloc, met on Monday.', 'Northern Rim Compact', 'ORGANISATION'],
  ["Lebanon's military prosecutor opened an investigation.", "Lebanon's military prosecutor", 'ORGANISATION'],
  ['Fighting resumed near the town of Ketavi on Monday.', 'Ketavi', 'PLACE'],
  // A title word opening a body's name after "X of the" stays in it; an acronym's shape counts once per entity;
  // an unlisted name that owns an army is a state even when place prepositions come with it.
  ['Lawyers of the Special Criminal Court opened an investigation.', 'Special Criminal Court', 'ORGANISATION'],
  ['Troops fortified the hill at Tal al-Ahmar.', 'Tal al-Ahmar', 'PLACE'],
  ['The Council sanctioned backers of the Brotherhood of the Red Dunes (BRD), an armed group. The BRD denies it. The BRD is growing. Analysts fear the BRD.', 'Brotherhood of the Red Dunes', 'ARMED_GROUP'],
  // A small listed place that owns what states own is a state nobody listed (a village called Calvera exists).
  ["Fighting spread across the north of Calvera. Calvera's government blames its neighbour, and the Calveran army has armed a militia.", 'Calvera', 'COUNTRY'],
  // A name's own head word counts once however often it is named; what the text says of it can outweigh it.
  ['The army leans on the Stone Guard, a militia of cattle herders. Rights groups accuse the Stone Guard of burning villages. The Stone Guard denies it. The Stone Guard is growing.', 'Stone Guard', 'ARMED_GROUP'],
  ['Minister for Asia Catherine West said the UK would act.', 'Catherine West', 'PERSON'],
  ['A spokesman for Louisiana State University said he was a candidate.', 'Louisiana State University', 'ORGANISATION'],
  ['The rebels captured three towns in March: Duranne, Halvast and Lessig.', 'Lessig', 'PLACE'],
  ['The rebels captured three towns in March: Duranne, Halvast and Lessig.', 'Duranne', 'PLACE'],
  ['The FBI seized computers and software in the raid.', 'FBI', 'ORGANISATION'],
  ['Hewlett Packard (HP) said on Tuesday that HP would cut jobs. HP shares fell.', 'Hewlett Packard', 'ORGANISATION'],
  ['The army pushed fighters of the Mahmuda group out of Gwanara. Mahmuda seized the post in April.', 'Mahmuda', 'ARMED_GROUP'],
  ['The Ketavi Liberation Army (KLA) seized Nandro. The KLA is growing. The KLA recruits. The KLA taxes traders. Analysts fear the KLA.', 'Ketavi Liberation Army', 'ARMED_GROUP'],
  ['Missiles found near Nandro came from a batch sold to Vintmark\'s army in 2021. Officials in Brennholt, Vintmark\'s capital, deny it. Camps inside Vintmark are growing.', 'Vintmark', 'COUNTRY'],
  ['The sanctions were coordinated with the Unidad de Inteligencia Financiera (UIF).', 'Unidad de Inteligencia Financiera', 'ORGANISATION'],
  // A plural place noun after a list types each name; a death squad is an armed group.
  ['Troops pushed the rebels out of the Ketavi and Nandro areas.', 'Nandro', 'PLACE'],
  ['Troops pushed the rebels out of the Ketavi and Nandro areas.', 'Ketavi', 'PLACE'],
  ['The mayor paid the Tarvo Death Squad and gave it lists of names.', 'Tarvo Death Squad', 'ARMED_GROUP'],
  // What fighters retreat or withdraw from is a place.
  ['The rebels retreated from Ketavi after two days of fighting.', 'Ketavi', 'PLACE'],
  // "the X military" with the country's name is its army (guide rule 3).
  ['The company supplied jet fuel to the Myanmar military.', 'Myanmar military', 'ORGANISATION'],
  // A known name opening with a lower-case word is one mention, not two ("al Qaeda", not also "Qaeda").
  ['Jihadists linked to al Qaeda attacked the town.', 'al Qaeda', 'ARMED_GROUP'],
  // A state nobody listed, named as a government or republic; a bracketed acronym past a known one's dash.
  ['The Government of Tavaria set up a commission of inquiry.', 'Tavaria', 'COUNTRY'],
  // A body named with "the" that seizes towns is an armed group, whatever its words.
  ['The Sons of the Valley seized the town of Velmo last month.', 'Sons of the Valley', 'ARMED_GROUP'],
  // ... and so is one a description in the next sentences calls a militia, with only places between.
  ['When the Sons of the Valley first appeared in the hills above Karsk, they were a few dozen farmers. Today the militia fields thousands of fighters.', 'Sons of the Valley', 'ARMED_GROUP'],
  ["The Tavarian People's Liberation Front (TPLF-T) seized Merabi.", 'TPLF-T', 'ARMED_GROUP'],
  // A site "in" a two-word name: a place before a person's shape.
  ['The rebels said they had seized a base in Tarvo Keshet, close to the border.', 'Tarvo Keshet', 'PLACE'],
  ['Fighters took Ndara, a town in Velmo Dassin zone, after a day of fighting.', 'Velmo Dassin', 'PLACE'],
  ['The group is active around the Kouro Bardai goldfields on the border.', 'Kouro Bardai', 'PLACE'],
  ['The club found a willing backup choice in Tomas Derrin. The low-key Derrin said he was happy.', 'Tomas Derrin', 'PERSON'],
  ['Rebels said they had seized a base in Tarvo-Keshet, close to the border.', 'Tarvo-Keshet', 'PLACE'],
  ['Drones struck targets in the Kelmar Dassa highlands overnight.', 'Kelmar Dassa', 'PLACE'],
  // A spelling variant of a small town abroad ("Musoma", Tanzania) is not the town the text names.
  ['Insurgents overran the police post in Mussoma, a village in northern Mozambique, on Sunday.', 'Mussoma', 'PLACE'],
  // A one-word place (hyphens and all) after a role starts a person's name.
  ['Human Rights Watch researcher Jean-Baptiste Gallopin documented the attacks.', 'Jean-Baptiste Gallopin', 'PERSON'],
  // One hyphenated word is no person's two-word shape.
  ['The UN said soldiers had executed captured rebels in Kessa-Dimbo last week.', 'Kessa-Dimbo', 'PLACE'],
  // "in A and B": the preposition holds for each name of the list.
  ['Investigators documented the killings in Serako and Dambiru in February.', 'Dambiru', 'PLACE'],
  // An apposition that calls a name a militia outweighs its head noun ("Guard", "Union").
  ['The Dorvan Home Guard, a militia raised by local chiefs, attacked the village.', 'Dorvan Home Guard', 'ARMED_GROUP'],
  ['The Union of Velmar Tribes, a militia that fought alongside the army, now mans checkpoints.', 'Union of Velmar Tribes', 'ARMED_GROUP'],
  // A list after a plural place noun: every name in it is a place.
  ['Troops recaptured the villages of Kamor Vessit and Dalen Ruvo on Sunday.', 'Dalen Ruvo', 'PLACE'],
  // A weekday after a name dates the sentence.
  ['Talks resumed at Halvor Castle Tuesday after a week.', 'Halvor Castle', 'PLACE'],
  // A hyphenated modifier before the apposition's head noun.
  ['Ketavi, a gold-mining town of 40,000 people, fell on Tuesday.', 'Ketavi', 'PLACE'],
  ['Talks went on. Velcor, a Franco-Belgian group, confirmed the merger.', 'Velcor', 'ORGANISATION'],
  ['The Lumara Liberation Front said it would keep fighting.', 'Lumara Liberation Front', 'ARMED_GROUP'],
  ['The Lumara Liberation Front receives weapons and cash from neighbouring Osra.', 'Osra', 'COUNTRY'],
  ['Local activist Fiston Misona said the army had left.', 'Fiston Misona', 'PERSON'],
  ['Also designated are Horizon Sands General Trading LLC and Kapella Aero Services FZE.', 'Kapella Aero Services FZE', 'ORGANISATION'],
  ['Regulators fined Norvale Crest Holdings and Bluewater Aviation Leasing on Tuesday.', 'Norvale Crest Holdings', 'ORGANISATION'],
  ['Regulators fined Norvale Crest Holdings and Bluewater Aviation Leasing on Tuesday.', 'Bluewater Aviation Leasing', 'ORGANISATION'],
  ['The Government of Rwanda denied the report.', 'Rwanda', 'COUNTRY'],
  ['Congolese President Felix Tshisekedi met the envoy.', 'Felix Tshisekedi', 'PERSON'],
  ['Miners left the Bisie tin mine after the attack.', 'Bisie tin mine', 'PLACE'],
  ['Shares in Alphamin Resources fell after the attack.', 'Alphamin Resources', 'ORGANISATION'],
  ['Dozens fled to Kavumu, a farming village north of the lake.', 'Kavumu', 'PLACE'],
  ['Marta Velasquez, a militia leader, was arrested in the north.', 'Marta Velasquez', 'PERSON'],
  ['The Tazeri Democratic Movement claimed the attack.', 'Tazeri Democratic Movement', 'ARMED_GROUP'],
  // A known name opening with a particle ("del Norte") goes on the company name before it.
  ['OFAC is also designating Grupo Minero del Norte, a mining company owned by the cartel.', 'Grupo Minero del Norte', 'ORGANISATION'],
  // A sentence-initial name ending in Force: its other words type it.
  ['The Korvani Civilian Task Force lost 30 members in April.', 'Korvani Civilian Task Force', 'ARMED_GROUP'],
  ['The Korvani Joint Task Force said it had killed 20 fighters.', 'Korvani Joint Task Force', 'ORGANISATION'],
  ['The Norvale Mining Company suspended work at its site.', 'Norvale Mining Company', 'ORGANISATION'],
  ['Humanitarian groups, including Doctors Without Borders, voiced concern.', 'Doctors Without Borders', 'ORGANISATION'],
  ['The M23 rebels claimed the town.', 'M23', 'ARMED_GROUP'],
  ['Troops crossed into North Kivu province overnight.', 'North Kivu', 'PLACE'],
  // A demonym opening a body's name after "The" belongs to it.
  ['The Ethiopian Human Rights Commission said it would investigate.', 'Ethiopian Human Rights Commission', 'ORGANISATION'],
  ['Tarek Megerisi, a specialist at the European Council on Foreign Relations, said so.', 'European Council on Foreign Relations', 'ORGANISATION'],
  ["The army's media wing, Inter-Services Public Relations (ISPR), said 12 militants were killed.", 'Inter-Services Public Relations', 'ORGANISATION'],
  ['The civil war ended with the fall of Bashar al-Assad in December.', 'Bashar al-Assad', 'PERSON'],
  // A title before a name that modifies a noun describes the noun: "former Karabakh officials".
  ['Prosecutors charged Ruben Vardanyan and 15 former Karabakh officials with war crimes.', 'Karabakh', 'PLACE'],
  ['U.N. experts said the fighting had spread.', 'United Nations', 'ORGANISATION'],
  // A possessive joins an institution's name after an office holder's title only.
  ["Ukraine's Prosecutor General's Office opened a case.", "Prosecutor General's Office", 'ORGANISATION'],
  ["The Department of the Treasury's Office of Foreign Assets Control listed them.", 'Office of Foreign Assets Control', 'ORGANISATION'],
  ["The Department of the Treasury's Office of Foreign Assets Control listed them.", 'Department of the Treasury', 'ORGANISATION'],
  ["Veldrane's Office of Financial Oversight fined the bank.", 'Office of Financial Oversight', 'ORGANISATION'],
  ["Germany's Federal Prosecutor's Office is investigating war crimes in Ukraine.", "Federal Prosecutor's Office", 'ORGANISATION'],
  ['Defence Minister Israel Katz said the strikes would go on.', 'Israel Katz', 'PERSON'],
  // "Accord" heads a treaty's name, not a government's: the head is the word before "of".
  ['Turkey backs the Government of National Accord in Tripoli.', 'Government of National Accord', 'ORGANISATION'],
  ['Settlers attacked Wadi al-Seeq on Friday.', 'Wadi al-Seeq', 'PLACE'],
  ['OFAC also designated Transportes Ribera Chapala, which owns the trucks.', 'Transportes Ribera Chapala', 'ORGANISATION'],
  ['Fuel was stolen from Petróleos Mexicanos pipelines.', 'Petróleos Mexicanos', 'ORGANISATION'],
  ['Fighting spread in the North-West and South-West regions of Cameroon.', 'North-West', 'PLACE'],
  ['The UK Foreign, Commonwealth & Development Office sanctioned five men.', 'Foreign, Commonwealth and Development Office', 'ORGANISATION'],
  ['The UK Foreign, Commonwealth & Development Office sanctioned five men.', 'United Kingdom', 'COUNTRY'],
  // More capitals that stand for their governments.
  ['Kataib Hezbollah denies receiving money from Tehran.', 'Iran', 'COUNTRY'],
  ['In the east, Haftar has moved closer to Moscow.', 'Russia', 'COUNTRY'],
  ['The GNU still hosts Turkish advisers, and Ankara now trains its forces.', 'Turkey', 'COUNTRY'],
  ['North Korea has shipped millions of artillery shells to Moscow.', 'Russia', 'COUNTRY'],
  ['Iran denies arming Moscow for the war in Ukraine.', 'Russia', 'COUNTRY'],
  // A possessive capital speaks for its state, even where the tagger reads the noun as a verb; not before a name of its own.
  ["The Arakan Army has ignored Beijing's calls to stop its advance.", 'China', 'COUNTRY'],
  ["Tokyo's Nikkei average fell 2 percent.", 'Tokyo', 'PLACE'],
  // Addressed ("asked Kigali to", "warned Baghdad that", "urged Baghdad and the KRG to"), quoted, pressing.
  ['President Daniel Chapo has asked Kigali to keep its troops in the province.', 'Rwanda', 'COUNTRY'],
  ['American officials have warned Baghdad that Rafidain Bank could be sanctioned.', 'Iraq', 'COUNTRY'],
  ['Residents urged Baghdad and the Kurdistan Regional Government to press Turkey.', 'Iraq', 'COUNTRY'],
  ['Government spokesman Wilfried Houngbedji says Cotonou "will not negotiate with terrorists".', 'Benin', 'COUNTRY'],
  ['Russian forces took two villages, as Moscow presses an offensive.', 'Russia', 'COUNTRY'],
  ['The militia called the operation "a gift to Ankara".', 'Ankara', 'PLACE'],
  ["A bomber struck an entrance to Baghdad's Green Zone on Tuesday.", 'Baghdad', 'PLACE'],
  ['The gangs are led by Renald "Ti Bwa" Matisse, the council said.', 'Renald Matisse', 'PERSON'],
  ['ICC Prosecutor Karim A.A. Khan said the court was investigating.', 'Karim A.A. Khan', 'PERSON'],
  // Capitals that stand for their governments.
  ['Neither Riyadh nor Abu Dhabi has shown much appetite for an offensive.', 'Saudi Arabia', 'COUNTRY'],
  ['The United States gave Kyiv more than $60 billion in military aid.', 'Ukraine', 'COUNTRY'],
  ['Iran resumed arms deliveries after restoring diplomatic relations with Khartoum.', 'Sudan', 'COUNTRY'],
  ['The council called on Washington and Paris to press Israel to accept a ceasefire.', 'France', 'COUNTRY'],
  ['The juntas in Bamako, Ouagadougou and Niamey expelled French troops.', 'Burkina Faso', 'COUNTRY'],
  ['GAZA (Reuters) - A senior Hamas leader survived.', 'Gaza', 'PLACE'],
  // A short place name in capitals opening a dateline is the listed place, not an acronym.
  ['KYIV, Dec 28 – Russian forces attacked the city.', 'Kyiv', 'PLACE'],
  // Letters beyond wink's alphabet stay inside their words.
  ['The Council listed Dumitru Țurcanu, who recruited protesters in Chișinău.', 'Dumitru Țurcanu', 'PERSON'],
  ['The Council listed Dumitru Țurcanu, who recruited protesters in Chișinău.', 'Chisinau', 'PLACE'],
  ['Bandits crossed from neighbouring Zamfara state.', 'Zamfara', 'PLACE'],
  // A state's government named by its demonym is the state (guide rule 2).
  ['The Australian Government has imposed sanctions on Joseph Banda.', 'Australia', 'COUNTRY'],
  ['Kinshasa blamed Kigali.', 'Rwanda', 'COUNTRY'],
  ['Kyiv has urged its Western allies to impose new sanctions on Pyongyang.', 'North Korea', 'COUNTRY'],
  ['Washington and Brussels have since sanctioned several commanders.', 'European Union', 'ORGANISATION'],
  // A person and a company joined by "and" are two names; "Tata Iron and Steel Company Ltd." is one.
  ['The UK designated Kim Yong Bok and Korea Paekho Trading Corporation.', 'Korea Paekho Trading Corporation', 'ORGANISATION'],
  ['The UK designated Kim Yong Bok and Korea Paekho Trading Corporation.', 'Kim Yong Bok', 'PERSON'],
  ['Shares of Tata Iron and Steel Company Ltd. rose.', 'Tata Iron and Steel Company Ltd.', 'ORGANISATION'],
  ['The plan has provoked a furious response from Jakarta, which says it breaks the law.', 'Indonesia', 'COUNTRY'],
  ["The Maoists' People's Liberation Guerrilla Army lost 31 fighters.", "People's Liberation Guerrilla Army", 'ARMED_GROUP'],
  ['The deployment threatens security in Europe and in the Indo-Pacific.', 'Indo-Pacific', 'PLACE'],
  ['The Multilateral Sanctions Monitoring Team is examining reports.', 'Multilateral Sanctions Monitoring Team', 'ORGANISATION'],
  ['The Defensoría del Pueblo said 300 families had fled.', 'Defensoría del Pueblo', 'ORGANISATION'],
  ['In January Britain added Pinnacle Aero Supply, a firm in Singapore.', 'Pinnacle Aero Supply', 'ORGANISATION'],
  ['Thai troops shelled the Ta Krabey temple on Friday.', 'Ta Krabey temple', 'PLACE'],
  ['The army hired Blackfen Security, a private military company whose contractors fly its helicopters.', 'Blackfen Security', 'ARMED_GROUP'],
  // An article opening a sentence does not make the capitalised words after it ordinary.
  ['The Community Watch Corps, a vigilante militia, retook the village.', 'Community Watch Corps', 'ARMED_GROUP'],
  // A name opening its sentence keeps an ordinary first word when an apposition follows; a role does not join a first name.
  // (A private military company that sends fighters is an armed group, eval/GUIDE.md.)
  ['Strand Security Group, a private military company, has sent about 300 fighters.', 'Strand Security Group', 'ARMED_GROUP'],
  ['Musician Brian Eno, who has been turning ideas into music, is writing software.', 'Brian Eno', 'PERSON'],
  ['In return, Russia has provided Pyongyang with air-defence systems.', 'North Korea', 'COUNTRY'],
  ['The Treasury sanctioned Al-Qard al-Hassan, a Hezbollah-run lender, in 2007.', 'Al-Qard al-Hassan', 'ORGANISATION'],
  ["Lebanon's central bank said it was examining the exchange's accounts.", "Lebanon's central bank", 'ORGANISATION'],
  // A participle apposition with its agent, "nearby X", and a state's apposition.
  ['Ketavi, seized by the Lumara Liberation Front in January, remains cut off.', 'Ketavi', 'PLACE'],
  ['The Lumara Liberation Front seized Ketavi and nearby Dassa on Monday.', 'Dassa', 'PLACE'],
  ['Velmar, a neighbouring state, has denied arming the Lumara Liberation Front.', 'Velmar', 'COUNTRY'],
  ['Sokoto, a northern state, was hit by floods.', 'Sokoto', 'PLACE'],
  ['The rebels crossed from Velmar, whose army has massed troops on the border.', 'Velmar', 'COUNTRY'],
  ["Velmar's foreign ministry summoned the ambassador.", 'Velmar', 'COUNTRY'],
  ['Dalia Fenn, a Velmar national, procured weapons for the Kessari Popular Front.', 'Velmar', 'COUNTRY'],
  ['Velmar-backed rebels seized Ketavi.', 'Velmar', 'COUNTRY'],
  ["Strikes hit branches of Al-Qard al-Hassan, the association that serves as Hezbollah's bank.", 'Al-Qard al-Hassan', 'ORGANISATION'],
  // A capital that is taken is the city, even when a clause follows.
  ['Hayat Tahrir al-Sham and its allies seized Damascus and Assad fled to Moscow.', 'Damascus', 'PLACE'],
  ['The Muslim Brotherhood said it would take part.', 'Muslim Brotherhood', 'ORGANISATION'],
  ['Vadim Cebotari financed the Victorie bloc.', 'Victorie', 'ORGANISATION'],
  // An unlisted state named by its own demonym before a state's noun.
  ['Fighting raged in Kaldera. The Kalderan Armed Forces said they had retaken Ketavi.', 'Kaldera', 'COUNTRY'],
  ['SAUVELLE, Vardessa, April 9 - Rebels seized Bremaz. Vardessan troops withdrew.', 'Vardessa', 'COUNTRY'],
  ['Arambai Tenggol, a Meitei militia, fought Kuki armed groups.', 'Arambai Tenggol', 'ARMED_GROUP'],
  ['An investigation by the UN into the Ketavi massacre found that soldiers were responsible.', 'Ketavi', 'PLACE'],
  // A one-word name owning a government is a state, unless it is a person's surname.
  ["The militia receives weapons from Orumbe. Orumbe's government denies arming the Sentinels of Hadra.", 'Orumbe', 'COUNTRY'],
  ["Bashar al-Assad fled to Moscow. Assad's government had armed Hezbollah.", 'Bashar al-Assad', 'PERSON'],
  ['The Lumara Liberation Front, long backed by Velmar, seized Ketavi.', 'Velmar', 'COUNTRY'],
  ['Velmar, which shares a long border with Kaldera, has denied supplying the group with weapons.', 'Velmar', 'COUNTRY'],
  ['The STC wants to keep the separatists out of Hadramawt, which shares a long border with the kingdom.', 'Hadramawt', 'PLACE'],
  // An apposition after a bracketed acronym.
  ['The Kessari Popular Front (KPF), a Velmar-backed militia, attacked Ketavi.', 'Kessari Popular Front', 'ARMED_GROUP'],
];

describe('a company named with and without its legal form', () => {
  it('is one entity', () => {
    const x = run('OFAC designated Orso Trading on Monday. Orso Trading LLC is owned by Tavo Merek.');
    expect(x.entities.filter((e) => e.type === 'ORGANISATION').map((e) => e.name).sort()).toEqual(['Office of Foreign Assets Control', 'Orso Trading LLC']);
  });
});

describe('an institution every state has, named through its state', () => {
  it('keeps the state in its name, for the later bare mention too, so two states\' courts stay apart', () => {
    const a = run("Tajikistan's Supreme Court banned the group in 2015. The Supreme Court called it a danger.");
    const court = a.entities.filter((e) => e.type === 'ORGANISATION');
    expect(court.map((e) => [e.name, e.aliases])).toEqual([["Tajikistan's Supreme Court", []]]);
    expect(a.mentions.filter((m) => m.entity === court[0]!.id).map((m) => m.text)).toEqual(expect.arrayContaining(['Supreme Court']));
    expect(a.mentions.filter((m) => m.entity === court[0]!.id).length).toBeGreaterThanOrEqual(2);
    const b = run("Kenya's Supreme Court upheld the ruling.");
    expect(b.entities.find((e) => e.type === 'ORGANISATION')?.id).not.toBe(court[0]!.id);
  });
  it('leaves a longer name as it is', () => {
    const x = run("Norway's National Criminal Investigation Service opened a case.");
    expect(x.entities.map((e) => e.name)).toContain('National Criminal Investigation Service');
  });
});

describe('entity typing', () => {
  it.each(TYPED)('%s -> %s is %s', (text, name, type) => {
    const x = run(text);
    const e = findEntity(x, name);
    expect(e, `no entity "${name}" in ${JSON.stringify(x.entities.map((e) => [e.name, e.type]))}`).toBeDefined();
    expect(e!.type).toBe(type);
  });
});

describe('not entities by themselves', () => {
  it.each([
    ['Recent violence has drawn international attention in January.', ['Recent', 'January']],
    ['“Our Congolese army is no longer fighting,” she said.', ['Our Congolese', 'Our']],
    ["The PMF, an umbrella of mostly Shi'ite militias, was formed in 2014.", ["Shi'ite"]],
    ['International attention has turned to the crisis on Saturday.', ['International', 'Saturday']],
    ['Following the advance, talks stalled.', ['Following']],
    ["The Department of the Treasury's Office of Foreign Assets Control listed them.", ["'s Office of Foreign Assets Control", "Department of the Treasury's Office of Foreign Assets Control"]],
    ['Gulf officials said the talks had stalled.', ['Gulf', 'Gulf Province']],
    ['Washington redesignated the Houthis as a Foreign Terrorist Organization in March.', ['Foreign Terrorist Organization']],
    ['He flew from Nairobi to Moscow on Monday.', ['Russia']],
    ['Neither camp has a majority.', ['Neither camp', 'Neither']],
    ['The group pushed the Ketavi Front, a Tuareg militia, out of the town.', ['Tuareg']],
    ['13:20 GMT — Fighting resumed in Ketavi.', ['GMT']],
    ['Separatists captured Ntarinkon, a neighbourhood of Bamenda.', ['Separatists']],
    ['The White Army, a loose militia of armed Nuer youths, besieged the town.', ['Nuer', 'Nuer Zone']],
    ['Canada, under its Special Economic Measures (Burma) Regulations, is listing two firms.', ['Economic Measures', 'Special Economic Measures']],
    ['Minister for Asia Catherine West said the UK would act.', ['Asia Catherine West', 'Asia']],
    ['Mr President, I address the Council today.', ['President', 'Mr President']],
    ['OFAC designated Combustibles del Bajio Occidente, S.A. de C.V., on Monday.', ['S.A. de C.V.', 'S.A.']],
    ['ICC Prosecutor Karim A.A. Khan said the court was investigating.', ['Arakan Army', 'Karim']],
    ['Defence Minister Israel Katz said the strikes would go on.', ['Israel']],
    // Agencies of datelines and bylines (guide rule 8), and not as a place's acronym.
    ['GOMA, Congo (AP) — Rebels seized the town.', ['AP']],
    ['Company Wins Grant (AP). AP - A company founded by a chemist won a grant.', ['AP']],
    ['KABUL (Reuters) - The Taliban said on Monday they would talk.', ['Reuters']],
  ])('%s', (text, junk) => {
    const x = run(text);
    for (const j of junk) expect(x.entities.map((e) => e.name)).not.toContain(j);
  });
});

describe('a bare "Treasury"', () => {
  it.each([
    ['WASHINGTON - OFAC sanctioned two firms on Monday. Treasury also designated Omar Hadi.', 'organisation:us-treasury'],
    ['LONDON - Britain sanctioned two firms on Monday. The Treasury said their assets were frozen.', 'organisation:hm-treasury'],
  ])('%s', (text, id) => {
    const x = run(text);
    expect(x.mentions.find((m) => m.text === 'Treasury')?.entity).toBe(id);
  });
});

describe('aliases and coreference (cases 34-40)', () => {
  it('34: DR Congo variants are one country, the Republic of the Congo another', () => {
    const x = run('The Democratic Republic of the Congo (DRC) accused Kigali. DR Congo and the DRC are one. Congo borders the Republic of the Congo.');
    const drc = findEntity(x, 'DR Congo');
    expect(drc?.id).toBe('country:COD');
    expect(findEntity(x, 'Republic of the Congo')?.id).toBe('country:COG');
    expect(x.mentions.filter((m) => m.entity === 'country:COD').length).toBeGreaterThanOrEqual(4);
  });
  it('35: an acronym defined in brackets and "the group" are the coalition', () => {
    const x = run('Alliance Fleuve Congo (AFC), the coalition that includes M23, met in Goma. The group said talks had failed.');
    const afc = findEntity(x, 'Alliance Fleuve Congo');
    expect(afc).toBeDefined();
    expect(findEntity(x, 'AFC')?.id).toBe(afc!.id);
    const group = x.mentions.find((m) => m.text === 'The group');
    expect(group?.kind).toBe('NOMINAL');
  });
  it('36: full name, surname and "the Congolese president" are one person', () => {
    const x = run('Felix Tshisekedi met the envoy in Kinshasa. Tshisekedi said the talks went well. Later the Congolese president flew to Luanda.');
    const p = findEntity(x, 'Felix Tshisekedi');
    expect(p?.type).toBe('PERSON');
    expect(x.mentions.filter((m) => m.entity === p!.id).map((m) => m.text)).toEqual(expect.arrayContaining(['Felix Tshisekedi', 'Tshisekedi']));
  });
  it('37: the Congolese army, FARDC and Congolese forces are one organisation', () => {
    const x = run('The Congolese army retreated. FARDC commanders blamed the rain. Congolese forces later regrouped.');
    const ids = new Set(x.mentions.filter((m) => /army|FARDC|forces/.test(m.text)).map((m) => m.entity));
    expect(ids.size).toBe(1);
    expect(x.entities.find((e) => ids.has(e.id))?.type).toBe('ORGANISATION');
  });
  it('38: U.N., UN and United Nations are one; its councils are others', () => {
    const x = run('The U.N. said the UN would help. The United Nations agreed. The UN Security Council and the U.N. Human Rights Council met.');
    const un = findEntity(x, 'United Nations')!;
    expect(x.mentions.filter((m) => m.entity === un.id).length).toBe(3);
    expect(findEntity(x, 'UN Security Council')!.id).not.toBe(un.id);
    expect(findEntity(x, 'U.N. Human Rights Council')!.id).not.toBe(un.id);
  });
  it('36: a surname opened by an Arabic particle is the person named in full', () => {
    const x = run('Khaled al-Ali can see the hill. "We used to walk up there," said al-Ali, 61, pointing at the hill.');
    expect(x.entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.aliases])).toEqual([['Khaled al-Ali', ['al-Ali']]]);
  });
  it('39: a role before a name is not part of it', () => {
    const x = run('Local activist Fiston Misona said the army had gone.');
    expect(x.entities.map((e) => e.name)).toContain('Fiston Misona');
  });
});

describe('state armed forces and mercenaries named in French or Spanish, or by kind', () => {
  it.each([
    ['The Forces Armées Sarvenaises (FAS) recaptured Kalemba.', 'Forces Armées Sarvenaises', 'ORGANISATION'],
    ['The Fuerzas Armadas Revolucionarias de Colombia seized the town.', 'FARC', 'ARMED_GROUP'],
    ['Fighters of the private military company Bastion Eagle Services killed 12 civilians.', 'Bastion Eagle Services', 'ARMED_GROUP'],
    ['The United States and Australia list Daulah Tarsaniyah as a terrorist group.', 'Daulah Tarsaniyah', 'ARMED_GROUP'],
    // A name placed in a named place, or apposed to a kind of area, is a place.
    ['Moqokori, in Hiiraan, fell to al-Shabaab a week later.', 'Moqokori', 'PLACE'],
    // An apposition with no article naming a plural of fighters; not a gerund's object.
    ['In Ngoude, members of the Comites de Vigilance du Dalbek (CVD), local self-defence militias that the FAS has armed, went from house to house.', 'Comites de Vigilance du Dalbek', 'ARMED_GROUP'],
    ['Canada sanctioned the Haitian Fuel Company, accusing it of sponsoring gangs, which it denies.', 'Haitian Fuel Company', 'ORGANISATION'],
    // Volunteers who fight are an armed group; a team of that name is not.
    ['The Kavu Defence Volunteers attacked the town.', 'Kavu Defence Volunteers', 'ARMED_GROUP'],
    ['The Tennessee Volunteers beat Georgia on Saturday.', 'Tennessee Volunteers', 'ORGANISATION'],
    // An unlisted state's army named by its demonym is the state's body, when the text names the state.
    ["The Hadra Movement fought the Belmoran Defence Forces near Belmora's border.", 'Belmoran Defence Forces', 'ORGANISATION'],
    ['The Kuki National Army attacked a village in Manipur.', 'Kuki National Army', 'ARMED_GROUP'],
    // People killed at a name were somewhere; "Jamaat" opens a group's name, a listed one inside it included.
    ['The strike killed 16 fishermen at Dogon Baga Kari, on the shore of the lake.', 'Dogon Baga Kari', 'PLACE'],
    ['Jamaat Ansarullah, a small jihadist group, was banned by the court.', 'Jamaat Ansarullah', 'ARMED_GROUP'],
    // "the stronghold of X's forces": the forces' owner, not the place.
    ['Gharyan was long the stronghold of Khalifa Haftar\'s forces.', 'Khalifa Haftar', 'PERSON'],
    // An age in the apposition is a person's; so is the speaker named after a quotation's verb.
    ['"We have nowhere to go," said Espérance Namegabe, a 41-year-old fish trader. At the port, Namegabe counts her takings.', 'Espérance Namegabe', 'PERSON'],
    ['"The water is gone," said Tavi Oruma. The herders left.', 'Tavi Oruma', 'PERSON'],
    // A body named for its task; a lower-case particle inside a person's name.
    ['The Committee to Protect Journalists said it was looking into the death.', 'Committee to Protect Journalists', 'ORGANISATION'],
    ['The court is also examining the role of Senator Ronald dela Rosa, who led the police.', 'Ronald dela Rosa', 'PERSON'],
    // Two companies joined by "and" stay two; a prosecution service is a body.
    ['The companies are Thura Petroleum Services and Golden Lotus Energy, which import the fuel.', 'Golden Lotus Energy', 'ORGANISATION'],
    ["Kosovo's Special Prosecution is still investigating the attack.", "Kosovo's Special Prosecution", 'ORGANISATION'],
    // Names listed after a plural kind take the kind.
    ['Britain has threatened to sanction the oil companies Rosneft and Lukoil.', 'Lukoil', 'ORGANISATION'],
    ['OFAC designated the gangs Gran Grif and Kraze Baryè.', 'Kraze Baryè', 'ARMED_GROUP'],
    // A feature named with its kind first.
    ['Families spent the night on the shore of Lake Tanganyika.', 'Lake Tanganyika', 'PLACE'],
    ['Sinune is a town on the northern side of Mount Sinjar.', 'Mount Sinjar', 'PLACE'],
    ['Settlers attacked villages in the West Bank.', 'West Bank', 'PLACE'],
    ['The army withdrew to Fort Ayode.', 'Fort Ayode', 'PLACE'],
    // A faith's or a people's own force is an armed group.
    ['Damascus accused Israel of arming the Suwayda National Guard, a Druze force formed in August.', 'Suwayda National Guard', 'ARMED_GROUP'],
    ['Fighters of Ahrar al-Sharqiya attacked Bint Jbeil, and the Inter-Services Intelligence denied it.', 'Ahrar al-Sharqiya', 'ARMED_GROUP'],
    ['Fighters of Ahrar al-Sharqiya attacked Bint Jbeil, and the Inter-Services Intelligence denied it.', 'Bint Jbeil', 'PLACE'],
    ['Fighters of Ahrar al-Sharqiya attacked Bint Jbeil, and the Inter-Services Intelligence denied it.', 'Inter-Services Intelligence', 'ORGANISATION'],
    // A listed place's name after a person's title is the person's ("Pedro Sánchez" is also a Dominican town).
    ['Defence Minister Pedro Sánchez promised to retake Campo Dos.', 'Pedro Sánchez', 'PERSON'],
    // A court's chamber and a state's embassy are bodies.
    ['Judges of the ICC said the Appeals Chamber upheld the warrant.', 'Appeals Chamber', 'ORGANISATION'],
    ['The Russian embassy in Bamako declined to comment.', 'Russian embassy', 'ORGANISATION'],
    ['Prosecutors are investigating the killings in Alto Punino, the remote mining area where the patrol was attacked.', 'Alto Punino', 'PLACE'],
  ])('%s', (text, name, type) => {
    expect(run(text).entities.find((e) => e.name === name)?.type).toBe(type);
  });
});

describe('a demonym used as an adjective', () => {
  it('does not join a state to the army named after its demonym', () => {
    const x = run("The fall of Kessaria's second city shocked the capital. Contractors have fought alongside the Kessarian National Army (KNA). It was their men, not Kessarian soldiers, who retook the mine.");
    const army = x.entities.find((e) => e.name === 'Kessarian National Army');
    expect(army?.type).toBe('ORGANISATION');
    expect(army?.aliases).not.toContain('Kessaria');
  });
});

describe("a body named after its parent's name", () => {
  it('keeps the name without "U.N." as an alias', () => {
    const x = run('The U.N. Independent International Commission of Inquiry on Ukraine says it is investigating.');
    expect(x.entities[0]?.aliases).toContain('Independent International Commission of Inquiry on Ukraine');
  });
});

describe('a name after "the"', () => {
  it('is no person by its shape alone', () => {
    const x = run("Mali's anti-terrorism prosecutor, the Pôle Judiciaire Spécialisé, said it had opened an investigation.");
    expect(x.entities.find((e) => e.name === 'Pôle Judiciaire Spécialisé')?.type).not.toBe('PERSON');
  });
});

describe('an acronym defined in brackets', () => {
  it('is the name the text gives it, not a listed body with the same letters', () => {
    const x = run('Intel showed the chip at the Intel Developer Forum (IDF) in San Francisco.');
    expect(x.entities.map((e) => e.name)).not.toContain('Israel Defense Forces');
  });
  it('stays the listed body when the text also names that body in full', () => {
    const x = run('The Kenya Defence Forces (KDF) said the Kazaran Defence Front had withdrawn. The KDF patrols the border.');
    expect(x.entities.find((e) => e.aliases.includes('KDF'))?.name).toBe('Kenya Defence Forces');
  });
  it('spells a French name whose later words are in lower case', () => {
    const x = run('The Mouvement pour la renaissance du Nord (MRN) said it controlled the mine.');
    expect(x.entities.find((e) => e.aliases.includes('MRN'))).toMatchObject({ name: 'Mouvement pour la renaissance du Nord', type: 'ARMED_GROUP' });
  });
  it('does not make a name of ordinary English words before it', () => {
    const x = run('A rally in Japanese government bond (JGB) prices helped the market.');
    expect(x.entities.map((e) => e.name)).not.toContain('Japanese government bond');
  });
});

describe('a body whose name goes on past a listed one', () => {
  it('is its own body: "Department of State Services" is not the Department of State', () => {
    const x = run('The Department of State Services said it had arrested two men in Sokoto.');
    expect(x.entities.map((e) => e.name)).toContain('Department of State Services');
  });
});

describe('words that name nobody', () => {
  it.each([
    // Words that never name alone name nothing together, nor does a people named by its faith.
    ['The militants recruited Malay Muslims from the south. Central Asian fighters joined the Lumara Liberation Front.', ['Lumara Liberation Front']],
    // A sanctions category, written out or as an acronym.
    ['Washington designated the group a Foreign Terrorist Organization (FTO) and its leaders as Specially Designated Global Terrorists (SDGTs). The FTO label bars support.', ['United States']],
  ])('%s', (text, names) => {
    expect(run(text).entities.map((e) => e.name)).toEqual(names);
  });
});

describe('an area named with its kind', () => {
  it('keeps "Dalbek province" as an alias of Dalbek', () => {
    const x = run('Fighting spread across Dalbek province, where the Lumara Liberation Front seized the town of Ketavi.');
    const dalbek = x.entities.find((e) => e.name === 'Dalbek');
    expect(dalbek?.type).toBe('PLACE');
    expect(dalbek?.aliases).toContain('Dalbek province');
  });
});

describe('a dateline agency', () => {
  it('is no acronym of the place before it', () => {
    const x = run('GOMA, Congo (AP) — Rebels seized the town of Ketavi.');
    expect(findEntity(x, 'Congo')!.aliases).not.toContain('AP');
  });
});

describe('a description the text has used for a name', () => {
  it('resolves "the rebels" to the group first called rebels, over one named more recently', () => {
    const x = run(
      'Rebels of the Lumara Liberation Front (LLF) killed 30 people in Ketavi. The LLF pledged allegiance to Islamic State in 2019, and Islamic State claimed the attack. Nandro was briefly occupied by the rebels in 2023.',
    );
    const rebels = x.mentions.find((m) => m.text === 'the rebels');
    expect(rebels?.entity).toBe(findEntity(x, 'Lumara Liberation Front')?.id);
    expect(findEntity(x, 'Nandro')?.type).toBe('PLACE');
  });

  it('reads "X, 20 km from Y, was occupied" as a place, not "Vioxx ... was taken off the market"', () => {
    expect(findEntity(run('The LLF attacked. Ketavi, 20 km from Beni, was briefly occupied by the rebels in 2023.'), 'Ketavi')?.type).toBe('PLACE');
    expect(findEntity(run('Vioxx, used by 400,000 Britons, was taken off the market by its US makers.'), 'Vioxx')?.type).not.toBe('PLACE');
  });
});

describe('a capitalised body named again', () => {
  it('reads "The Council today imposed" as the Council named before, past a day word', () => {
    const x = run('Council of the EU – Press release\n\nThe Council today imposed restrictive measures on six individuals.');
    const council = x.mentions.find((m) => m.text === 'The Council');
    expect(council?.entity).toBe(findEntity(x, 'Council of the European Union')?.id);
  });
});

describe('a dateline in capitals', () => {
  it('names the place by its prose form', () => {
    const x = run('KETAVI, Velaria, May 3 (AFP) - The Lumara Liberation Front captured the border town of Ketavi on Saturday.');
    expect(x.entities.map((e) => e.name)).toContain('Ketavi');
    expect(x.entities.map((e) => e.name)).not.toContain('KETAVI');
  });
});

describe("a ruler's surname owning a government", () => {
  it('is no state', () => {
    const x = run("Bashar al-Assad fled to Moscow. Assad's government had armed Hezbollah.");
    expect(x.entities.filter((e) => e.type === 'COUNTRY').map((e) => e.name)).toEqual([]);
  });
});

describe('a name that only modifies the agent', () => {
  it('is no backer', () => {
    const x = run("These masses may be rock formations, supported by Ganymede's icy shell for billions of years.");
    expect(x.entities.filter((e) => e.type === 'COUNTRY')).toEqual([]);
  });
});

describe('a known name opening with a lower-case word', () => {
  it('gives one entity', () => {
    const x = run('Jihadists linked to al Qaeda attacked the town.');
    expect(x.entities.map((e) => e.name)).toEqual(['al-Qaeda']);
  });
});

describe("a known acronym glued to a code", () => {
  it('is another name, not the known one', () => {
    const x = run("The Tavarian People's Liberation Front (TPLF-T) seized Merabi. The TPLF-T said it would hold the town.");
    expect(x.entities.map((e) => e.name)).toEqual(["Tavarian People's Liberation Front", 'Merabi']);
  });
});

describe("a body's first word alone", () => {
  it('is that body when no other body shares the word', () => {
    const x = run("The army hired Vardek Security, a private military company. Vardek's contractors fly its drones.");
    expect(x.entities.map((e) => e.name)).toEqual(['Vardek Security']);
    expect(findEntity(x, 'Vardek')?.name).toBe('Vardek Security');
  });
});
