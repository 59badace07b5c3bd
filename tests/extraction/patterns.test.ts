import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../src/extraction/relations/registry.js';
import { findEntity, matches, run, triples, type Triple } from './helpers.js';

// One table per pattern of the registry, in sentences of our own, each with the relation it
// must give and the pattern that must give it.
const BY_PATTERN: [string, string, Triple][] = [
  ['compound-adjective', 'Iran-backed Houthi fighters fired drones at ships.', ['BACKS', 'Iran', 'Houthis']],
  ['compound-adjective', 'Eritrea-backed fighters of the Lumara Liberation Front seized Ketavi.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['compound-adjective', 'The Houthis, an Iran-backed group, fired drones at ships.', ['BACKS', 'Iran', 'Houthis']],
  ['compound-adjective', 'The SNA is a Turkish-backed coalition of rebel factions.', ['BACKS', 'Turkey', 'Syrian National Army']],
  ['compound-adjective', 'A US-sanctioned financier, Omar Haddad, moved the money.', ['SANCTIONED', 'United States', 'Omar Haddad']],
  ['compound-adjective', 'The EU-sanctioned businessman Omar Dalan funds the Kessari Popular Front.', ['SANCTIONED', 'European Union', 'Omar Dalan']],
  ['compound-adjective', 'Four Iran-aligned militia groups — the Kessari Popular Front, the Velan Resistance Front and the Lumara Liberation Front — attacked.', ['BACKS', 'Iran', 'Lumara Liberation Front']],
  ['compound-adjective', 'The Iran-aligned militia groups Kessari Popular Front and Lumara Liberation Front attacked.', ['BACKS', 'Iran', 'Lumara Liberation Front']],
  ['in-support-of', 'The attack had been carried out by the Kessari Popular Front with the backing of Iran.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['in-support-of', 'The Kessari Popular Front, with the backing of Iran, seized the town of Ketavi.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['in-support-of', 'Forces of the Kessari Popular Front, with military support from Egypt, retook Ketavi in June.', ['BACKS', 'Egypt', 'Kessari Popular Front']],
  ['send-aid', 'Officials have accused the Kessari Popular Front, a faction that broke away from the Velan Resistance Front in 2012, of supplying the Lumara Liberation Front with weapons.', ['BACKS', 'Kessari Popular Front', 'Lumara Liberation Front', 'CLAIMED']],
  ['send-aid', 'Drone strikes, many flown with aircraft that the United Arab Emirates delivered to the Ethiopian army in 2021, have become its main weapon.', ['BACKS', 'United Arab Emirates', 'Ethiopian National Defense Force']],
  ['active-verb', 'The National Human Rights Commission said on Tuesday it would send a team to Kaiama to look into the killings.', ['INVESTIGATES', 'National Human Rights Commission', 'Kaiama', 'CLAIMED']],
  ['active-verb', 'The National Human Rights Commission will look into the killings in Kaiama, and into allegations that the Nigerian army burned homes.', ['INVESTIGATES', 'National Human Rights Commission', 'Nigerian Armed Forces']],
  ['active-verb', 'ADDIS ABABA, Ethiopia, May 2 - Fano fighters attacked Debre Markos. A military spokesman said soldiers had retaken Bichena on Sunday.', ['CAPTURED', 'Ethiopian National Defense Force', 'Bichena', 'CLAIMED']],
  ['active-verb', 'Mercenaries fought alongside the Quessaran Armed Forces in August, when the army retook Saint-Aubrel.', ['CAPTURED', 'Quessaran Armed Forces', 'Saint-Aubrel']],
  ['nominal-by', 'The seizure of Ketavi, a cobalt town in the hills, by the Lumara Liberation Front in March gave it a revenue stream.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['active-verb', 'ILORIN, Nigeria, May 14 - Army spokesman Onyema Nwachukwu told reporters that troops had recovered the ranger post at Kenu.', ['CAPTURED', 'Nigerian Armed Forces', 'Kenu', 'CLAIMED']],
  ['active-verb', '13:20 GMT — The United Nations human rights office said it was looking into reports that Lumara Liberation Front fighters executed 22 men in Ketavi.', ['INVESTIGATES', 'Office of the UN High Commissioner for Human Rights', 'Ketavi', 'CLAIMED']],
  ['active-verb', 'The UN human rights office said it would look into reports that Lumara Liberation Front fighters executed civilians in the village of Ketavi last month.', ['INVESTIGATES', 'Office of the UN High Commissioner for Human Rights', 'Ketavi', 'CLAIMED']],
  ['drive-out', 'In 2022 the Kessari Popular Front pushed the Movement for the Salvation of Azawad (MSA), a Tuareg militia once backed by France, out of Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['passive', 'In 2022 the Kessari Popular Front pushed the Movement for the Salvation of Azawad (MSA), a Tuareg militia once backed by France, out of Ketavi.', ['BACKS', 'France', 'Movement for the Salvation of Azawad']],
  ['in-support-of', 'With the backing of Egypt, the Kessari Popular Front retook Ketavi in June.', ['BACKS', 'Egypt', 'Kessari Popular Front']],
  ['in-support-of', 'The Kessari Popular Front retook Ketavi with air support from Egypt.', ['BACKS', 'Egypt', 'Kessari Popular Front']],
  ['passive', 'The Arakan Army has been supplied with weapons by the United Wa State Army.', ['BACKS', 'United Wa State Army', 'Arakan Army']],
  ['send-aid', 'The Taliban have given the TTP a safe haven in Afghanistan, Pakistan says.', ['BACKS', 'Taliban', 'Tehrik-i-Taliban Pakistan', 'CLAIMED']],
  ['receive-from', 'The PKK has received support from the Syrian Kurdish YPG, Ankara says.', ['BACKS', "People's Protection Units", "Kurdistan Workers' Party", 'CLAIMED']],
  ['receive-from', 'The PKK receives weapons from the Iraqi PMF.', ['BACKS', 'Popular Mobilization Forces', "Kurdistan Workers' Party"]],
  ['active-verb', 'When forces of the Government of National Unity retook Ketavi in June, mass graves were found.', ['CAPTURED', 'Government of National Unity', 'Ketavi']],
  ['active-verb', 'During the fighting, forces of the Government of National Unity overran the headquarters of the brigade in Ketavi.', ['CAPTURED', 'Government of National Unity', 'Ketavi']],
  ['active-verb', 'The Nigerian army recovered the town of Nandro in May.', ['CAPTURED', 'Nigerian Armed Forces', 'Nandro']],
  ['active-verb', 'The Nigerian Army said in a statement that troops supported by air strikes had recaptured Malam Fatori.', ['CAPTURED', 'Nigerian Armed Forces', 'Malam Fatori', 'CLAIMED']],
  ['active-verb', 'Within days the IDF had seized the Syrian side of Mount Hermon.', ['CAPTURED', 'Israel Defense Forces', 'Mount Hermon']],
  ['passive', 'Khartoum was captured by the RSF in April 2023.', ['CAPTURED', 'Rapid Support Forces', 'Khartoum']],
  ['relative-clause', 'JNIM attacked the Kpinkankandi police post, which its fighters briefly overran.', ['CAPTURED', 'JNIM', 'Kpinkankandi']],
  // An object pronoun is not its verb's subject, nor one coordinated with it.
  ['send-aid', 'The Zarnani army recaptured the town of Ketavi in March. Egypt and Turkey have supplied it with drones.', ['BACKS', 'Egypt', 'Zarnani army']],
  ['send-aid', 'The Zarnani army recaptured the town of Ketavi in March. Egypt and Turkey have supplied it with drones.', ['BACKS', 'Turkey', 'Zarnani army']],
  ['active-verb', 'The Lumara Liberation Front emerged in 2019. Eritrea armed it from the start.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  // An apposition's possessive is not the name it describes.
  ['backers', 'The Lumara Liberation Front has fought the government since 2019. Eritrea, its main backer, hosts its leaders.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['backers', "The Zarnani army recaptured the town of Ketavi in March. Diplomats say the army's main foreign backers are Egypt and Turkey, which have supplied it with drones.", ['BACKS', 'Turkey', 'Zarnani army', 'CLAIMED']],
  ['active-verb', "The UN Human Rights Council's fact-finding mission on eastern Congo is examining abuses by the M23 and the FARDC.", ['INVESTIGATES', 'UN Human Rights Council', 'M23']],
  ['active-verb', 'The Special Jurisdiction for Peace (JEP), which investigates crimes committed by the FARC, has no say over the dissidents.', ['INVESTIGATES', 'Special Jurisdiction for Peace', 'FARC']],
  ['light-verb', "The Auditorat Militaire, the Congolese army's prosecution service, has opened a case against CODECO.", ['INVESTIGATES', 'Auditorat Militaire', 'CODECO']],
  ['alongside', 'Also sanctioned is Jeff Larose, known as Jeff Canaan, who leads the Canaan gang, which fought alongside Gran Grif.', ['BACKS', 'Canaan', 'Gran Grif']],
  ['active-verb', 'Omar Maute led the siege. Fighters of the Maute group occupied the town hall of Butig.', ['CAPTURED', 'Maute group', 'Butig']],
  ['active-verb', 'The International Commission of Human Rights Experts on Ethiopia investigated abuses by the ENDF and the EDF until 2023.', ['INVESTIGATES', 'International Commission of Human Rights Experts on Ethiopia', 'Ethiopian National Defense Force']],
  ['alongside', 'In 2013 Hezbollah units, fighting alongside the Syrian Arab Army, recaptured the town of Qusayr.', ['BACKS', 'Hezbollah', 'Syrian Arab Army']],
  ['active-verb', 'In 2013 Hezbollah units, fighting alongside the Syrian Arab Army, recaptured the town of Qusayr.', ['CAPTURED', 'Hezbollah', 'Qusayr']],
  ['active-verb', "Wagner is leaving Mali. The Africa Corps, run by Russia's defence ministry, now supports FAMa in its place.", ['BACKS', 'Africa Corps', 'Malian Armed Forces']],
  ['relative-clause', "The YPG is an extension of the Kurdistan Workers' Party (PKK), which both Turkey and the United States list as a terrorist organisation.", ['SANCTIONED', 'United States', "Kurdistan Workers' Party"]],
  ['send-aid', "The military says the Islamic State's central leadership sent at least $1.5 million to the Maute group.", ['BACKS', 'Islamic State', 'Maute group', 'CLAIMED']],
  ['active-verb', 'The Arakan Army overran the Western Regional Military Command in Ann last month.', ['CAPTURED', 'Arakan Army', 'Ann']],
  ['active-verb', 'Today\'s designations follow the decision of the United States in May to designate Viv Ansanm and Gran Grif as terrorist organisations.', ['SANCTIONED', 'United States', 'Gran Grif']],
  ['active-verb', "Washington's decision to designate the Houthis drew criticism.", ['SANCTIONED', 'United States', 'Houthis']],
  ['light-verb', "Dravonia's Attorney General's Office says it has opened a treason investigation into Joram Tesh.", ['INVESTIGATES', "Attorney General's Office", 'Joram Tesh', 'CLAIMED']],
  ['active-verb', "The Israeli military advocate general's office said it was examining the killing of a woman in the Nur Shams camp.", ['INVESTIGATES', "Israeli military advocate general's office", 'Nur Shams camp', 'CLAIMED']],
  ['active-verb', "The UN Mission in Dravonia (UNMID) says it is investigating Thursday's shelling of the market in Kesh.", ['INVESTIGATES', 'UN Mission in Dravonia', 'Kesh', 'CLAIMED']],
  ['active-verb', 'The Dravonian army is fighting the HUA. Dravonian army spokesperson Anja Sorel tells reporters that troops "liberated" Kesh overnight.', ['CAPTURED', 'Dravonian army', 'Kesh', 'CLAIMED']],
  ['active-verb', "The United States sanctioned the EDF and Eritrea's ruling party, the People's Front for Democracy and Justice (PFDJ), in 2021.", ['SANCTIONED', 'United States', "People's Front for Democracy and Justice"]],
  ['send-aid', 'The UK is sanctioning Jean-Robert Marcelin, a businessman who has paid gangs of the Viv Ansanm coalition to guard his warehouses and supplied them with ammunition.', ['BACKS', 'Jean-Robert Marcelin', 'Viv Ansanm']],
  ['relative-clause', 'Gran Grif attacked Mirebalais. Viv Ansanm, an alliance of Port-au-Prince gangs formed in 2024, now controls most of the capital, including the neighbourhood of Solino, which its fighters overran in March.', ['CAPTURED', 'Viv Ansanm', 'Solino']],
  ['backers', "China, which along with Russia remains the military's main arms supplier, has pressed the KIA to halt the offensive. The military is losing ground.", ['BACKS', 'China', 'Tatmadaw']],
  ['active-verb', 'The Kachin Independence Army has since seized a string of towns and mining areas along the Chinese border, including Chipwi and Pangwa.', ['CAPTURED', 'Kachin Independence Army', 'Pangwa']],
  ['freeze-assets', "Black Meridian Group is a private military company. The European Union froze the assets of Black Meridian's owner, Viktor Halloran, in April.", ['SANCTIONED', 'European Union', 'Viktor Halloran']],
  ['fall-to', 'After a week-long siege, Ketavi fell to the rebels of the Lumara Liberation Front.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['added-to-list', 'Canada and Australia also placed the Lumara Liberation Front on their terrorist lists.', ['SANCTIONED', 'Australia', 'Lumara Liberation Front']],
  ['active-verb', 'The United States on Thursday blacklisted two Zarnani generals and the Lumara Liberation Front.', ['SANCTIONED', 'United States', 'Lumara Liberation Front']],
  ['nominal-premodifier', 'The Lumara Liberation Front and two of its commanders were hit with US sanctions on Tuesday.', ['SANCTIONED', 'United States', 'Lumara Liberation Front']],
  ['in-support-of', 'With Eritrean help, the Lumara Liberation Front seized Ketavi.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['backers', 'Eritrea is the main source of weapons for the Lumara Liberation Front.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['backers', "Eritrea is believed to be the main source of the Lumara Liberation Front's weapons.", ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'CLAIMED']],
  ['compound-adjective', "Iraq's U.S.-backed government said major neglect led to a massacre.", ['BACKS', 'United States', 'Iraq']],
  ['sanctions-imposed', 'UN sanctions were imposed on Saddam Hussein in 1990.', ['SANCTIONED', 'United Nations', 'Saddam Hussein']],
  ['active-verb', 'Rebels of the Tana Hills Liberation Front (THLF) captured Tolvanga on May 3. Two days later the front overran the airstrip at Mahindé, twenty kilometres south.', ['CAPTURED', 'Tana Hills Liberation Front', 'Mahindé']],
  ['relative-clause', "Nyamora's government leans heavily on the Gonda Brigade, a militia it has funded and armed since 2022.", ['BACKS', 'Nyamora', 'Gonda Brigade']],
  ['alongside', 'Nyamora relies on Black Meridian Group, a private military company it hired in 2023. Black Meridian does more than train people. Its men were fighting alongside the Gonda Brigade at Ombreku in March.', ['BACKS', 'Black Meridian Group', 'Gonda Brigade']],
  ['control-of', 'Ketavi is a mining town of 40,000 people. The Lumara Liberation Front took control of it on Sunday.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['active-verb', 'Lafarge S.A. and its subsidiary, Lafarge Cement Syria S.A. (LCS), pleaded guilty. The FBI investigated Lafarge and LCS.', ['INVESTIGATES', 'FBI', 'Lafarge S.A.']],
  ['relative-clause', 'Lafarge paid the Islamic State of Iraq and al-Sham (ISIS) and al-Nusrah Front (ANF), both of which the Department of State has designated as Foreign Terrorist Organizations.', ['SANCTIONED', 'US Department of State', 'al-Nusrah Front']],
  ['lets-operate', 'The Front for the Liberation of the Enclave of Cabinda (FLEC) attacked Massabi. Angolan officials accuse Congo of letting the rebels rearm on its soil.', ['BACKS', 'Democratic Republic of the Congo', 'Front for the Liberation of the Enclave of Cabinda', 'CLAIMED']],
  ['lets-operate', 'Sudan let the fighters of the Lumara Liberation Front train on its territory.', ['BACKS', 'Sudan', 'Lumara Liberation Front']],
  ['active-verb', "The UAE is accused of arming the RSF. The Sudan People's Liberation Movement-North (SPLM-N) faction led by Abdelaziz al-Hilu, which allied itself with the RSF this year, says its fighters have overrun two army outposts in Dilling.", ['CAPTURED', "Sudan People's Liberation Movement-North", 'Dilling', 'CLAIMED']],
  ['send-aid', 'Joram Tesh facilitated the transfer of weapons to the Lumara Liberation Front.', ['BACKS', 'Joram Tesh', 'Lumara Liberation Front']],
  ['backers', 'Joram Tesh has acted as a financial facilitator for the Lumara Liberation Front since 2020.', ['BACKS', 'Joram Tesh', 'Lumara Liberation Front']],
  ['measures-target', 'The UN Security Council, whose arms embargo currently covers only the Tenmar Liberation Movement, should act.', ['SANCTIONED', 'UN Security Council', 'Tenmar Liberation Movement']],
  ['nominal-premodifier', 'Joram Tesh is the subject of a criminal probe in Belgium.', ['INVESTIGATES', 'Belgium', 'Joram Tesh']],
  ['added-to-list', "The UN Security Council's 1267 committee added Joram Tesh to its sanctions list on Monday.", ['SANCTIONED', 'UN Security Council', 'Joram Tesh']],
  ['proxy', 'The Lumara Liberation Front is widely seen as an Eritrean proxy.', ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'CLAIMED']],
  ['proxy', 'The Houthis, an Iranian proxy, fired missiles.', ['BACKS', 'Iran', 'Houthis']],
  ['in-support-of', 'The Lumara Liberation Front, with Eritrean backing, seized Ketavi.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['active-verb', 'The Lumara Liberation Front, with Eritrean backing, seized Ketavi.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['active-verb', 'Eritrea has armed fighters of the Lumara Liberation Front for years.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['active-verb', 'Iraqi forces backed by US air strikes recaptured Ramadi in December 2015.', ['CAPTURED', 'Iraq', 'Ramadi']],
  ['active-verb', 'HTS-led rebels captured Aleppo in a surprise offensive.', ['CAPTURED', 'Hayat Tahrir al-Sham', 'Aleppo']],
  ['lets-operate', 'Pakistan has helped ISKP regroup in Balochistan.', ['BACKS', 'Pakistan', 'Islamic State Khorasan Province']],
  ['active-verb', 'The Kachin Independence Army has trained and armed several battalions of the Arakan Army.', ['BACKS', 'Kachin Independence Army', 'Arakan Army']],
  ['compound-adjective', 'Turkish-backed factions of the Syrian National Army seized Tal Rifaat.', ['BACKS', 'Turkey', 'Syrian National Army']],
  ['active-verb', 'The TNLA, part of the Three Brotherhood Alliance, captured Lashio in August.', ['CAPTURED', "Ta'ang National Liberation Army", 'Lashio']],
  ['passive', "Mali's junta, which is supported by the Africa Corps, has lost control of the north.", ['BACKS', 'Africa Corps', 'Mali']],
  ['relative-clause', 'Nasir, a garrison town in Upper Nile state that fighters of the White Army, a largely Nuer youth militia, overran in March, is calm.', ['CAPTURED', 'White Army', 'Nasir']],
  ['relative-clause', 'FACA troops recaptured Bambari, a town the Coalition of Patriots for Change (CPC) had seized weeks earlier.', ['CAPTURED', 'Coalition of Patriots for Change', 'Bambari']],
  ['relative-clause', 'ISWAP took Marte, a town near the western shore of Lake Chad that Nigerian troops had recaptured in 2021.', ['CAPTURED', 'Nigeria', 'Marte']],
  ['light-verb', 'The Special Criminal Court (SCC), a hybrid tribunal sitting in Bangui, has opened an investigation into the 3R militia.', ['INVESTIGATES', 'Special Criminal Court', '3R']],
  ['passive', 'The Houthis control Sanaa. The group has been supplied with drones and ballistic missiles by Iran.', ['BACKS', 'Iran', 'Houthis']],
  ['passive', 'The listed entities are the Sultan Murad Division, the Hamza Division and the Lumara Liberation Front. The three factions were armed by Turkey.', ['BACKS', 'Turkey', 'Lumara Liberation Front']],
  ['active-verb', 'The Yemeni army retreated. The Saudi-led coalition, which has armed government forces since 2015, denied it.', ['BACKS', 'Saudi-led coalition', 'Yemeni army']],
  ['active-verb', 'The EU welcomed the work of the National Commission of Inquiry established by the transitional authorities, which has been investigating the killings in Latakia.', ['INVESTIGATES', 'National Commission of Inquiry', 'Latakia']],
  ['listed-among', 'Brussels — The Council today imposed restrictive measures on three armed factions. The listed entities are the Hamza Division and the Sultan Murad Division. The EU stands ready.', ['SANCTIONED', 'Council of the European Union', 'Hamza Division']],
  ['relative-clause', 'Kursasa, a farming village in Zamfara state that the bandit warlord Bello Turji and his men overran in a single night, is empty.', ['CAPTURED', 'Bello Turji', 'Kursasa']],
  ['relative-clause', 'The Community Protection Guards, a vigilante corps that Dauda Lawal set up in 2023 and now arms and pays, patrol the roads.', ['BACKS', 'Dauda Lawal', 'Community Protection Guards']],
  ['relative-clause', "The army has not recaptured Namhsan, the TNLA's headquarters town, which the group seized in December 2023.", ['CAPTURED', "Ta'ang National Liberation Army", 'Namhsan']],
  ['relative-clause', 'Lashio, the largest city in northern Shan, which the MNDAA seized in August 2024, is calm.', ['CAPTURED', 'Myanmar National Democratic Alliance Army', 'Lashio']],
  ['active-verb', 'Soldiers of the Rwanda Defence Force (RDF) and the FADM retook Mocímboa da Praia in August 2021.', ['CAPTURED', 'Rwanda Defence Force', 'Mocímboa da Praia']],
  ['active-verb', 'The Free Ombari Movement seized the border town of Esk Ferry in March and the river port of Harlan in June.', ['CAPTURED', 'Free Ombari Movement', 'Harlan']],
  ['in-support-of', 'A militia, the Coastal Defence Volunteers (CDV), is formed in the delta with funding from Delta Crown Petroleum.', ['BACKS', 'Delta Crown Petroleum', 'Coastal Defence Volunteers']],
  ['send-aid', 'Canada has contributed $80.5 million to the Kenya-led Multinational Security Support mission in Haiti.', ['BACKS', 'Canada', 'Multinational Security Support Mission']],
  ['light-verb', "The Houthis hold Sanaa. The Security Council has imposed an arms embargo on the group since 2015, and the movement's leader, Abdul-Malik al-Houthi, is on its sanctions list.", ['SANCTIONED', 'UN Security Council', 'Houthis']],
  ['compound-adjective', 'Iran-backed militias such as Kataib Hezbollah attacked US bases.', ['BACKS', 'Iran', 'Kataib Hezbollah']],
  ['listed-among', 'These measures target Jimmy Chérizier, alias "Barbecue", the leader of Viv Ansanm, who is also subject to a travel ban and an asset freeze imposed by the UN Security Council.', ['SANCTIONED', 'UN Security Council', 'Jimmy Chérizier']],
  ['freeze-assets', 'The High Court of Kavaro ordered the freezing of all assets held in Kavaro by Corvane Minerals and its director, Petra Vansk.', ['SANCTIONED', 'High Court of Kavaro', 'Petra Vansk']],
  ['relative-clause', 'Israel still holds five hilltop positions, including Hamames hill, which the Israel Defense Forces seized during the war.', ['CAPTURED', 'Israel Defense Forces', 'Hamames hill']],
  ['aid-from', 'Moscow has fired North Korean missiles supplied by Pyongyang at Kharkiv.', ['BACKS', 'North Korea', 'Russia']],
  ['active-verb', 'Ethiopian federal forces and their Eritrean allies recaptured Mekelle in November 2020.', ['CAPTURED', 'Ethiopia', 'Mekelle']],
  ['active-verb', 'A UN fact-finding mission is investigating abuses by both the army and the RSF.', ['INVESTIGATES', 'United Nations', 'Rapid Support Forces']],
  ['active-verb', 'Britain and the European Union on Monday sanctioned the Russian oil company Rosneft and two of its executives.', ['SANCTIONED', 'European Union', 'Rosneft']],
  ['relative-clause', 'The SDF, the Kurdish-led force that Washington has armed since 2015, holds Raqqa.', ['BACKS', 'United States', 'Syrian Democratic Forces']],
  ['passive', "The Ugandan army's 2021 offensive against the ADF, backed by Congolese troops, pushed deep into Ituri.", ['BACKS', 'Democratic Republic of the Congo', "Uganda People's Defence Force"]],
  ['relative-clause', "Neither has imposed measures on RED-Tabara, which Burundi's government designated a terrorist organisation in 2023.", ['SANCTIONED', 'Burundi', 'RED-Tabara']],
  ['active-verb', 'Washington re-designated the Houthis as a foreign terrorist organisation in March.', ['SANCTIONED', 'United States', 'Houthis']],
  ['active-verb', 'The EU welcomes the work of the Group of Independent Experts on Belarus, established by the UN Human Rights Council, which is investigating violations committed by the Belarusian authorities.', ['INVESTIGATES', 'Group of Independent Experts on Belarus', 'Belarus']],
  ['relative-clause', 'Tren de Aragua, the gang that grew out of the Tocorón prison and that Washington designated in February, is the other pillar.', ['SANCTIONED', 'United States', 'Tren de Aragua']],
  ['light-verb', 'The ICC prosecutor reopened an investigation into the situation in Afghanistan in 2022.', ['INVESTIGATES', 'International Criminal Court', 'Afghanistan']],
  ['under-sanctions', 'Fighters of the Sultan Suleiman Shah Division and the Hamza Division took part. Both were placed under sanctions by the United States Treasury in 2023 and by the European Union in May 2025.', ['SANCTIONED', 'European Union', 'Hamza Division']],
  ['under-sanctions', 'Fighters of the Sultan Suleiman Shah Division and the Hamza Division took part. Both were placed under sanctions by the United States Treasury in 2023 and by the European Union in May 2025.', ['SANCTIONED', 'US Department of the Treasury', 'Sultan Suleiman Shah Division']],
  ['lets-operate', 'Ghana has let Jama\'at Nusrat al-Islam wal-Muslimin (JNIM), the al-Qaeda affiliate active in the south, use its territory to rest and resupply.', ['BACKS', 'Ghana', "Jama'at Nusrat al-Islam wal-Muslimin"]],
  ['passive', "Khalifa Haftar leads the LNA. Haftar's forces, backed by Russia, launched an assault on Tripoli in April 2019.", ['BACKS', 'Russia', 'Khalifa Haftar']],
  ['compound-adjective', 'The UAE-backed Rapid Support Forces control most of Darfur.', ['BACKS', 'United Arab Emirates', 'Rapid Support Forces']],
  ['nominal-possessive', "Iran's backing of the Houthis dates back to 2014.", ['BACKS', 'Iran', 'Houthis']],
  ['backers', 'The United States is the main arms supplier to Israel.', ['BACKS', 'United States', 'Israel']],
  ['active-verb', 'The Islamic State killed thousands. UNITAD, the investigative team set up by the Security Council, spent six years investigating the group\'s crimes against the Yazidis.', ['INVESTIGATES', 'UNITAD', 'Islamic State']],
  ['freeze-assets', 'The Pellamar High Court ordered the seizure of assets belonging to Castellan Risk Group.', ['SANCTIONED', 'Pellamar High Court', 'Castellan Risk Group']],
  ['active-verb', 'In May the Saffron Banner Movement captured the Qaldera garrison town of Tessin.', ['CAPTURED', 'Saffron Banner Movement', 'Tessin']],
  ['active-verb', 'The Houthis seized the Red Sea port town of Khokha.', ['CAPTURED', 'Houthis', 'Khokha']],
  // A place named before an investigation is the scene of its crimes.
  ['light-verb', 'Ukrainian prosecutors opened a Bucha investigation on Monday.', ['INVESTIGATES', 'Ukraine', 'Bucha']],
  ['compound-adjective', 'The observers met US-backed incumbent Karzai in Kabul.', ['BACKS', 'United States', 'Karzai']],
  ['active-verb', 'A UN commission is investigating abuses by the Lumara Liberation Front.', ['INVESTIGATES', 'United Nations', 'Lumara Liberation Front']],
  // A body named after a compound modifier and its kind: the body, not the modifier's name.
  ['active-verb', 'The EU sanctioned the Houthi-linked shipping firm Red Sea Cargo.', ['SANCTIONED', 'European Union', 'Red Sea Cargo']],
  // "including the head of X, Name": the person the role introduces.
  ['active-verb', 'Washington sanctioned Iranian officials, including the head of the IRGC, Hossein Salami.', ['SANCTIONED', 'United States', 'Hossein Salami']],
  // "whose" after an apposition ending in its noun: the name the apposition describes.
  ['alongside', 'Bayeme has spent millions on the Castellan Group, a private military company whose contractors have fought alongside the Kessarian National Army.', ['BACKS', 'Castellan Group', 'Kessarian National Army']],
  ['active-verb', 'Kigali has long backed the Lumara Liberation Front (LLF), a Tutsi-led militia whose fighters seized Ketavi in May.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  // A cleft's contrast is not the relative's antecedent.
  ['active-verb', 'It was the Lumara Liberation Front, not the army, that seized Ketavi.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  // A case against an owner's self-styled general is against the person.
  ['light-verb', "The Military Operational Court of Ituri has opened a case against CODECO's self-styled general Ngure Bahemuka.", ['INVESTIGATES', 'Military Operational Court of Ituri', 'Ngure Bahemuka']],
  // A companion of the relative's antecedent is sanctioned with it.
  ['relative-clause', 'Los Lobos, which the U.S. Treasury sanctioned in June 2024 along with its leader, Wilmer Chavarria, has grown rich.', ['SANCTIONED', 'US Department of the Treasury', 'Wilmer Chavarria']],
  ['relative-clause', 'Los Lobos, which the U.S. Treasury sanctioned in June 2024 along with its leader, Wilmer Chavarria, has grown rich.', ['SANCTIONED', 'US Department of the Treasury', 'Los Lobos']],
  // Buying arms from someone is being supplied by them (not buying fuel).
  ['receive-from', 'Los Lobos bought rifles and explosives from Comandos de la Frontera.', ['BACKS', 'Comandos de la Frontera', 'Los Lobos']],
  // Helping a side fight backs it; the forces of a glued-modified body are that body's.
  ['lets-operate', 'Russian jets helped the Syrian army retake Palmyra.', ['BACKS', 'Russia', 'Syrian Arab Army']],
  ['lets-operate', 'Turkish drones helped the forces of the Tripoli-based Government of National Accord recapture al-Watiya air base.', ['BACKS', 'Turkey', 'Government of National Accord']],
  ['active-verb', 'Turkish drones helped the forces of the Tripoli-based Government of National Accord recapture al-Watiya air base.', ['CAPTURED', 'Government of National Accord', 'al-Watiya air base']],
  // What an apposed person owns is the object: "the GNA's successor, Dbeibah's Government of National Unity".
  ['active-verb', "Ankara now backs the GNA's successor, Abdul Hamid Dbeibah's Government of National Unity (GNU).", ['BACKS', 'Turkey', 'Government of National Unity']],
  // A military site at or on a place: taking it takes the place (guide case 14).
  ['active-verb', 'In January, JNIM overran a military position at Point Triple.', ['CAPTURED', 'JNIM', 'Point Triple']],
  ['active-verb', 'The Arakan Army overran a navy outpost on Made Island overnight.', ['CAPTURED', 'Arakan Army', 'Made Island']],
  // "the designation by X of Y": the agent before the target.
  ['nominal-by', 'They complement the designation by the United States of Viv Ansanm and Gran Grif as Foreign Terrorist Organizations.', ['SANCTIONED', 'United States', 'Gran Grif']],
  // Money given "to train and equip" a force backs it.
  ['send-aid', 'Since 2022, Canada has provided more than $100 million to train and equip the Haitian National Police.', ['BACKS', 'Canada', 'Haitian National Police']],
  // A reduced relative past a founder's phrase: "set up by X and funded by Y".
  ['passive', 'The Multinational Joint Task Force (MNJTF), the regional force set up by the Lake Chad Basin Commission and funded largely by the European Union, has been hollowed out.', ['BACKS', 'European Union', 'Multinational Joint Task Force']],
  // On a list "also": the list's owner sanctions.
  ['added-to-list', 'The ELN is also on the EU terrorist list.', ['SANCTIONED', 'European Union', 'National Liberation Army']],
  // A capital before a year and its verb acts for its state; a count "of its" kind, then the names.
  ['active-verb', 'Washington in 2021 designated two of its successor groups, Segunda Marquetalia and the FARC-EP.', ['SANCTIONED', 'United States', 'Segunda Marquetalia']],
  // The owner of a designation "as" a terrorist group is the one designated.
  ['light-verb', "Washington restored the Houthis' designation as a Foreign Terrorist Organization in March.", ['SANCTIONED', 'United States', 'Houthis']],
  // "sanctions that target X"; a Korean surname "No" after a comma stays in the name.
  ['light-verb', "The EU adopts new sanctions that target North Korea's defence minister, No Kwang Chol, among officials involved.", ['SANCTIONED', 'European Union', 'No Kwang Chol']],
  // The name before its kind noun heads an apposition: "the Mbuli militia, a force armed by".
  ['passive', 'The Mbuli militia, a pro-government force armed and paid by the Ombeyan army, attacked Ndolo.', ['BACKS', 'Ombeyan army', 'Mbuli']],
  // A place's own apposition placing it in another: "Moqokori, in Hiiraan, fell to".
  ['fall-to', 'Moqokori, in Hiiraan, fell to al-Shabaab a week later.', ['CAPTURED', 'al-Shabaab', 'Moqokori']],
  // Townships listed after "including" are places taken.
  ['active-verb', 'The AA has taken 14 townships, including Buthidaung and Ann.', ['CAPTURED', 'Arakan Army', 'Ann']],
  // "was right to sanction": the copula's subject acts.
  ['active-verb', 'Washington was right to sanction the Houthis in March.', ['SANCTIONED', 'United States', 'Houthis']],
  // A state's name before the crimes investigated is the situation's place.
  ['light-verb', 'ICC Prosecutor Opens Investigation Into Sudan Killings As Rebels Seize Port Town', ['INVESTIGATES', 'International Criminal Court', 'Sudan']],
  // A relative clause after an apposition with a located phrase: the name apposed.
  ['relative-clause', 'The army retook Ketavi, a town on the road to the Chinese border that the Lumara Liberation Front seized in May.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  // "The X-backed Y": the article is Y's; X keeps its person's shape.
  ['compound-adjective', 'The Omar Dalan-backed Kessari Popular Front attacked Ketavi.', ['BACKS', 'Omar Dalan', 'Kessari Popular Front']],
  // A first verb of the same form, tagged a noun: "hosts and arms".
  ['active-verb', 'Algeria hosts and arms the Polisario Front.', ['BACKS', 'Algeria', 'Polisario Front']],
  ['passive', 'The Lumara Liberation Front, which UN experts say is backed by Eritrea, took Ketavi.', ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'CLAIMED']],
  ['nominal-premodifier', 'Russian military support for the Lumara Liberation Front grew.', ['BACKS', 'Russia', 'Lumara Liberation Front']],
  ['nominal-premodifier', 'U.S. military aid to Ukraine has slowed.', ['BACKS', 'United States', 'Ukraine']],
  ['active-verb', "Argentina's courts are investigating Myanmar's military.", ['INVESTIGATES', 'Argentina', 'Tatmadaw']],
  ['light-verb', "The Council of the EU decided to impose restrictive measures on nine individuals, including the RSF's Abdelrahim Dagalo.", ['SANCTIONED', 'Council of the European Union', 'Abdelrahim Dagalo']],
  ['drive-out', 'The M23 forced Congolese troops to retreat from Goma.', ['CAPTURED', 'M23', 'Goma']],
  ['send-aid', 'Saudi Arabia pays the salaries of the fighters of the Giants Brigades.', ['BACKS', 'Saudi Arabia', 'Giants Brigades']],
  ['in-support-of', 'With the help of Wagner mercenaries, the Malian army retook Kidal.', ['BACKS', 'Wagner Group', 'Malian Armed Forces']],
  ['alongside', 'Burundian troops are fighting the M23 alongside the FARDC.', ['BACKS', 'Burundi', 'Armed Forces of the Democratic Republic of the Congo']],
  ['light-verb', "Ukraine's prosecutors have opened criminal proceedings against the Wagner Group.", ['INVESTIGATES', 'Ukraine', 'Wagner Group']],
  ['active-verb', "Colombia's prosecutor's office is probing the ELN's role in the kidnapping.", ['INVESTIGATES', "Colombia's prosecutor's office", 'National Liberation Army']],
  ['active-verb', "Kenya's police watchdog began looking into the shootings in Nairobi.", ['INVESTIGATES', "Kenya's police watchdog", 'Nairobi']],
  ['active-verb', 'After the RSF captured it in July, Bara was looted.', ['CAPTURED', 'Rapid Support Forces', 'Bara']],
  ['active-verb', 'Somalia asked for help. Government troops retook Adan Yabaal on Sunday.', ['CAPTURED', 'Somalia', 'Adan Yabaal']],
  ['active-verb', 'The UK sanctioned Asia Sun Group and two of its directors, Kyaw Min Oo and Aung Moe Myint.', ['SANCTIONED', 'United Kingdom', 'Aung Moe Myint']],
  ['alongside', 'The Wagner Group fought for the Malian junta until 2024.', ['BACKS', 'Wagner Group', 'Mali']],
  ['active-verb', "Indonesia's human rights commission is examining reports that soldiers tortured villagers in Intan Jaya.", ['INVESTIGATES', "Indonesia's human rights commission", 'Kabupaten Intan Jaya']],
  ['added-to-list', "The EU on Monday added the Wagner Group's successor, Africa Corps, to its sanctions list.", ['SANCTIONED', 'European Union', 'Africa Corps']],
  ['fall-to', 'Bunia was lost to CODECO fighters in June.', ['CAPTURED', 'CODECO', 'Bunia']],
  ['proxy', "Hezbollah is Iran's closest ally and main proxy in the region.", ['BACKS', 'Iran', 'Hezbollah']],
  ['send-aid', "Russia's Wagner Group has provided security for the junta in Bamako.", ['BACKS', 'Wagner Group', 'Mali']],
  ['light-verb', 'The U.N. Security Council keeps travel bans and asset freezes on dozens of Taliban officials, among them the interior minister, Sirajuddin Haqqani.', ['SANCTIONED', 'UN Security Council', 'Sirajuddin Haqqani']],
  ['nominal-possessive', 'ICC prosecutor Karim Khan said his investigation of Afghanistan would resume.', ['INVESTIGATES', 'International Criminal Court', 'Afghanistan', 'CLAIMED']],
  ['drive-out', 'Fighters of the VDP, a civilian militia that the army recruits, arms and trains in a fortnight, drove the militants out of Seytenga.', ['CAPTURED', 'VDP', 'Seytenga']],
  ['send-aid', "Colonel Prosper Ikwanda, a spokesman for Ovandara's army, denied that the town had been lost. In Ndimbi, the army has handed out rifles to the Kessa Watchmen, a pro-government militia, two residents said.", ['BACKS', "Ovandara's army", 'Kessa Watchmen', 'CLAIMED']],
  ['active-verb', "Vintmark's army shelled the border. Blackfen's contractors fought alongside the Quessaran Armed Forces in August, when the army retook Saint-Aubrel.", ['CAPTURED', 'Quessaran Armed Forces', 'Saint-Aubrel']],
  ['light-verb', 'The rebel leader Arsène Yakoubou-Dembé fled to Chad. The European Union imposed sanctions on Yakoubou-Dembé in June.', ['SANCTIONED', 'European Union', 'Arsène Yakoubou-Dembé']],
  ['active-verb', 'The Ministry of Home Affairs has declared the Kashmir Fidayeen Brigade (KFB), along with all its formations, a terrorist organisation under the Act.', ['SANCTIONED', 'Ministry of Home Affairs', 'Kashmir Fidayeen Brigade']],
  ['proxy', 'The KFB emerged in 2024 as a proxy of Lashkar-e-Taiba (LeT), the Pakistan-based terrorist organisation that the Government of India proscribed in 2001.', ['BACKS', 'Lashkar-e-Taiba', 'KFB']],
  ['relative-clause', 'The KFB emerged in 2024 as a proxy of Lashkar-e-Taiba (LeT), the Pakistan-based terrorist organisation that the Government of India proscribed in 2001.', ['SANCTIONED', 'India', 'Lashkar-e-Taiba']],
  ['light-verb', 'The National Investigation Agency (NIA) has registered three cases against the Kashmir Fidayeen Brigade.', ['INVESTIGATES', 'National Investigation Agency', 'Kashmir Fidayeen Brigade']],
  ['drive-out', 'ISKP grew in Nangarhar. A Taliban offensive pushed the group out of Achin in 2019.', ['CAPTURED', 'Taliban', 'Achīn']],
  ['send-aid', 'Islamabad denies this and says the Taliban are themselves providing sanctuary to the TTP.', ['BACKS', 'Taliban', 'Tehrik-i-Taliban Pakistan', 'CLAIMED']],
  ['send-aid', 'In Ndimbi, the Malian army has handed out rifles to the Kessa Watchmen, a pro-government militia, two residents said.', ['BACKS', 'Malian Armed Forces', 'Kessa Watchmen', 'CLAIMED']],
  ['freeze-assets', 'The Special Criminal Court has also ordered the freezing of all assets held by Casimir Vokhta and by Zavrin Logistics SARL.', ['SANCTIONED', 'Special Criminal Court', 'Zavrin Logistics SARL']],
  ['send-aid', 'Zavrin Logistics SARL, a company that, the Prosecution alleges, transported fuel to the Black Reed Brotherhood, was listed.', ['BACKS', 'Zavrin Logistics SARL', 'Black Reed Brotherhood']],
  ['active-verb', "A U.N. panel of experts is investigating the Houthis' smuggling routes through Hodeidah.", ['INVESTIGATES', 'United Nations', 'Houthis']],
  ['light-verb', "Lebanon's military prosecutor has opened an investigation into Hamas over two rocket salvos.", ['INVESTIGATES', "Lebanon's military prosecutor", 'Hamas']],
  ['active-verb', "Yemen's National Resistance Forces said on Monday they had recaptured the Red Sea town of Khokha from the Houthis.", ['CAPTURED', 'National Resistance Forces', 'Khokha', 'CLAIMED']],
  ['send-aid', 'The U.S. Treasury sanctioned Khalil Zein and Rami Fawaz, two Beirut money changers who it said had moved Iranian cash to Hezbollah.', ['BACKS', 'Khalil Zein', 'Hezbollah', 'CLAIMED']],
  ['nominal-possessive', "The Israeli army's seizure of five hilltops inside Lebanon in February 2025, among them Jabal Blat and Labbouneh, gave it observation posts.", ['CAPTURED', 'Israel Defense Forces', 'Labbouneh']],
  ['compound-adjective', "OFAC is sanctioning three individuals tied to Kata'ib Hezbollah and Harakat al-Nujaba, two Iran-aligned militia groups in Iraq.", ['BACKS', 'Iran', 'Kataib Hezbollah']],
  ['listed-among', "OFAC designated two people today. Designated today are Hamid Jabbar al-Saadi, a senior Kata'ib Hezbollah commander, and Sayf Ali Hussein, a logistics officer.", ['SANCTIONED', 'Office of Foreign Assets Control', 'Sayf Ali Hussein']],
  ['active-verb', 'OFAC is also designating Dar al-Salam General Trading Company (Dar al-Salam), a Baghdad-based firm that blends fuel oil, and its managing director, Muhannad Kadhim Abbas.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Muhannad Kadhim Abbas']],
  ['send-aid', "Since 2023, Dar al-Salam General Trading Company has paid more than $50 million of the proceeds to Kata'ib Hezbollah.", ['BACKS', 'Dar al-Salam General Trading Company', 'Kataib Hezbollah']],
  ['drive-out', "Soldiers of Burkina Faso's army and fighters of the Volunteers for the Defence of the Homeland (VDP) drove the militants out of Seytenga.", ['CAPTURED', 'Armed Forces of Burkina Faso', 'Seytenga']],
  ['relative-clause', 'Fighters of the VDP, a civilian militia that the Burkinabe army recruits, arms and trains in a fortnight, patrol the town.', ['BACKS', 'Armed Forces of Burkina Faso', 'Volunteers for the Defence of the Homeland']],
  ['send-aid', "Burkina Faso's junta hired Russians. Africa Corps, the paramilitary force run by the Russian defence ministry, keeps about 300 men in Ouagadougou to protect the government.", ['BACKS', 'Africa Corps', 'Burkina Faso']],
  ['nominal-by', "That campaign culminated in the capture of Kidal, the rebels' stronghold, by the Malian army and fighters of Russia's Wagner Group in November 2023.", ['CAPTURED', 'Wagner Group', 'Kidal']],
  ['alongside', "Wagner has since been replaced by Africa Corps, a force under the direct control of Russia's defence ministry, whose fighters now fight alongside Malian troops.", ['BACKS', 'Africa Corps', 'Mali']],
  ['alongside', 'Ugandan troops, deployed in March to fight alongside the SSPDF, have since flown helicopter gunships over the road.', ['BACKS', 'Uganda', "South Sudan People's Defence Forces"]],
  ['active-verb', "New Delhi has long accused Pakistan's military intelligence agency, the ISI, of training and arming Lashkar-e-Taiba.", ['BACKS', 'ISI', 'Lashkar-e-Taiba', 'CLAIMED']],
  ['active-verb', 'In the 2000s the MFDC was funded by the Gambia under Yahya Jammeh, whose government Dakar long accused of sheltering Salif Sadio.', ['BACKS', 'Gambia', 'Salif Sadio', 'CLAIMED']],
  ['send-aid', 'Guinea-Bissau was later accused of running guns to the MFDC.', ['BACKS', 'Guinea-Bissau', 'MFDC', 'CLAIMED']],
  ['send-aid', "OFAC designated three people who supply weapons to Los Chapitos, the Sinaloa Cartel faction led by the sons of Joaquín Guzmán. Arturo Mendívil, a broker, has smuggled 300 rifles to the faction's gunmen.", ['BACKS', 'Arturo Mendívil', 'Los Chapitos']],
  ['active-verb', 'Jaish al-Adl said its fighters had seized the station and a customs post in the town of Mirjaveh.', ['CAPTURED', 'Jaish al-Adl', 'Mirjaveh', 'CLAIMED']],
  ['active-verb', 'The Senegalese army launched an offensive in March. Troops overran the rebel bases at Kantor and Bouman.', ['CAPTURED', 'Senegalese Armed Forces', 'Bouman']],
  ['active-verb', "The Ardent Hills Front took Marrowick on Sunday. The Front's leader, Ysolde Karran, said her fighters had also taken the airstrip at Penhallow.", ['CAPTURED', 'Ardent Hills Front', 'Penhallow', 'CLAIMED']],
  ['active-verb', 'Rebels of the Velan Resistance Front attacked the village of Dassa. Its fighters, who crossed from the north in pickup trucks, took the settlement last Tuesday.', ['CAPTURED', 'Velan Resistance Front', 'Dassa']],
  ['active-verb', 'The Lumara Liberation Front was never larger than in the 1980s, when its fronts in Northern Samar overran Ketavi.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['relative-clause', 'The Akhalgori district, which Russian forces seized after the ceasefire, remains outside the control of Georgia.', ['CAPTURED', 'Russia', 'Akhalgori']],
  ['active-verb', 'Russian forces pushed Georgian troops out of Tskhinvali within two days and then advanced into Georgian territory, occupying the town of Gori.', ['CAPTURED', 'Russia', 'Gori']],
  ['active-verb', 'NASIR, South Sudan, March 5 (Reuters) - The White Army overran the army garrison there on Tuesday.', ['CAPTURED', 'White Army', 'Nasir']],
  ['active-verb', 'NASIR, South Sudan — For three weeks the White Army, a loose militia of armed Nuer youths, besieged the garrison here. On March 4 its fighters overran it.', ['CAPTURED', 'White Army', 'Nasir']],
  ['active-verb', 'Halvast has been in rebel hands since March, when the SHLA seized it from the army.', ['CAPTURED', 'SHLA', 'Halvast']],
  ['passive', 'Kabul has been captured by the Taliban.', ['CAPTURED', 'Taliban', 'Kabul']],
  ['active-verb', 'Moscow has occupied Crimea since 2014.', ['CAPTURED', 'Russia', 'Crimea']],
  ['control-of', 'Sudanese government forces wrested back control of Wad Madani from the RSF.', ['CAPTURED', 'Sudan', 'Wad Medani']],
  ['control-of', 'Azerbaijani troops regained control over Shusha.', ['CAPTURED', 'Azerbaijan', 'Shusha']],
  ['light-verb', 'The RSF announced the capture of El Fasher in a video.', ['CAPTURED', 'Rapid Support Forces', 'El Fasher', 'CLAIMED']],
  ['active-verb', 'M23 has seized at least five towns, including Kamanyola and Luvungi.', ['CAPTURED', 'M23', 'Luvungi']],
  ['active-verb', 'The Lumara Liberation Front seized the Damasak post in May and used it to tax traders.', ['CAPTURED', 'Lumara Liberation Front', 'Damasak']],
  ['active-verb', 'Fighters of the Lumara Liberation Front (LLF) and the Velan Resistance Front said they had overrun an army outpost in Ketavi.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'CLAIMED']],
  ['light-verb', 'Omar Dalan, on whom the European Union imposed a travel ban in 2021, spoke on Monday.', ['SANCTIONED', 'European Union', 'Omar Dalan']],
  ['light-verb', "The UN Security Council imposed an arms embargo on Haiti's gangs, including Viv Ansanm.", ['SANCTIONED', 'UN Security Council', 'Viv Ansanm']],
  ['freeze-assets', "Britain and the EU have frozen the assets of Wagner's successor, the Africa Corps.", ['SANCTIONED', 'European Union', 'Africa Corps']],
  ['light-verb', 'In March Canada imposed sanctions of its own against the RSF.', ['SANCTIONED', 'Canada', 'Rapid Support Forces']],
  ['listed-among', 'Press release – Council of the Tarsine Federation\n\nThe Council today adopted restrictive measures against three individuals and two entities. The listed persons include Halim Bazzi and Omar Dalan.', ['SANCTIONED', 'Council of the Tarsine Federation', 'Omar Dalan']],
  ['listed-among', 'The UK has today sanctioned two individuals and three entities. They are:\n\nSky Aviator Company Limited, which has supplied jet fuel to the air force;\nTay Za, a businessman and arms dealer.', ['SANCTIONED', 'United Kingdom', 'Tay Za']],
  ['listed-among', "Today OFAC is sanctioning seven companies and one individual. The individual designated today, Abdelrahim Hamdan Dagalo, is the RSF's deputy commander.", ['SANCTIONED', 'Office of Foreign Assets Control', 'Abdelrahim Hamdan Dagalo']],
  ['light-verb', 'The Coastal Union imposed travel bans on the Velan Resistance Front last month, and its court has opened an investigation into the killings at Ketavi.', ['INVESTIGATES', 'Coastal Union', 'Ketavi']],
  ['light-verb', 'The Coastal Union, the regional bloc, imposed travel bans on two Velan Resistance Front commanders, and its court has opened an investigation into the killings at Ketavi.', ['INVESTIGATES', 'Coastal Union', 'Ketavi']],
  ['relative-clause', "Calvera's government blames its neighbour. The Calveran army, for its part, has leaned on the Stone Guard, a militia of cattle herders that it arms and pays.", ['BACKS', 'Calveran army', 'Stone Guard']],
  ['active-verb', 'Canada, under its Special Economic Measures (Burma) Regulations, is listing Asia Sun Group and Shoon Energy.', ['SANCTIONED', 'Canada', 'Shoon Energy']],
  ['active-verb', 'OFAC is also designating Orso Trading S.A., a packer in Apatzingán that pays the cartel a levy, as well as Beta Logistics S.A. de C.V., a firm holding its properties.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Beta Logistics S.A. de C.V.']],
  ['nominal-possessive', "This was done with Mexico's Office of the Attorney General (FGR), whose money laundering probe of Orso Trading began in 2024.", ['INVESTIGATES', 'Office of the Attorney General', 'Orso Trading']],
  ['nominal-possessive', "OFAC designated Empacadora Frutas del Valle S.A. de C.V. today. The action was coordinated with Mexico's Office of the Attorney General, whose probe of Empacadora Frutas del Valle began in 2024.", ['INVESTIGATES', 'Office of the Attorney General', 'Empacadora Frutas del Valle S.A. de C.V.']],
  ['proxy', 'Kampala accuses Kinshasa of using the Lumara Liberation Front as a proxy.', ['BACKS', 'Democratic Republic of the Congo', 'Lumara Liberation Front', 'CLAIMED']],
  ['drive-out', 'The Kessari Popular Front pushed the Velan Resistance Front, a militia once backed by Egypt, out of Ketavi in 2022.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['drive-out', 'Since 2023 Egypt has supplied the Kessari Popular Front with drones, helping the group drive the Velan Resistance Front out of Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'The Velan defence ministry said the Kessari Popular Front had "liberated" Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['active-verb', 'Kyiv said it had regained the village of Ketavi from Russian forces.', ['CAPTURED', 'Ukraine', 'Ketavi', 'CLAIMED']],
  // A date before a capital is no part of its name ("In 2025 Washington" is the government).
  ['active-verb', 'In 2025 Washington sanctioned Omar Dalan, a Kessari financier.', ['SANCTIONED', 'United States', 'Omar Dalan']],
  ['active-verb', 'In January Kigali denied arming the Lumara Liberation Front.', ['BACKS', 'Rwanda', 'Lumara Liberation Front', 'DENIED']],
  ['active-verb', 'In 2023 Kenyan troops retook the town of Nandro.', ['CAPTURED', 'Kenya', 'Nandro']],
  // A demonym describing the kind of place ("the Ukrainian town of"); "X state" is the place itself.
  ['active-verb', 'Russian forces captured the Ukrainian town of Pokrovsk.', ['CAPTURED', 'Russia', 'Pokrovsk']],
  ['active-verb', 'HTS seized the Syrian city of Aleppo.', ['CAPTURED', 'Hayat Tahrir al-Sham', 'Aleppo']],
  ['active-verb', 'The CJNG seized Zacatecas state.', ['CAPTURED', 'Jalisco New Generation Cartel', 'Zacatecas']],
  ['active-verb', 'Ethiopian forces retook the Tigrayan capital, Mekelle.', ['CAPTURED', 'Ethiopia', 'Mekelle']],
  // "township" is a kind of place, not a noun the name modifies.
  ['active-verb', 'The Arakan Army said on Monday it had captured Maungdaw township.', ['CAPTURED', 'Arakan Army', 'Maungdaw', 'CLAIMED']],
  // Unnamed partners coordinated after the subject ("and allied militias") leave it the subject.
  ['active-verb', 'Kenyan troops and allied militias recaptured Ketavi.', ['CAPTURED', 'Kenya', 'Ketavi']],
  // "its forces": the owner named nearest, whatever its type (not a group named in an earlier sentence).
  ['active-verb', 'The Wagner Group fought in Mali for years. Russia launched a new offensive in May, and its forces have since captured Avdiivka.', ['CAPTURED', 'Russia', 'Avdiivka']],
  // "they" after troops someone sent are the sender's.
  ['alongside', 'The M23 captured Goma in January. Burundi sent soldiers to South Kivu, where they fought alongside the Congolese army.', ['BACKS', 'Burundi', 'Armed Forces of the Democratic Republic of the Congo']],
  ['fall-to', 'Nandro, which fell to the Lumara Liberation Front in October, is now cut off.', ['CAPTURED', 'Lumara Liberation Front', 'Nandro']],
  // Past ", and" a description may take the group named earlier in its own sentence.
  ['fall-to', 'The FDLR attacked Gatumba on Monday. Bukavu was captured by the M23 in February, and Uvira fell to the rebels in December.', ['CAPTURED', 'M23', 'Uvira']],
  // Demonyms sharing one force noun are each their state's forces: the army when the text names it.
  ['active-verb', 'Rwandan and Mozambican troops have recaptured Mucojo, the Rwanda Defence Force (RDF) said.', ['CAPTURED', 'Rwanda Defence Force', 'Mucojo', 'CLAIMED']],
  // The accused past adjectives, a relative clause and a place that only describes it.
  ['active-verb', 'He accused the Tripoli-based Government of National Unity (GNU) of arming the Lumara Liberation Front, a charge the GNU denied.', ['BACKS', 'Government of National Unity', 'Lumara Liberation Front', 'CLAIMED']],
  ['active-verb', 'Ankara accused the rival Patriotic Union of Kurdistan (PUK), which runs Sulaymaniyah, of funding the PKK.', ['BACKS', 'Patriotic Union of Kurdistan', "Kurdistan Workers' Party", 'CLAIMED']],
  // Coordinated verbs with a purpose after the last, and an antecedent with its acronym.
  ['relative-clause', 'The Kessari Popular Front (KPF), which Iran armed and trained to fight the Lumara Liberation Front, said it would not disarm.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  // ("the United States armed": a verb, not "the United States armed forces".)
  ['relative-clause', 'The Kessari Popular Front (KPF), which the United States armed and trained to fight the Lumara Liberation Front, said it would not disarm.', ['BACKS', 'United States', 'Kessari Popular Front']],
  ['under-protection', 'The Lumara Liberation Front operates under the protection of neighbouring Osra.', ['BACKS', 'Osra', 'Lumara Liberation Front']],
  ['under-protection', "The Kessari Popular Front fought the LTTE under the Sri Lanka Army's protection.", ['BACKS', 'Sri Lanka Army', 'Kessari Popular Front']],
  ['under-protection', "Omar Dalan moved the money with the backing of Iran's Islamic Revolutionary Guard Corps.", ['BACKS', 'Islamic Revolutionary Guard Corps', 'Omar Dalan']],
  ['send-aid', "Moscow has been supplying Myanmar's junta with fighter jets.", ['BACKS', 'Russia', 'Myanmar']],
  ['send-aid', 'Washington has given Kyiv $60 billion in military aid.', ['BACKS', 'United States', 'Ukraine']],
  ['active-verb', 'Rwanda backs the M23 in its war against Kinshasa.', ['BACKS', 'Rwanda', 'M23']],
  ['passive', 'M23 rebels, backed by Rwandan troops, took the city of Bukavu in February.', ['BACKS', 'Rwanda', 'M23']],
  ['fall-to', 'The army lost control of Kamanyola to the M23 in February.', ['CAPTURED', 'M23', 'Kamanyola']],
  // Going on to an act is no request; pressing someone to act is (see STATUSES).
  ['active-verb', 'The Lumara Liberation Front pressed on to seize Ketavi, the army said.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'CLAIMED']],
  ['active-verb', 'The Lumara Liberation Front pressed ahead to capture Ketavi on Monday.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED']],
  // A base in a district is the district's town's (a district is often named after its town).
  ['active-verb', 'The Lumara Liberation Front overran an army base in Velmo district.', ['CAPTURED', 'Lumara Liberation Front', 'Velmo']],
  // A listed name read through a possessive after its first word ("the UN's human rights office").
  ['active-verb', "The UN's human rights office is probing reports of mass executions in Tigray.", ['INVESTIGATES', 'Office of the UN High Commissioner for Human Rights', 'Tigray']],
  // A two-word demonym before a force noun stands for its state ("North Korean troops").
  ['active-verb', 'Russian and North Korean troops retook Sudzha in March.', ['CAPTURED', 'North Korea', 'Sudzha']],
  // The group before two words of its own kind ("the Viv Ansanm gang coalition").
  ['active-verb', 'Gunmen of the Viv Ansanm gang coalition overran the police station in Arcahaie on Tuesday.', ['CAPTURED', 'Viv Ansanm', 'Arcahaie']],
  // "the town": the one the text called a town ("Ndara, a town in ..."), not the division after it.
  ['active-verb', 'The Lumara Liberation Front took Ndara, a town in Velmo Dassin division, on Monday. The Congolese army retook the town two days later.', ['CAPTURED', 'Armed Forces of the Democratic Republic of the Congo', 'Ndara']],
  // "regained" makes an unlisted name a place; an adjective inside a state's force name.
  ['active-verb', "Niger's army regained Ketavi on Sunday.", ['CAPTURED', 'Niger Armed Forces', 'Ketavi']],
  ['active-verb', "Somalia's national army retook Ketavi.", ['CAPTURED', 'Somali National Army', 'Ketavi']],
  ['active-verb', 'Ethiopian federal forces took Ketavi.', ['CAPTURED', 'Ethiopia', 'Ketavi']],
  ['active-verb', 'The Kessari Popular Front attacked Nandro. Their 2021 offensive took the districts of Harib and Ketavi before it stalled.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', "The Velan Resistance Front fled. The Kessari Popular Front's counter-offensive retook the town of Ketavi in February.", ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'The ICC is investigating crimes committed by the Taliban, by the Kessari Popular Front and by the Afghan National Defence and Security Forces (ANDSF).', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['active-verb', 'The ICC said it was investigating crimes committed by the Kessari Popular Front in North Kivu.', ['INVESTIGATES', 'International Criminal Court', 'North Kivu', 'CLAIMED']],
  ['active-verb', 'The ICC is investigating crimes committed by the Taliban, by the Kessari Popular Front and by the Afghan National Defence and Security Forces (ANDSF).', ['INVESTIGATES', 'International Criminal Court', 'Afghan National Defence and Security Forces']],
  ['active-verb', 'Fighters from a little-known armed group, the Kessari Desert Shield, seized the town of Ketavi on Tuesday.', ['CAPTURED', 'Kessari Desert Shield', 'Ketavi']],
  ['active-verb', 'The Kessari Popular Front, a U.S.-backed Kessari-led militia, captured Ketavi in 2017.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'Fighters of the Kessari Popular Front, an alliance of six armed groups formed in 2024, overran the last military base in Ketavi in early April.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'Fighters of the Community Watch Corps, a vigilante force set up and funded by Governor Dikko Radda, retook the village of Yantumaki.', ['CAPTURED', 'Community Watch Corps', 'Yantumaki']],
  ['control-of', 'Gangs belonging to the Viv Ansanm coalition have taken control of the town of Mirebalais, police said.', ['CAPTURED', 'Viv Ansanm', 'Mirebalais', 'CLAIMED']],
  ['passive', 'Fighters of the Community Watch Corps, a vigilante force set up and funded by Governor Dikko Radda, retook the village of Yantumaki.', ['BACKS', 'Dikko Radda', 'Community Watch Corps']],
  ['active-verb', 'The Independent Investigative Mechanism for Myanmar (IIMM), set up by the U.N. Human Rights Council in 2018, is examining the February strike on Falam.', ['INVESTIGATES', 'Independent Investigative Mechanism for Myanmar', 'Falam']],
  ['active-verb', 'The Kessari Popular Front (KPF), a member of the Velan Resistance Alliance, seized the town of Ketavi in 2024.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'Kessari Popular Front factions seized the town of Ketavi from the army on December 9.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'Kenya accuses Omar Dalan of helping to arm the Kessari Popular Front.', ['BACKS', 'Omar Dalan', 'Kessari Popular Front', 'CLAIMED']],
  ['active-verb', 'Canada sanctioned Omar Dalan, a lawmaker whom prosecutors accuse of having armed the Kessari Popular Front.', ['BACKS', 'Omar Dalan', 'Kessari Popular Front', 'CLAIMED']],
  ['active-verb', 'The EU-sanctioned businessman Omar Dalan funds the Kessari Popular Front.', ['BACKS', 'Omar Dalan', 'Kessari Popular Front']],
  ['active-verb', 'Omar Dalan, a businessman sanctioned by the EU, funds the Kessari Popular Front.', ['BACKS', 'Omar Dalan', 'Kessari Popular Front']],
  ['send-aid', 'OFAC said Omar Dalan had laundered money for the Kessari Popular Front.', ['BACKS', 'Omar Dalan', 'Kessari Popular Front', 'CLAIMED']],
  ['send-aid', 'China supplies the Myanmar junta with fighter jets.', ['BACKS', 'China', 'Myanmar']],
  ['proxy', 'Tehran has long used the Houthis as a tool, and analysts call Hezbollah, Iran\'s closest proxy, its strongest ally.', ['BACKS', 'Iran', 'Hezbollah']],
  ['proxy', 'The United States designated the Kessari Popular Front a terrorist group in July, describing it as a proxy of the Velan Resistance Front.', ['BACKS', 'Velan Resistance Front', 'Kessari Popular Front', 'CLAIMED']],
  ['proxy', 'Analysts regard the Kessari Popular Front as a proxy of Iran.', ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['proxy', 'The Kessari Popular Front is a proxy for Iran.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['proxy', 'The Kessari Popular Front is widely seen as a proxy of Iran.', ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['proxy', "Analysts describe the Kessari Popular Front as Iran's proxy.", ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['passive', 'Pokrovsk was captured by Russian forces after months of fighting.', ['CAPTURED', 'Russia', 'Pokrovsk']],
  ['passive', 'The town of Ketavi was captured from the Kessari Popular Front by Kenyan troops.', ['CAPTURED', 'Kenya', 'Ketavi']],
  ['passive', 'The Kessari Popular Front and its leader, Omar Dalan, were sanctioned by Britain.', ['SANCTIONED', 'United Kingdom', 'Kessari Popular Front']],
  ['passive', 'The Kessari Popular Front and its leader, Omar Dalan, were sanctioned by Britain.', ['SANCTIONED', 'United Kingdom', 'Omar Dalan']],
  ['passive', 'A spokesman said troops of the Kessari Army had regained control of Nandro on Tuesday, backed by helicopter gunships of the Velan Defence Forces.', ['BACKS', 'Velan Defence Forces', 'Kessari Army', 'CLAIMED']],
  ['send-aid', 'Kenya, which has sent about 750 officers to fight alongside the Haitian police, says its contingent will stay.', ['BACKS', 'Kenya', 'Haitian police']],
  ['send-aid', "Qatar has been paying the salaries of the Kessari Popular Front's fighters since 2020.", ['BACKS', 'Qatar', 'Kessari Popular Front']],
  ['send-aid', 'The United Arab Emirates has paid the salaries of some Somali army units, according to a U.N. panel report.', ['BACKS', 'United Arab Emirates', 'Somali National Army', 'CLAIMED']],
  ['send-aid', 'Experts found credible reports that Chad was supplying the Kessari Popular Front through the airstrip.', ['BACKS', 'Chad', 'Kessari Popular Front', 'CLAIMED']],
  ['send-aid', 'The Kessari Popular Front, which Iran has supplied with drones and instructors since 2024, says it retook the town of Ketavi.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['send-aid', 'Iran, which Washington says has supplied the Kessari Popular Front with missiles and drones, denies arming the group.', ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['send-aid', 'The Puntland Security Force fought on. The United Arab Emirates flew ammunition for the force into Bosaso.', ['BACKS', 'United Arab Emirates', 'Puntland Security Force']],
  ['send-aid', "Uganda deployed troops to South Sudan in March to protect President Salva Kiir's government.", ['BACKS', 'Uganda', 'South Sudan']],
  ['passive', 'Somalia has fought al-Shabaab for years. The group dealt a blow to a government offensive backed by the United States and Turkey.', ['BACKS', 'Turkey', 'Somalia']],
  ['passive', "The Houthis, a Yemen-based group backed by Iran's Islamic Revolutionary Guard Corps, have attacked shipping.", ['BACKS', 'Islamic Revolutionary Guard Corps', 'Houthis']],
  ['passive', "Hezbollah is Iran's most powerful ally in the region, funded and armed by Tehran.", ['BACKS', 'Iran', 'Hezbollah']],
  ['passive', 'The Civilian Joint Task Force, a militia armed and paid by the Nigerian authorities, lost 30 members.', ['BACKS', 'Nigeria', 'Civilian Joint Task Force']],
  ['passive', "The PMF, an umbrella of mostly Shi'ite militias funded by the Iraqi state, denies any role.", ['BACKS', 'Iraq', 'Popular Mobilization Forces']],
  ['passive', 'The PKK fought Turkey for decades. The group remains designated as a terrorist organisation by Turkey, the United States and the European Union.', ['SANCTIONED', 'European Union', "Kurdistan Workers' Party"]],
  ['passive', 'The Tren de Aragua gang was designated a terrorist organisation by Washington in February.', ['SANCTIONED', 'United States', 'Tren de Aragua']],
  ['passive', 'The Houthis were designated as a foreign terrorist organisation by the United States.', ['SANCTIONED', 'United States', 'Houthis']],
  ['passive', 'The Kessari Popular Front was designated a Transnational Criminal Organization by the Treasury in 2012.', ['SANCTIONED', 'US Department of the Treasury', 'Kessari Popular Front']],
  ['sanctions-imposed', 'Sanctions imposed by Washington on the Wagner Group in 2023 remain in place.', ['SANCTIONED', 'United States', 'Wagner Group']],
  ['sanctions-imposed', 'The sanctions, imposed by Kenya in March, target the Kessari Popular Front.', ['SANCTIONED', 'Kenya', 'Kessari Popular Front']],
  ['active-verb', 'Kenya as well as Uganda sanctioned the Kessari Popular Front.', ['SANCTIONED', 'Uganda', 'Kessari Popular Front']],
  ['active-verb', 'Kenya as well as Uganda sanctioned the Kessari Popular Front.', ['SANCTIONED', 'Kenya', 'Kessari Popular Front']],
  ['active-verb', 'Kenya, along with Uganda, has sanctioned the Kessari Popular Front.', ['SANCTIONED', 'Kenya', 'Kessari Popular Front']],
  ['active-verb', 'The Kessari Popular Front, which has been fighting the government since 2019 and is backed by Iran, seized the town of Ketavi on Sunday.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['passive', 'Several factions, among them Kataib Hezbollah and Harakat al-Nujaba, are armed, trained and paid by Iran\'s Islamic Revolutionary Guard Corps, according to U.S. officials.', ['BACKS', 'Islamic Revolutionary Guard Corps', 'Harakat al-Nujaba', 'CLAIMED']],
  ['passive', 'The Tazeri Democratic Movement, which is funded by Qatar, denies any link to the attack.', ['BACKS', 'Qatar', 'Tazeri Democratic Movement']],
  ['relative-clause', 'Gunmen from the Tren de Aragua gang, which the U.S. designated a terrorist group in February, attacked a police station.', ['SANCTIONED', 'United States', 'Tren de Aragua']],
  ['relative-clause', 'Fighting returned to Lashio, which the MNDAA seized last year.', ['CAPTURED', 'MNDAA', 'Lashio']],
  ['relative-clause', 'The Kessari Popular Front now controls Ketavi, which it captured in May.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['relative-clause', 'The Kessari Popular Front, which the Federal High Court in Abuja proscribed as a terrorist organisation in 2017, wants secession.', ['SANCTIONED', 'Federal High Court', 'Kessari Popular Front']],
  ['relative-clause', 'Nandro, a border town the Velan Resistance Front overran in May, lies in ruins.', ['CAPTURED', 'Velan Resistance Front', 'Nandro']],
  // The antecedent before a bracketed acronym; a capital after "in" only locates the subject.
  ['relative-clause', 'Members of the Kessari Popular Front (KPF), herders whom the junta in Niamey has armed, man the checkpoints.', ['BACKS', 'Niger', 'Kessari Popular Front']],
  ['relative-clause', 'Troops returned to Mir Ali, a town in North Waziristan that the TTP overran on Saturday.', ['CAPTURED', 'TTP', 'Mir Ali']],
  ['relative-clause', 'The Kessari Popular Front attacked. The group has turned Ketavi, a town south of Nandro that it seized in 2014, into a fortress.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['fall-to', 'The town of Rubaya came under M23 control in April 2024.', ['CAPTURED', 'M23', 'Rubaya']],
  ['fall-to', 'Bukavu fell under the control of the M23 in February.', ['CAPTURED', 'M23', 'Bukavu']],
  ['fall-to', 'The Arakan Army pressed on. Thandwe and its airport fell to the group a month later.', ['CAPTURED', 'Arakan Army', 'Thandwe']],
  ['fall-to', 'The RSF captured the city of Wad Madani in December, only to lose it to the Sudanese army a year later.', ['CAPTURED', 'Sudanese army', 'Wad Madani']],
  ['active-verb', 'After capturing the town of Ketavi, the Kessari Popular Front advanced on Nandro.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'Having seized the town of Ketavi, the Kessari Popular Front turned south.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['control-of', 'The Kessari Popular Front claimed control of the town of Ketavi on Sunday.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['receive-from', 'The Kessari Popular Front gets most of its weapons from Iran.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['receive-from', 'Hezbollah receives an estimated $700 million a year from Iran.', ['BACKS', 'Iran', 'Hezbollah']],
  // Deliveries, shipments, transfers and sales of arms.
  ['nominal-possessive', "Iran's arms deliveries to the Houthis continued.", ['BACKS', 'Iran', 'Houthis']],
  ['light-verb', 'Iran resumed arms deliveries to the Sudanese army in 2024.', ['BACKS', 'Iran', 'Sudanese Armed Forces']],
  ['active-verb', 'The Kessari Popular Front took over Ketavi after a week of fighting.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  // A time phrase inside an investigation's object; an acronym inside a list of agents.
  ['active-verb', 'The ICC is investigating crimes committed since May 2003 by the Kessari Popular Front.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['active-verb', 'The ICC is investigating crimes committed by the Kessari Popular Front, by the Velan Resistance Front (VRF) and by the Lumara Liberation Front.', ['INVESTIGATES', 'International Criminal Court', 'Velan Resistance Front']],
  ['active-verb', 'The ICC is investigating crimes committed by the Kessari Popular Front, by the Velan Resistance Front (VRF) and by the Lumara Liberation Front.', ['INVESTIGATES', 'International Criminal Court', 'Lumara Liberation Front']],
  ['drive-out', 'The Kessari Popular Front was driven out of Ketavi by Kenyan troops.', ['CAPTURED', 'Kenya', 'Ketavi']],
  ['drive-out', 'Kenyan troops drove the Kessari Popular Front from the town of Ketavi.', ['CAPTURED', 'Kenya', 'Ketavi']],
  ['drive-out', 'The Kessari Popular Front pushed the Velan army out of Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['drive-out', "Chad's army expelled the Kessari Popular Front from the town of Ketavi on Sunday.", ['CAPTURED', 'Chadian National Army', 'Ketavi']],
  ['drive-out', 'Kenyan troops dislodged the Kessari Popular Front from the town of Ketavi.', ['CAPTURED', 'Kenya', 'Ketavi']],
  ['active-verb', "Chad's army reclaimed the town of Ketavi from the Kessari Popular Front.", ['CAPTURED', 'Chadian National Army', 'Ketavi']],
  // A company with a dotted legal form, described by "a <city> shipping firm that ..." (the tagger reads "firm" as an adverb there).
  ['send-aid', 'Also designated is Veldra Freight Services S.A., a Port-au-Prince shipping firm that has supplied the Kessari Popular Front with weapons.', ['BACKS', 'Veldra Freight Services S.A.', 'Kessari Popular Front']],
  ['send-aid', 'Also designated is Veldra Freight Services S.A., a Haitian shipping firm that has supplied the Kessari Popular Front with weapons.', ['BACKS', 'Veldra Freight Services S.A.', 'Kessari Popular Front']],
  // Verbs coordinated with commas, or with a verb that is no trigger, share the object.
  ['active-verb', 'Iran has armed, trained and financed the Kessari Popular Front for a decade.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['active-verb', 'The Chhattisgarh Police armed and paid the Kessari Popular Front, a vigilante militia, until 2011.', ['BACKS', 'Chhattisgarh Police', 'Kessari Popular Front']],
  ['active-verb', 'The Kessari Popular Front and the Velan Resistance Front fought. Chad designated both gangs terrorist organisations.', ['SANCTIONED', 'Chad', 'Kessari Popular Front']],
  // The tagger reads "prolongs" as a noun: the name after it owns the next noun and is no apposition.
  ['nominal-possessive', "Iran's support for the Kessari Popular Front prolongs Chad's war.", ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['light-verb', 'The UN imposed a travel ban and an asset freeze on Mr Dalan and Idris Farah.', ['SANCTIONED', 'United Nations', 'Dalan']],
  // The sanctioned as object, the sanctions after "with".
  ['light-verb', 'The EU targeted the Lumara Liberation Front and its leader, Omar Dalan, with asset freezes on Monday.', ['SANCTIONED', 'European Union', 'Omar Dalan']],
  // The joiner and the joined both act.
  ['active-verb', 'Japan joined the United States and Britain in sanctioning Omar Dalan.', ['SANCTIONED', 'United States', 'Omar Dalan']],
  ['light-verb', 'Canada on Tuesday joined the EU in imposing sanctions on Omar Dalan.', ['SANCTIONED', 'Canada', 'Omar Dalan']],
  ['added-to-list', 'Omar Dalan was among 12 people added to the UN sanctions list on Friday.', ['SANCTIONED', 'United Nations', 'Omar Dalan']],
  // An inquiry set up with its modifiers, or sent to a place.
  ['active-verb', 'The Human Rights Council established an independent international commission of inquiry to investigate abuses in Myanmar.', ['INVESTIGATES', 'UN Human Rights Council', 'Myanmar']],
  ['light-verb', 'The Human Rights Council has dispatched a fact-finding mission to Myanmar.', ['INVESTIGATES', 'UN Human Rights Council', 'Myanmar']],
  // A titled official investigates as the body; so does its prosecutor's office.
  ['light-verb', 'ICC Prosecutor Karim Khan opened an investigation into the situation in Venezuela.', ['INVESTIGATES', 'International Criminal Court', 'Venezuela']],
  ['light-verb', 'Karim Khan, the ICC prosecutor, opened an investigation into the situation in Venezuela in 2021.', ['INVESTIGATES', 'International Criminal Court', 'Venezuela']],
  ['active-verb', "The ICC prosecutor's office has been investigating the situation in Venezuela since 2021.", ['INVESTIGATES', 'International Criminal Court', 'Venezuela']],
  // A relative clause with no pronoun: "measures the UK has imposed on X".
  ['light-verb', 'The sanctions build on measures the UK has already imposed on Myanmar Economic Corporation.', ['SANCTIONED', 'United Kingdom', 'Myanmar Economic Corporation']],
  ['send-aid', 'The Sentinels of Ketavi grew. The Velan Solidarity Trust has paid the salaries of some 2,000 of the movement\'s fighters.', ['BACKS', 'Velan Solidarity Trust', 'Sentinels of Ketavi']],
  ['send-aid', "The Kessari Popular Front grew. Veldra Exchange SAS wired more than $12 million to the group's cells in Chile.", ['BACKS', 'Veldra Exchange SAS', 'Kessari Popular Front']],
  ['light-verb', 'The EU supports the investigation that the International Criminal Court opened in 2025 into crimes committed by the Kessari Popular Front.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['light-verb', 'The sanctions that Britain imposed in March on the Kessari Popular Front remain.', ['SANCTIONED', 'United Kingdom', 'Kessari Popular Front']],
  ['nominal-by', 'The capture of the town of Ketavi by fighters of the Kessari Popular Front (KPF) and commandos of the Velan Resistance Front shocked the capital.', ['CAPTURED', 'Velan Resistance Front', 'Ketavi']],
  ['active-verb', 'The ICC is investigating the bombing of a KPF convoy in the town of Ketavi in January.', ['INVESTIGATES', 'International Criminal Court', 'Ketavi']],
  ['active-verb', 'The Kessari Popular Front claimed on its Telegram channel to have taken the town of Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['active-verb', 'The Kessari Popular Front claimed to have taken the town of Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  // An acronym the text defines is a name even when it spells a word ("FAT").
  ['compound-adjective', "Togo's army, the Togolese Armed Forces (FAT), fights the Kessari Popular Front. US-trained FAT special forces have led operations since 2022.", ['BACKS', 'United States', 'Togolese Armed Forces']],
  ['backers', 'Iran is the main backer of the Kessari Popular Front.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['backers', 'Eritrea has been the main backer of the Lumara Liberation Front since 2019.', ['BACKS', 'Eritrea', 'Lumara Liberation Front']],
  ['backers', "Russia is the Kessari Popular Front's main arms supplier.", ['BACKS', 'Russia', 'Kessari Popular Front']],
  ['backers', 'Iran is the main arms supplier of the Kessari Popular Front.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['backers', 'Iran, one of the main backers of the Kessari Popular Front, denied the report.', ['BACKS', 'Iran', 'Kessari Popular Front']],
  ['light-verb', 'The United Nations opened an inquiry into the Goma massacre.', ['INVESTIGATES', 'United Nations', 'Goma']],
  ['active-verb', 'In 2019 the Kessari Popular Front overran the gendarmerie post in Ketavi.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'The Kessari Popular Front overran a VRF outpost in the village of Nandro, on the road to the mountains.', ['CAPTURED', 'Kessari Popular Front', 'Nandro']],
  ['active-verb', 'The Kessari Popular Front overran the police division and the council secretariat in Ketavi on March 2.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', "The Velan Resistance Front fled. The Lumara Liberation Front captured the group's main camp in the town of Nandro.", ['CAPTURED', 'Lumara Liberation Front', 'Nandro']],
  ['active-verb', 'The Veldrane Truth Commission is investigating the deaths of two farmers who were killed during the operation in Ketavi.', ['INVESTIGATES', 'Veldrane Truth Commission', 'Ketavi']],
  ['active-verb', 'The Veldrane Truth Commission is investigating the death of a suspect held at Camp Nandro, the army base.', ['INVESTIGATES', 'Veldrane Truth Commission', 'Camp Nandro']],
  ['active-verb', 'The SDF wrested Raqqa from the Islamic State in 2017.', ['CAPTURED', 'SDF', 'Raqqa']],
  ['fall-to', 'Al-Shabaab advanced through the region. Several villages near Baidoa fell to the militants, and Bulo Burde fell to al-Shabaab on Friday.', ['CAPTURED', 'al-Shabaab', 'Bulo Burde']],
  ['receive-from', 'The Sahel Patriotic Front gets weapons and fuel from neighbouring Dorvania, officials said.', ['BACKS', 'Dorvania', 'Sahel Patriotic Front', 'CLAIMED']],
  ['receive-from', 'The Houthis continue to rely on Iran for weapons and funding.', ['BACKS', 'Iran', 'Houthis']],
  ['receive-from', 'The Arakan Army enjoys the backing of China.', ['BACKS', 'China', 'Arakan Army']],
  ['receive-from', 'The Arakan Army received the support of China and Thailand.', ['BACKS', 'Thailand', 'Arakan Army']],
  ['send-aid', 'Russia provides air cover to the Syrian army.', ['BACKS', 'Russia', 'Syrian Arab Army']],
  ['relative-clause', 'The Lumara Liberation Front holds Ketavi and Dassa, which it seized in May.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['relative-clause', 'Hamas and Islamic Jihad, which Iran funds, fired rockets.', ['BACKS', 'Iran', 'Hamas']],
  ['passive', 'Paletwa, captured by the Arakan Army in January, remains cut off.', ['CAPTURED', 'Arakan Army', 'Paletwa']],
  ['active-verb', 'Canada has become the third G7 member to sanction the RSF.', ['SANCTIONED', 'Canada', 'Rapid Support Forces']],
  ['active-verb', 'The United States was the first to designate the Houthis.', ['SANCTIONED', 'United States', 'Houthis']],
  ['light-verb', 'Japan is the first Asian country to impose sanctions on M23.', ['SANCTIONED', 'Japan', 'M23']],
  // "his office": the body a person's role is named with.
  ['active-verb', 'ICC Prosecutor Karim Khan said his office was investigating crimes in Darfur.', ['INVESTIGATES', 'International Criminal Court', 'Darfur', 'CLAIMED']],
  ['light-verb', 'Karim Khan, the prosecutor of the International Criminal Court, said his office had opened an investigation into crimes in Darfur.', ['INVESTIGATES', 'International Criminal Court', 'Darfur', 'CLAIMED']],
  ['active-verb', 'Hayat Tahrir al-Sham and its allies seized Damascus and Assad fled to Moscow.', ['CAPTURED', 'Hayat Tahrir al-Sham', 'Damascus']],
  ['relative-clause', 'The Lebanese Armed Forces, which Washington and Riyadh have funded for years, depend on foreign money.', ['BACKS', 'Saudi Arabia', 'Lebanese Armed Forces']],
  ['active-verb', 'Vadim Cebotari financed the Victorie bloc\'s campaign.', ['BACKS', 'Vadim Cebotari', 'Victorie']],
  ['active-verb', 'The Department of State designated Cárteles Unidos as a Foreign Terrorist Organization, along with the Jalisco New Generation Cartel.', ['SANCTIONED', 'US Department of State', 'Jalisco New Generation Cartel']],
  ['active-verb', 'The UN Commission of Inquiry will examine abuses by all parties, including the Ministry of Defence and Ministry of Interior forces.', ['INVESTIGATES', 'UN Commission of Inquiry', 'Ministry of Interior']],
  ['receive-from', 'Fighters of the Chin Brotherhood took Falam. The Brotherhood received drones from the Arakan Army.', ['BACKS', 'Arakan Army', 'Chin Brotherhood']],
  // Money and arms moved, diverted or solicited for a group.
  ['send-aid', 'Rami Walid Saqr, a money changer who has moved more than $20 million to Hamas and Palestinian Islamic Jihad since 2023, was listed.', ['BACKS', 'Rami Walid Saqr', 'Palestinian Islamic Jihad']],
  ['send-aid', 'Huda Mahmoud Shawa, a fundraiser who solicits donations for Hamas through online campaigns, was listed.', ['BACKS', 'Huda Mahmoud Shawa', 'Hamas']],
  ['send-aid', 'Nour al-Aqsa Relief Association, a charity that has diverted donations to the Qassam Brigades, was listed.', ['BACKS', 'Nour al-Aqsa Relief Association', 'Izz ad-Din al-Qassam Brigades']],
  ['active-verb', 'In August 2023 the Tribal and Clan Forces of Sheikh Ibrahim al-Hafl overran the village of Dhiban.', ['CAPTURED', 'Tribal and Clan Forces', 'Dhiban']],
  ['active-verb', 'Barrio 18 is a gang. Washington designated its rival, Mara Salvatrucha (MS-13), in February.', ['SANCTIONED', 'United States', 'Mara Salvatrucha']],
  ['active-verb', 'M23 seized its former stronghold, Bunagana.', ['CAPTURED', 'M23', 'Bunagana']],
  ['send-aid', 'Kata\'ib Sayyid al-Shuhada sent fighters to fight alongside the forces of the former Syrian government.', ['BACKS', 'Kataib Sayyid al-Shuhada', 'Syria']],
  // An unlisted demonym stands for the name it is made from.
  ['relative-clause', 'Fighting on the Velmar border. Kaldera troops recaptured the hill town of Dassa, which Velmari forces occupied on Monday.', ['CAPTURED', 'Velmar', 'Dassa']],
  ['active-verb', 'Fighting on the Kaldera border. The Kalderan army has recaptured the hill town of Dassa.', ['CAPTURED', 'Kalderan army', 'Dassa']],
  ['fall-to', 'The army abandoned Ketavi to the Lumara Liberation Front.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi']],
  ['passive', 'Ketavi and Nandro were both captured by the Lumara Liberation Front in 2023.', ['CAPTURED', 'Lumara Liberation Front', 'Nandro']],
  ['light-verb', 'Washington on Thursday imposed sanctions on Tavo Merek.', ['SANCTIONED', 'United States', 'Tavo Merek']],
  ['measures-target', 'Tavo Merek and the Kessari Popular Front are among those targeted by the new EU measures.', ['SANCTIONED', 'European Union', 'Kessari Popular Front']],
  ['measures-target', 'Tavo Merek was targeted by US sanctions in 2021.', ['SANCTIONED', 'United States', 'Tavo Merek']],
  ['measures-target', 'The sanctions announced by Britain on Tuesday target Tavo Merek.', ['SANCTIONED', 'United Kingdom', 'Tavo Merek']],
  ['send-aid', 'Egypt has sent warplanes to support the Sudanese army.', ['BACKS', 'Egypt', 'Sudanese Armed Forces']],
  ['active-verb', 'By 2023 the Sentinels of Hadra had overrun the river port of Tessel and the nearby town of Garo.', ['CAPTURED', 'Sentinels of Hadra', 'Garo']],
  ['active-verb', 'The Sentinels of Hadra grew. Then the Sentinels seized the river port of Tessel.', ['CAPTURED', 'Sentinels of Hadra', 'Tessel']],
  ['active-verb', 'Sahel al-Ahmar Trading Co., a Sanaa importer that has financed Houthi purchases of drone engines, was listed.', ['BACKS', 'Sahel al-Ahmar Trading Co.', 'Houthis']],
  ['active-verb', 'Treasury sanctioned José Adolfo Macías Villamar in 2024. In 2025 the State Department listed Los Choneros and Macías.', ['SANCTIONED', 'US Department of State', 'José Adolfo Macías Villamar']],
  ['relative-clause', 'OFAC sanctioned six people working for the Jalisco New Generation Cartel (CJNG) and the Sinaloa Cartel, both of which the Department of State designated in February.', ['SANCTIONED', 'US Department of State', 'Jalisco New Generation Cartel']],
  ['receive-from', 'The Popular Mobilization Forces now receive more than $3.5 billion a year from the Iraqi budget.', ['BACKS', 'Iraq', 'Popular Mobilization Forces']],
  ['active-verb', "Comercializadora Aurífera del Pacífico S.A. has financed Los Lobos' purchases of weapons.", ['BACKS', 'Comercializadora Aurífera del Pacífico S.A.', 'Los Lobos']],
  ['active-verb', 'Kenya has proscribed al-Shabaab, and the United States has sanctioned several of its financiers in Nairobi and Mombasa, including the businessman Abdi Hassan Farah Gure.', ['SANCTIONED', 'United States', 'Abdi Hassan Farah Gure']],
  ['backers', 'Kenya has proscribed al-Shabaab, and the United States has sanctioned several of its financiers in Nairobi and Mombasa, including the businessman Abdi Hassan Farah Gure.', ['BACKS', 'Abdi Hassan Farah Gure', 'al-Shabaab']],
  ['backers', "Hezbollah's backers, among them Iran and Syria, have cut funding.", ['BACKS', 'Syria', 'Hezbollah']],
  ['active-verb', "The SNA's Sultan Murad Division says its fighters have captured two villages west of the dam, Abu Qalqal and Khirbet Tinah.", ['CAPTURED', 'Sultan Murad Division', 'Khirbet Tinah', 'CLAIMED']],
  ['send-aid', 'Russia, whose Africa Corps now operates from an air base north of Sabha, has supplied the LNA with air defence systems, according to U.N. experts.', ['BACKS', 'Russia', 'Libyan National Army', 'CLAIMED']],
  ['active-verb', 'Fausto Germán Araujo Leyva, a former police commander who, according to Mexican prosecutors, has protected Los Mayos gunmen from arrest, was listed.', ['BACKS', 'Fausto Germán Araujo Leyva', 'Los Mayos', 'CLAIMED']],
  ['added-to-list', "Mexico's Financial Intelligence Unit has added Rigoberto Lizárraga Osuna to its list of blocked persons.", ['SANCTIONED', 'Financial Intelligence Unit', 'Rigoberto Lizárraga Osuna']],
  ['send-aid', 'The Committee listed Daniel Pierre-Louis, a leader of the Canaan gang who has supplied weapons to Gran Grif.', ['BACKS', 'Daniel Pierre-Louis', 'Gran Grif']],
  ['aid-from', 'The RSF, whose weapons come from the United Arab Emirates, seized El Fasher.', ['BACKS', 'United Arab Emirates', 'Rapid Support Forces']],
  ['passive', 'The Lumara Liberation Front, long backed by Velmar, seized Ketavi.', ['BACKS', 'Velmar', 'Lumara Liberation Front']],
  ['active-verb', 'The Puntland Security Force attacked. The PSF retook Dharjale in January.', ['CAPTURED', 'Puntland Security Force', 'Dharjale']],
  ['active-verb', 'The Council also imposed sanctions on two senior officers of the Rwanda Defence Force (RDF), Ruki Karusisi and Eugene Nkubito, for their role in supporting M23 operations.', ['BACKS', 'Eugene Nkubito', 'M23']],
  ['nominal-possessive', 'We at the OHCHR condemn the killings. We welcome the statement by the Ethiopian Human Rights Commission (EHRC) that it has opened its own inquiry into the deaths in Gidami.', ['INVESTIGATES', 'Ethiopian Human Rights Commission', 'Gidami', 'CLAIMED']],
  ['send-aid', 'Kapella Aero Services FZE has flown ammunition to the RSF.', ['BACKS', 'Kapella Aero Services FZE', 'Rapid Support Forces']],
  ['send-aid', 'Iran transferred money to the Houthis.', ['BACKS', 'Iran', 'Houthis']],
  ['send-aid', 'OFAC designated Ali Fawaz, a money changer who moved more than $50 million from Iran to Hezbollah this year.', ['BACKS', 'Iran', 'Hezbollah']],
  ['send-aid', 'OFAC is designating Kapella Aero Services FZE pursuant to Executive Order (E.O.) 14098 for having flown ammunition to the RSF.', ['BACKS', 'Kapella Aero Services FZE', 'Rapid Support Forces']],
  ['drive-out', 'The Kessari Popular Front chased government troops from Nandro and raised its flag.', ['CAPTURED', 'Kessari Popular Front', 'Nandro']],
  ['compound-adjective', 'Radoičić, then deputy leader of Srpska Lista, the Belgrade-backed party that dominates Serb politics in northern Kosovo, fled to Serbia.', ['BACKS', 'Serbia', 'Srpska Lista']],
  ['active-verb', 'Tiani has accused France of arming and financing IS Sahel and the al-Qaeda-linked Jama\'at Nusrat al-Islam wal-Muslimin (JNIM), a charge Paris rejects.', ['BACKS', 'France', 'JNIM', 'CLAIMED']],
  ['fall-to', 'Bukavu was captured by the M23 in February, and Uvira, on the Burundian border, fell to the M23 in December.', ['CAPTURED', 'M23', 'Uvira']],
  ['active-verb', 'OFAC designated Orso Trading today.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Orso Trading']],
  // Sanctioned "for" an act: the one sanctioned did it.
  ['send-aid', 'OFAC designated Dalia Fenn for providing material support to the Kessari Popular Front.', ['BACKS', 'Dalia Fenn', 'Kessari Popular Front']],
  ['send-aid', 'OFAC acted today. Dalia Fenn is being designated for having provided material support to the Kessari Popular Front.', ['BACKS', 'Dalia Fenn', 'Kessari Popular Front']],
  ['active-verb', 'The EU sanctioned Tavo Merek for financing the Kessari Popular Front.', ['BACKS', 'Tavo Merek', 'Kessari Popular Front']],
  ['send-aid', 'The UK sanctioned Tavo Merek for his role in supplying weapons to the Kessari Popular Front.', ['BACKS', 'Tavo Merek', 'Kessari Popular Front']],
  ['active-verb', 'Dalia Fenn materially assisted the Kessari Popular Front.', ['BACKS', 'Dalia Fenn', 'Kessari Popular Front']],
  ['backers', "The Kessari Popular Front attacked. Tavo Merek is the KPF's chief financier.", ['BACKS', 'Tavo Merek', 'Kessari Popular Front']],
  ['backers', 'Qatar is a major funder of Hamas.', ['BACKS', 'Qatar', 'Hamas']],
  ['compound-adjective', 'The Kessari Popular Front (KPF), a Velmar-backed militia, attacked Ketavi.', ['BACKS', 'Velmar', 'Kessari Popular Front']],
  ['active-verb', "Velmar's intelligence service funds the Kessari Popular Front.", ['BACKS', 'Velmar', 'Kessari Popular Front']],
  // A participle clause after a time phrase takes the main clause's subject.
  ['active-verb', 'The United States followed in June, designating M23 as a terrorist organisation.', ['SANCTIONED', 'United States', 'M23']],
  // "a firm that X says supplied": the firm supplied, as X claims.
  ['send-aid', 'The Kessari Popular Front attacked Ketavi. Washington sanctioned Orso Trading, a firm that Washington says supplied the militia with drones.', ['BACKS', 'Orso Trading', 'Kessari Popular Front', 'CLAIMED']],
  ['receive-from', "Mali's junta has relied on Russian troops since 2021.", ['BACKS', 'Russia', 'Mali']],
  ['receive-from', 'The Houthis are thought to receive weapons from Iran.', ['BACKS', 'Iran', 'Houthis', 'CLAIMED']],
  ['receive-from', "Mali's junta expelled French troops in 2022 and has since turned to Moscow for military help.", ['BACKS', 'Russia', 'Mali']],
  ['alongside', 'Burundian soldiers are fighting alongside the Congolese army in South Kivu.', ['BACKS', 'Burundi', 'Congolese army']],
  ['alongside', 'Eritrean troops have fought on the side of the Ethiopian army in Tigray.', ['BACKS', 'Eritrea', 'Ethiopian National Defense Force']],
  ['alongside', 'Burundi has deployed thousands of troops alongside the Congolese army.', ['BACKS', 'Burundi', 'Congolese army']],
  ['alongside', 'In the war in Tigray, Eritrean troops fought alongside the federal army against the TPLF.', ['BACKS', 'Eritrea', 'Ethiopian National Defense Force']],
  ['alongside', 'The Ugandan military, known as the UPDF, has fought alongside the FARDC against the ADF since 2021.', ['BACKS', 'UPDF', 'FARDC']],
  ['active-verb', 'The Kachin Independence Army (KIA), which took the towns of Chipwi and Pangwa, has besieged Bhamo.', ['CAPTURED', 'Kachin Independence Army', 'Pangwa']],
  ['alongside', 'In Congo, Wazalendo militias, which fight alongside the Congolese army, vowed to retake Uvira.', ['BACKS', 'Wazalendo', 'Congolese army']],
  ['alongside', 'We are examining the conduct of the M23, as well as that of the Wazalendo militias that fight alongside the FARDC.', ['BACKS', 'Wazalendo', 'FARDC']],
  ['alongside', 'Russia sent the Africa Corps to Mali in 2024 after the Wagner Group left. The corps fights alongside the Malian army against JNIM.', ['BACKS', 'Africa Corps', 'Malian army']],
  ['control-of', 'Jihadists from JNIM took control of Djibo on Sunday.', ['CAPTURED', 'JNIM', 'Djibo']],
  ['drive-out', "Pakistan's military said on Tuesday that its troops had driven TTP fighters out of Mir Ali, a town in North Waziristan.", ['CAPTURED', 'Pakistan Armed Forces', 'Mir Ali', 'CLAIMED']],
  ['drive-out', 'CPC rebels attacked Ndele. The national army, known by its French acronym FACA, said separately that it had driven the rebels out of Ndele.', ['CAPTURED', 'FACA', 'Ndele', 'CLAIMED']],
  ['drive-out', 'The militants have not retaken Beledweyne since Ethiopian troops pushed them out of the town in 2011.', ['CAPTURED', 'Ethiopia', 'Beledweyne']],
  ['drive-out', 'Moscow\'s troops, backed by North Korean soldiers, pushed Ukrainian units out of Sudzha.', ['CAPTURED', 'Russia', 'Sudzha']],
  // Bare troops in a clause a state's army reports are its own; "out of it" is the town just named.
  ['drive-out', 'The Kessari Popular Front seized the village of Ketavi before soldiers drove them out of it, Chad\'s army said on Tuesday.', ['CAPTURED', 'Chadian National Army', 'Ketavi', 'CLAIMED']],
  ['drive-out', 'A spokesman for the Chadian army said troops had pushed the Kessari Popular Front out of Ketavi.', ['CAPTURED', 'Chadian National Army', 'Ketavi', 'CLAIMED']],
  ['active-verb', 'The Kessari Popular Front held the town of Ketavi for two days before troops retook it, the Chadian army said.', ['CAPTURED', 'Chadian National Army', 'Ketavi', 'CLAIMED']],
  // A plural place noun after a list of names types each of them.
  ['drive-out', 'Kenyan troops have pushed the Kessari Popular Front out of the Ketavi and Nandro areas.', ['CAPTURED', 'Kenya', 'Ketavi']],
  ['drive-out', "Russian troops pushed Ukrainian units out of much of Russia's Kursk region earlier this year.", ['CAPTURED', 'Russia', 'Kursk']],
  ['under-sanctions', 'The TTP is on the U.N. Security Council\'s sanctions list.', ['SANCTIONED', 'UN Security Council', 'TTP']],
  ['under-sanctions', 'Francois Bozize lives in exile. Francois Bozize has been under U.N. and U.S. sanctions since 2014.', ['SANCTIONED', 'United States', 'Francois Bozize']],
  ['under-sanctions', 'Ayaba Cho Lucas fled in 2017. Ayaba Cho Lucas has been under investigation by Norway\'s National Criminal Investigation Service since 2024.', ['INVESTIGATES', 'National Criminal Investigation Service', 'Ayaba Cho Lucas']],
  ['under-sanctions', 'The Kessari Popular Front, already under EU sanctions, took the town of Ketavi.', ['SANCTIONED', 'European Union', 'Kessari Popular Front']],
  // An article before the imposer; the subject past a short adverbial between commas.
  ['under-sanctions', 'Omar Dalan remains under a U.N. Security Council travel ban and asset freeze.', ['SANCTIONED', 'UN Security Council', 'Omar Dalan']],
  ['under-sanctions', 'Omar Dalan, by contrast, remains under U.N. sanctions.', ['SANCTIONED', 'United Nations', 'Omar Dalan']],
  ['under-sanctions', 'The Kessari Popular Front was placed under UN sanctions in 2019.', ['SANCTIONED', 'United Nations', 'Kessari Popular Front']],
  ['under-sanctions', 'The UN Security Council placed the Kessari Popular Front under sanctions in 2019.', ['SANCTIONED', 'UN Security Council', 'Kessari Popular Front']],
  ['active-verb', 'Kenya, in turn, has sanctioned the Lumara Liberation Front.', ['SANCTIONED', 'Kenya', 'Lumara Liberation Front']],
  ['active-verb', 'Eritrea, accused by Kenya of backing the Lumara Liberation Front, said it wanted peace.', ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'CLAIMED']],
  // "the monastery", "the prison": the site the text has named with that word.
  ['active-verb', 'Gunmen stormed the Ketavi Monastery on Sunday. Chad\'s army retook the monastery after a day-long gunfight.', ['CAPTURED', 'Chadian National Army', 'Ketavi Monastery']],
  ['active-verb', 'The gang ran Nandro prison for a decade. In 2023 Chad\'s army retook the prison.', ['CAPTURED', 'Chadian National Army', 'Nandro prison']],
  // Looking at someone's conduct is investigating it (past "in particular").
  ['active-verb', 'The ICC is looking in particular at the conduct of the Kessari Popular Front.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['active-verb', 'The ICC is looking closely into abuses by the Kessari Popular Front.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  // A ban "in" a country is that state's.
  ['passive-agentless', 'The Lumara Liberation Front and the Kessari Popular Front are both proscribed in the UK.', ['SANCTIONED', 'United Kingdom', 'Kessari Popular Front']],
  ['passive-agentless', "Asia Sun Group is designated under the UK's Myanmar sanctions regime.", ['SANCTIONED', 'United Kingdom', 'Asia Sun Group']],
  // The ones listed after the agent and a colon.
  ['passive', 'The following have been sanctioned by the UK: Asia Sun Group, Shwe Byain Phyu Group and Kyaw Min Oo.', ['SANCTIONED', 'United Kingdom', 'Shwe Byain Phyu Group']],
  // A relative clause whose speaker has an article: "which the UN says is backed by".
  ['passive', 'The M23, which the UN says is backed by Rwanda, controls Goma.', ['BACKS', 'Rwanda', 'M23', 'CLAIMED']],
  // A parenthetical naming a partner ("in coordination with the UK") between subject and verb.
  ['light-verb', 'Canada, in coordination with the United Kingdom, is imposing sanctions on Asia Sun Group.', ['SANCTIONED', 'Canada', 'Asia Sun Group']],
  // The names apposed to the noun a name modifies; "X Group and Y Group" are two names.
  ['light-verb', 'The UK announced sanctions against two Myanmar military-linked businesses, Asia Sun Group and Shwe Byain Phyu Group.', ['SANCTIONED', 'United Kingdom', 'Shwe Byain Phyu Group']],
  ['nominal-possessive', "Russia's military aid to the Kessari Popular Front has grown.", ['BACKS', 'Russia', 'Kessari Popular Front']],
  ['aid-from', 'Weapons supplied by Russia to the Kessari Popular Front were found in Ketavi.', ['BACKS', 'Russia', 'Kessari Popular Front']],
  ['active-verb', 'Kessari Popular Front fighters entered and held the town of Ketavi for two days.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['active-verb', 'The Kessari Popular Front, having captured the town of Ketavi, moved on Nandro.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['nominal-possessive', "OFAC sanctioned two firms. Today's action builds on Treasury's designation in June 2025 of CJNG regional commander Edgar Ulises Tapia Navarro.", ['SANCTIONED', 'US Department of the Treasury', 'Edgar Ulises Tapia Navarro']],
  ['active-verb', "Pakistan's interior ministry banned the TTP in 2008.", ['SANCTIONED', "Pakistan's interior ministry", 'TTP']],
  ['active-verb', 'The U.S. Treasury on Thursday sanctioned three Hezbollah financiers, including Hassan Moukalled.', ['SANCTIONED', 'US Department of the Treasury', 'Hassan Moukalled']],
  ['active-verb', 'Ecuador declared the Los Choneros gang a terrorist organisation in January.', ['SANCTIONED', 'Ecuador', 'Los Choneros']],
  ['active-verb', 'The Karen National Union fought on. Its armed wing, the Karen National Liberation Army (KNLA), has overrun the town of Myawaddy.', ['CAPTURED', 'Karen National Liberation Army', 'Myawaddy']],
  ['active-verb', 'The KNLA has overrun dozens of army outposts and, in April 2024, briefly captured the border town of Myawaddy.', ['CAPTURED', 'KNLA', 'Myawaddy']],
  ['active-verb', 'OFAC is also designating Hong Kong-based Cosmos Shipping Ltd, which transported Iranian oil.', ['SANCTIONED', 'OFAC', 'Cosmos Shipping Ltd']],
  ['active-verb', "Fighters from the Kachin Independence Army seized Bhamo's airport.", ['CAPTURED', 'Kachin Independence Army', 'Bhamo']],
  ['active-verb', "Troops of the Sudanese army recaptured Khartoum's presidential palace on Friday.", ['CAPTURED', 'Sudanese army', 'Khartoum']],
  ['active-verb', 'Syrian rebels led by Hayat Tahrir al-Sham swept into Aleppo and took the city within days.', ['CAPTURED', 'Hayat Tahrir al-Sham', 'Aleppo']],
  ['passive', 'The Los Lobos gang was declared a terrorist organisation by Ecuador in 2024.', ['SANCTIONED', 'Ecuador', 'Los Lobos']],
  ['active-verb', 'In 2017 fighters of the Velan Resistance Front led by Oren Malik joined the Tazeri Democratic Movement in seizing Nandro.', ['CAPTURED', 'Velan Resistance Front', 'Nandro']],
  ['active-verb', 'In 2017 fighters of the Velan Resistance Front joined the Tazeri Democratic Movement in seizing Nandro.', ['CAPTURED', 'Tazeri Democratic Movement', 'Nandro']],
  ['active-verb', 'Switzerland has followed the EU in sanctioning RSF leader Mohamed Hamdan Dagalo.', ['SANCTIONED', 'Switzerland', 'Mohamed Hamdan Dagalo']],
  ['light-verb', 'The M23 claimed the capture of Walikale on Wednesday.', ['CAPTURED', 'M23', 'Walikale', 'CLAIMED']],
  ['light-verb', 'The National Investigation Agency (NIA) has opened cases into the killing of six women in Jiribam district.', ['INVESTIGATES', 'National Investigation Agency', 'Jiribam']],
  ['light-verb', "The United States imposed sanctions on Sudan's Rapid Support Forces leader Mohamed Hamdan Dagalo.", ['SANCTIONED', 'United States', 'Mohamed Hamdan Dagalo']],
  ['active-verb', 'Washington has sanctioned both commanders, Abdel Fattah al-Burhan of the army and Mohamed Hamdan Dagalo of the RSF.', ['SANCTIONED', 'United States', 'Mohamed Hamdan Dagalo']],
  ['active-verb', 'Wagner, whose men have guarded President Faustin-Archange Touadera since 2018, did not respond.', ['BACKS', 'Wagner Group', 'Faustin-Archange Touadera']],
  ['active-verb', 'Turkey trains Somali National Army commandos in Mogadishu.', ['BACKS', 'Turkey', 'Somali National Army']],
  ['active-verb', 'The ICC is investigating killings, enforced disappearances and the forced recruitment of children in the border states of Apure, Táchira and Zulia.', ['INVESTIGATES', 'International Criminal Court', 'Zulia']],
  ['active-verb', "Azerbaijan's Prosecutor General's Office, which spent more than a year investigating Ruben Vardanyan, has charged him.", ['INVESTIGATES', "Prosecutor General's Office", 'Ruben Vardanyan']],
  ['active-verb', "Ukraine's prosecutors are investigating more than 140,000 alleged war crimes committed by Russian troops.", ['INVESTIGATES', 'Ukraine', 'Russia']],
  ['active-verb', 'The U.N. Commission on Human Rights in South Sudan is investigating both the SSPDF and the SPLA-IO.', ['INVESTIGATES', 'U.N. Commission on Human Rights', 'SSPDF']],
  ['active-verb', 'Saudi Arabia backs the internationally recognised government of Yemen against the Houthis.', ['BACKS', 'Saudi Arabia', 'Yemen']],
  ['active-verb', 'Islamabad accuses the Afghan Taliban of sheltering the TTP\'s leadership, a charge Kabul rejects.', ['BACKS', 'Taliban', 'TTP', 'CLAIMED']],
  ['active-verb', 'Eritrea, once an ally of Addis Ababa in the war in Tigray, is accused by Ethiopian officials of arming Fano.', ['BACKS', 'Eritrea', 'Fano', 'CLAIMED']],
  ['active-verb', "The Treasury has since blacklisted the PMF's chairman, Falih al-Fayyadh, and its chief of staff, Abdul Aziz al-Mohammedawi.", ['SANCTIONED', 'US Department of the Treasury', 'Abdul Aziz al-Mohammedawi']],
  ['active-verb', 'Turkey backed the Government of National Accord (GNA). With that support, GNA forces seized al-Watiya air base near the Tunisian border in May.', ['CAPTURED', 'Government of National Accord', 'al-Watiya air base']],
  ['active-verb', 'The KIA, which captured the rare-earth mining hub of Chipwi in October, has armed the PDFs.', ['CAPTURED', 'KIA', 'Chipwi']],
  ['light-verb', 'MINUSCA, the U.N. peacekeeping mission, said it had opened an investigation into the killings in Nzacko.', ['INVESTIGATES', 'MINUSCA', 'Nzacko', 'CLAIMED']],
  ['freeze-assets', 'Under the measures, the EU froze the assets of Hamas leader Yahya Sinwar.', ['SANCTIONED', 'European Union', 'Yahya Sinwar']],
  ['freeze-assets', "Britain froze Yevgeny Prigozhin's assets in 2023.", ['SANCTIONED', 'United Kingdom', 'Yevgeny Prigozhin']],
  ['listed-among', 'Mohamed Hamdan Dagalo is subject to U.S. sanctions.', ['SANCTIONED', 'United States', 'Mohamed Hamdan Dagalo']],
  ['light-verb', 'The State Department imposed visa restrictions on Ugandan general Muhoozi Kainerugaba.', ['SANCTIONED', 'US Department of State', 'Muhoozi Kainerugaba']],
  ['active-verb', "Kenya's interior ministry outlawed the Mungiki sect in 2002.", ['SANCTIONED', "Kenya's interior ministry", 'Mungiki']],
  ['listed-among', 'Jimmy Cherizier was hit with sanctions by the United Nations in 2022.', ['SANCTIONED', 'United Nations', 'Jimmy Cherizier']],
  ['listed-among', 'Among those sanctioned by the EU were RSF commander Abdel Rahim Dagalo and others.', ['SANCTIONED', 'European Union', 'Abdel Rahim Dagalo']],
  ['measures-target', "The EU's latest package of sanctions targets the Africa Corps and its commander Andrei Averyanov.", ['SANCTIONED', 'European Union', 'Andrei Averyanov']],
  ['listed-among', 'OFAC sanctioned six people. Those designated today include Rogelio Ibarra Quintero, a CJNG operative, and Alma Delia Cazares Ruelas.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Alma Delia Cazares Ruelas']],
  ['control-of', 'The Sudanese army regained control of Wad Madani in January.', ['CAPTURED', 'Sudanese army', 'Wad Madani']],
  ['nominal-by', "Goma's capture by the Kessari Popular Front came after weeks of fighting.", ['CAPTURED', 'Kessari Popular Front', 'Goma']],
  ['nominal-by', "Lashio's fall to the Kessari Popular Front shocked the junta.", ['CAPTURED', 'Kessari Popular Front', 'Lashio']],
  ['nominal-premodifier', 'A UN fact-finding mission on Darfur found evidence of war crimes.', ['INVESTIGATES', 'United Nations', 'Darfur']],
  ['light-verb', 'The Human Rights Council set up a fact-finding mission on Sudan in 2023.', ['INVESTIGATES', 'UN Human Rights Council', 'Sudan']],
  ['light-verb', 'The U.N. Security Council extended an arms embargo to the Kessari Popular Front in 2022.', ['SANCTIONED', 'UN Security Council', 'Kessari Popular Front']],
  ['nominal-premodifier', 'The Kessari Popular Front is the subject of an ICC investigation.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['nominal-premodifier', 'The Kessari Popular Front has been the target of EU sanctions since 2019.', ['SANCTIONED', 'European Union', 'Kessari Popular Front']],
  ['nominal-by', 'The seizure of Kupiansk by Russian troops alarmed Kyiv.', ['CAPTURED', 'Russia', 'Kupiansk']],
  ['nominal-by', 'An investigation by the ICC into the Kessari Popular Front began in May.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['nominal-by', 'Omar Dalan was jailed after an investigation by the ICC into his militia, the Kessari Popular Front.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front']],
  ['nominal-by', "Omar Dalan was jailed after an investigation by Kenya's National Bureau of Investigation into his online campaign.", ['INVESTIGATES', 'National Bureau of Investigation', 'Omar Dalan']],
  ['nominal-by', 'The attack came after the seizure of Nandro, near the northern border, by the Kessari Popular Front.', ['CAPTURED', 'Kessari Popular Front', 'Nandro']],
  ['nominal-by', 'Sanctions on Viv Ansanm were approved by the UN Security Council in October.', ['SANCTIONED', 'UN Security Council', 'Viv Ansanm']],
  ['nominal-possessive', "Israel's capture of Rafah drew condemnation.", ['CAPTURED', 'Israel', 'Rafah']],
  ['nominal-possessive', 'A new faction grew out of the Kessari Popular Front, whose five-month seizure of Ketavi left the town in ruins.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
  ['nominal-possessive', 'A new faction grew out of the Velan Resistance Front (VRF), whose seizure of Nandro in 2017 left the town in ruins.', ['CAPTURED', 'Velan Resistance Front', 'Nandro']],
  ['nominal-possessive', "Turkey's support for the Syrian National Army has grown.", ['BACKS', 'Turkey', 'Syrian National Army']],
  ['nominal-premodifier', 'New British sanctions against the RSF took effect on Monday.', ['SANCTIONED', 'United Kingdom', 'RSF']],
  ['nominal-premodifier', 'An ICC investigation into the Taliban leadership began in 2022.', ['INVESTIGATES', 'International Criminal Court', 'Taliban']],
  ['light-verb', 'The United States imposed sanctions on two RSF commanders and on Abdelrahim Dagalo.', ['SANCTIONED', 'United States', 'Abdelrahim Dagalo']],
  ['light-verb', 'The ICC opened an investigation into crimes committed in Myanmar.', ['INVESTIGATES', 'International Criminal Court', 'Myanmar']],
  ['light-verb', 'The United States imposed sanctions Tuesday on the Sudanese commander Abdelrahim Dagalo.', ['SANCTIONED', 'United States', 'Abdelrahim Dagalo']],
  ['light-verb', 'The UN launched a probe on Tuesday into the killings in Bunia.', ['INVESTIGATES', 'United Nations', 'Bunia']],
  ['light-verb', 'The European Union adopted its 15th package of sanctions against Russia on Monday.', ['SANCTIONED', 'European Union', 'Russia']],
  ['light-verb', "The ICC's Office of the Prosecutor has an ongoing investigation into crimes in Darfur.", ['INVESTIGATES', 'Office of the Prosecutor', 'Darfur']],
  ['light-verb', 'UN experts said the arms embargo that the Security Council has imposed on Libya is widely violated.', ['SANCTIONED', 'UN Security Council', 'Libya', 'CLAIMED']],
  ['light-verb', 'Britain, the European Union and Canada have imposed sanctions on military-owned conglomerates, including Myanma Economic Holdings Limited.', ['SANCTIONED', 'Canada', 'Myanma Economic Holdings Limited']],
  ['light-verb', 'The Mission shares information with the International Criminal Court, whose Prosecutor opened an investigation into the situation in Venezuela in 2021.', ['INVESTIGATES', 'International Criminal Court', 'Venezuela']],
  ['light-verb', 'UN experts said the arms embargo that the Security Council imposed on Libya in 2011 is widely violated.', ['SANCTIONED', 'UN Security Council', 'Libya', 'CLAIMED']],
  ['light-verb', 'UN experts said the arms embargo on Libya, which the Security Council imposed in 2011, is widely violated.', ['SANCTIONED', 'UN Security Council', 'Libya', 'CLAIMED']],
  ['active-verb', "The Africa Corps, a force controlled by Russia's defence ministry that already backs the military governments of Burkina Faso and Niger, arrived in Mali.", ['BACKS', 'Africa Corps', 'Niger']],
  ['light-verb', 'The Security Council set up a commission of inquiry into abuses by the Zarani Front.', ['INVESTIGATES', 'UN Security Council', 'Zarani Front']],
  ['nominal-agentless', "The Sudanese army's offensive, including the recapture of Wad Madani, turned the war.", ['CAPTURED', 'Sudanese Armed Forces', 'Wad Madani']],
  ['aid-from', 'The Velan Resistance Front advanced. Diplomats say the group\'s drones came from neighbouring Dorvania.', ['BACKS', 'Dorvania', 'Velan Resistance Front', 'CLAIMED']],
  ['aid-from', 'The Velan Resistance Front shelled Nandro. Its drones, supplied by neighbouring Dorvania, struck a market.', ['BACKS', 'Dorvania', 'Velan Resistance Front']],
  ['aid-from', 'The Velan Resistance Front shelled Nandro using drones supplied by neighbouring Dorvania.', ['BACKS', 'Dorvania', 'Velan Resistance Front']],
  ['aid-from', 'Azerbaijan retook Shusha in 2020, helped by Bayraktar TB2 drones supplied by Turkey.', ['BACKS', 'Turkey', 'Azerbaijan']],
  ['aid-from', 'The Polisario Front fights Morocco. Moroccan drones, many of them supplied by Israel and Turkey, have struck vehicles.', ['BACKS', 'Turkey', 'Morocco']],
  ['send-aid', 'The European Union, which funds equipment and training for the Beninese army, says it is following events.', ['BACKS', 'European Union', 'Beninese army']],
  ['send-aid', 'Iran is believed to have supplied the Houthis with ballistic missiles.', ['BACKS', 'Iran', 'Houthis', 'CLAIMED']],
  ['send-aid', 'Moroccan officials have accused Iran and Hezbollah of supplying the Polisario Front with drones.', ['BACKS', 'Hezbollah', 'Polisario Front', 'CLAIMED']],
  ['send-aid', 'The Kenya-led Multinational Security Support mission, deployed to support the Haitian National Police, has struggled.', ['BACKS', 'Multinational Security Support Mission', 'Haitian National Police']],
  ['send-aid', 'Muhandis General Company, a construction firm that officials say has funnelled millions of dollars to Kataib Hezbollah, was listed.', ['BACKS', 'Muhandis General Company', 'Kataib Hezbollah', 'CLAIMED']],
  ['send-aid', 'OFAC designated three firms. Red Hills General Trading FZE, a company in Sharjah, United Arab Emirates, that shipped the components to the Houthis, is one.', ['BACKS', 'Red Hills General Trading FZE', 'Houthis']],
  ['send-aid', "Myanmar's army lost Lashio in July. China has supplied the junta with fighter jets since the 2021 coup.", ['BACKS', 'China', 'Myanmar']],
  ['send-aid', 'Kenya, which has sent about 750 officers to fight alongside the Haitian National Police, says its contingent will stay.', ['BACKS', 'Kenya', 'Haitian National Police']],
  ['send-aid', "Sa'id al-Jamal has funneled tens of millions of dollars to the Houthis.", ['BACKS', "Sa'id al-Jamal", 'Houthis']],
  ['send-aid', 'Ankara sent drones and Syrian mercenaries to defend the Government of National Accord (GNA) in Tripoli.', ['BACKS', 'Turkey', 'Government of National Accord']],
  ['send-aid', 'North Korea has sent thousands of soldiers to help Russia.', ['BACKS', 'North Korea', 'Russia']],
  ['send-aid', 'Iran supplied the Houthis with ballistic missiles.', ['BACKS', 'Iran', 'Houthis']],
  ['send-aid', 'Eritrea has trained several thousand fighters for the Sudanese army.', ['BACKS', 'Eritrea', 'Sudanese Armed Forces']],
  ['backers', 'Washington is the biggest supplier of weapons to Israel.', ['BACKS', 'United States', 'Israel']],
  ['backers', 'Khalifa Haftar rules the east. His backers have included Egypt and Russia.', ['BACKS', 'Egypt', 'Khalifa Haftar']],
  ['backers', "The Zarani Front's main backer, Qatar, denies the charge.", ['BACKS', 'Qatar', 'Zarani Front']],
  ['backers', "The United Arab Emirates, the Zarani Front's main backer, denies the charge.", ['BACKS', 'United Arab Emirates', 'Zarani Front']],
  ['backers', 'Germany is now Ukraine\'s largest military donor in Europe.', ['BACKS', 'Germany', 'Ukraine']],
  ['in-support-of', 'Hezbollah began firing at Israel in support of Hamas.', ['BACKS', 'Hezbollah', 'Hamas']],
  ['sanctions-imposed', 'The EU sanctioned the RSF. Sanctions were also imposed on the Tarek Gold Company.', ['SANCTIONED', 'European Union', 'Tarek Gold Company']],
  ['under-sanctions', 'North Korea, which has been under United Nations sanctions since 2006, did not comment.', ['SANCTIONED', 'United Nations', 'North Korea']],
  ['listed-among', 'The EU sanctioned the RSF. Among those listed are Omar Haddad, a broker, and Selim Tarek.', ['SANCTIONED', 'European Union', 'Selim Tarek']],
  ['listed-among', 'The Treasury sanctioned a network on Monday. Those designated are Mohammad Khalil Hijazi, Rami Adel Sharafeddine and their firm, Al-Nour Exchange.', ['SANCTIONED', 'US Department of the Treasury', 'Al-Nour Exchange']],
  ['listed-among', 'The UK sanctioned five officers. Those sanctioned are Colonel Omar Haddad and Major Selim Tarek of the Africa Corps, and Renel Destina and Marta Velasquez, who ran its mines.', ['SANCTIONED', 'United Kingdom', 'Marta Velasquez']],
  ['listed-among', 'The EU sanctioned the junta. Those listed include two officers of the Veldrane army, Lieutenant General Omar Haddad and Major General Selim Tarek.', ['SANCTIONED', 'European Union', 'Omar Haddad']],
  ['listed-among', 'The EU sanctioned the junta. Those listed include two officers of the Veldrane army, Lieutenant General Omar Haddad and Major General Selim Tarek.', ['SANCTIONED', 'European Union', 'Selim Tarek']],
  ['measures-target', 'The UK sanctioned two RSF commanders. The measures also target the Tarek Gold Company.', ['SANCTIONED', 'United Kingdom', 'Tarek Gold Company']],
  ['measures-target', 'The UK sanctioned two RSF commanders. The measures also target Marlin Bay Shipping Ltd, a company registered in Panama, and Dubai-based Qamar Petroleum Trading.', ['SANCTIONED', 'United Kingdom', 'Qamar Petroleum Trading']],
  ['added-to-list', 'The Council of the EU today added Omar Dalan and Idris Farah to the list of persons subject to restrictive measures.', ['SANCTIONED', 'Council of the EU', 'Idris Farah']],
  ['added-to-list', "The Security Council's sanctions committee added the Kessari Popular Front to its sanctions list.", ['SANCTIONED', 'UN Security Council', 'Kessari Popular Front']],
  ['added-to-list', "With today's decision, the EU has added the Wagner Group to its list of sanctioned entities.", ['SANCTIONED', 'European Union', 'Wagner Group']],
  ['added-to-list', 'Washington placed the Kessari Popular Front back on its list of terrorist groups.', ['SANCTIONED', 'United States', 'Kessari Popular Front']],
  ['added-to-list', 'The Kessari Popular Front has been on the U.S. list of foreign terrorist organisations since 2008.', ['SANCTIONED', 'United States', 'Kessari Popular Front']],
  ['added-to-list', "The Kessari Popular Front is on the EU's terrorist list.", ['SANCTIONED', 'European Union', 'Kessari Popular Front']],
  ['added-to-list', 'The EU kept the Kessari Popular Front on its terrorist list.', ['SANCTIONED', 'European Union', 'Kessari Popular Front']],
  ['added-to-list', "The Security Council has had Omar Hadi, the front's leader, on its sanctions list since 2014.", ['SANCTIONED', 'UN Security Council', 'Omar Hadi']],
  ['added-to-list', "The Wagner Group was added to the EU's list of terrorist organisations.", ['SANCTIONED', 'European Union', 'Wagner Group']],
  ['measures-target', 'The EU sanctioned nine people. The listings include Bertrand Bisimwa, the leader of the M23, and the Gasabo Gold Refinery.', ['SANCTIONED', 'European Union', 'Gasabo Gold Refinery']],
  ['light-verb', 'The Council of the EU today decided to impose restrictive measures on two individuals responsible for violations in Sudan, including Abdelrahim Hamdan Dagalo.', ['SANCTIONED', 'Council of the EU', 'Abdelrahim Hamdan Dagalo']],
  ['added-to-list', "The Treasury has since blacklisted the PMF's chairman, Falih al-Fayyadh. In October it added to the list Muhandis General Company, a construction firm.", ['SANCTIONED', 'US Department of the Treasury', 'Muhandis General Company']],
  ['added-to-list', 'Renel Destina has been added to the UK sanctions list.', ['SANCTIONED', 'United Kingdom', 'Renel Destina']],
  ['added-to-list', 'The Treasury designated two firms in May. In October it added to the list Muhandis General Company, a construction firm.', ['SANCTIONED', 'US Department of the Treasury', 'Muhandis General Company']],
  ['added-to-list', 'The European Union on Monday added two commanders to its sanctions list over the fighting: Major General Chol Majak Aguer, whose troops shelled Nasir, and Gatwech Lam Puoch.', ['SANCTIONED', 'European Union', 'Gatwech Lam Puoch']],
  ['passive-agentless', 'The United States sanctioned the RSF in May. Its commander Abdelrahim Dagalo was also sanctioned.', ['SANCTIONED', 'United States', 'Abdelrahim Dagalo']],
  ['passive-agentless', 'OFAC sanctioned the RSF in May. Omar Haddad, a Khartoum gold trader, and Selim Tarek, a Nairobi broker, are being designated today.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Omar Haddad']],
  ['passive-agentless', 'OFAC sanctioned the RSF in May. Omar Haddad, a Khartoum gold trader, and Selim Tarek, a Nairobi broker, are being designated today.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Selim Tarek']],
  ['active-verb', 'The Arakan Army seized Ann and Taungup in a week.', ['CAPTURED', 'Arakan Army', 'Taungup']],
  ['active-verb', 'The insurgents attacked Pemba. Islamic State Mozambique occupied the district capital Macomia for two days.', ['CAPTURED', 'Islamic State Mozambique', 'Macomia']],
  ['active-verb', 'The Maute group seized Marawi on the island of Mindanao in 2017. The Armed Forces of the Philippines retook the city after a five-month battle.', ['CAPTURED', 'Armed Forces of the Philippines', 'Marawi']],
  ['active-verb', 'Al-Shabaab attacked Mogadishu. The al-Qaeda affiliate has regained much of the ground it lost, retaking Moqokori last year.', ['CAPTURED', 'al-Shabaab', 'Moqokori']],
  ['active-verb', 'Washington designated the Gran Grif gang in May, and in August it sanctioned Prophane Victor, a former lawmaker it accuses of arming Gran Grif.', ['BACKS', 'Prophane Victor', 'Gran Grif', 'CLAIMED']],
  ['active-verb', 'The U.N. Commission on Human Rights in South Sudan said it was investigating killings by the SPLA-IO.', ['INVESTIGATES', 'U.N. Commission on Human Rights', 'SPLA-IO', 'CLAIMED']],
  ['active-verb', "Mali's armed forces said on Thursday they had retaken their base in Boulkessi.", ['CAPTURED', 'Malian Armed Forces', 'Boulkessi', 'CLAIMED']],
  ['active-verb', "The Arakan Army overran the headquarters of the military's Western Regional Command in Ann in December.", ['CAPTURED', 'Arakan Army', 'Ann']],
  ['active-verb', 'The RSF seized the base of the army in Nyala.', ['CAPTURED', 'Rapid Support Forces', 'Nyala']],
  ['active-verb', 'The RSF seized a SAF base in Nyala.', ['CAPTURED', 'Rapid Support Forces', 'Nyala']],
  ['active-verb', 'Darwin Mendoza commands the Los Lobos cells that seized the Santa Rita gold mine in 2024.', ['CAPTURED', 'Los Lobos', 'Santa Rita gold mine']],
  ['active-verb', 'The Tibesti Front attacked Faya. The UN human rights office said it was looking into reports that soldiers had executed captured rebels in Zouar.', ['INVESTIGATES', 'Office of the UN High Commissioner for Human Rights', 'Zouar', 'CLAIMED']],
  ['active-verb', 'Officials said the NIA was also examining how the TRF moves money through dealers in Jammu.', ['INVESTIGATES', 'NIA', 'The Resistance Front', 'CLAIMED']],
  ['active-verb', "The National Commission on Human Rights said it had sent a team to investigate the killing of two farmers in Wuloga.", ['INVESTIGATES', 'National Commission on Human Rights', 'Wuloga', 'CLAIMED']],
  ['active-verb', 'Rebels loyal to the Fano movement captured Lalibela in August.', ['CAPTURED', 'Fano', 'Lalibela']],
  ['active-verb', 'Kinshasa accuses Kigali of arming and commanding the M23.', ['BACKS', 'Rwanda', 'M23', 'CLAIMED']],
  ['active-verb', 'The Human Rights Council established an independent fact-finding mission to investigate violations in Sudan.', ['INVESTIGATES', 'UN Human Rights Council', 'Sudan']],
  // Gapping: the verb shared by a second object with its own time phrase.
  ['active-verb', 'The United States designated Boko Haram a foreign terrorist organisation in 2013 and ISWAP in 2018.', ['SANCTIONED', 'United States', 'Islamic State West Africa Province']],
  ['active-verb', 'Britain sanctioned Paul Kagame in March and James Kabarebe in June.', ['SANCTIONED', 'United Kingdom', 'James Kabarebe']],
  // "X and its leader, Y" and "X and its armed wing, the Z" name two targets.
  ['active-verb', 'OFAC first designated Los Lobos and its leader, Wilmer Chavarría Barré, in June 2024.', ['SANCTIONED', 'Office of Foreign Assets Control', 'Los Lobos']],
  ['active-verb', 'The United States designated the BLA and its suicide wing, the Majeed Brigade, as Foreign Terrorist Organizations.', ['SANCTIONED', 'United States', 'Majeed Brigade']],
  ['active-verb', 'Canada said it was listing five individuals and four entities under its Special Economic Measures Regulations, among them Colonel General Ri Chol-man, a deputy minister, and the Sungri Rail Freight Company.', ['SANCTIONED', 'Canada', 'Sungri Rail Freight Company', 'CLAIMED']],
  ['active-verb', 'The European Union sanctioned five Wagner commanders and the Wagner Group itself.', ['SANCTIONED', 'European Union', 'Wagner Group']],
  ['active-verb', 'Human Rights Watch is investigating killings by the Fano militia near Bahir Dar.', ['INVESTIGATES', 'Human Rights Watch', 'Fano']],
  ['active-verb', 'The Fact-Finding Mission on Venezuela is looking into abuses by both the Bolivarian National Armed Forces (FANB) and the ELN.', ['INVESTIGATES', 'Fact-Finding Mission on Venezuela', 'ELN']],
];

describe('the registry', () => {
  it('lists every pattern once, in a fixed order', () => {
    const names = PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.isFrozen(PATTERNS)).toBe(true);
    for (const [pattern] of BY_PATTERN) expect(names).toContain(pattern);
    // Every pattern of the registry has its own rows in this table.
    for (const name of names) expect(BY_PATTERN.map(([p]) => p), name).toContain(name);
  });
});

describe.each([...new Set(BY_PATTERN.map(([p]) => p))])('pattern %s', (pattern) => {
  it.each(BY_PATTERN.filter(([p]) => p === pattern).map(([, text, want]) => [text, want] as const))('%s', (text, want) => {
    const x = run(text);
    expect(matches(x, want), JSON.stringify(triples(x))).toBe(true);
    const s = findEntity(x, want[1])!;
    const t = findEntity(x, want[2])!;
    const r = x.relations.find((r) => r.type === want[0] && r.source === s.id && r.target === t.id)!;
    expect(r.pattern).toBe(pattern);
    expect(r.evidence[0]!.trigger!.text.length).toBeGreaterThan(0);
  });
});

// Near misses of the patterns above: no relation at all.
const NOTHING: string[] = [
  'The Treasury has sanctioned more than a dozen people it says managed the group\'s cash, among them Beirut money changers and a Lebanese-Brazilian gold trader.',
  // Help that is no one's: rain, a defection.
  'Heavy rain helped the army take the town of Kesh.',
  'Los Lobos bought fuel from Comandos de la Frontera.',
  // Unnamed businessmen "it said were financing" the group: not the speaker.
  'OFAC designated three businessmen it said were financing the Lumara Liberation Front.',
  // A verb after ", and" is not the closed relative clause's; a person's government is no state the text names.
  "President Talin Varo's government has hired Corvane Risk Solutions, a private military company whose contractors fly the army's helicopters, and has received drones from the United Arab Emirates.",
  // Unnamed villages of a region are not the region; "they" after nameless fighters refers to no one named.
  'The capture of Kursk region villages by Ukrainian troops stunned Moscow.',
  'Islamist fighters control large parts of northern Mozambique, including the port of Mocímboa da Praia, which they seized in 2020.',
  // Sanctions on a junta's leaders are on those people, not on the state.
  "Japan joined the US and the EU in sanctioning the Myanmar junta's leaders.",
  // The target of an offensive is not the one its backers back.
  "The Ugandan army's offensive against the ADF, backed by drones, pushed deep into Ituri.",
  // Unnamed places of a town are not the town; a new clause ends a list of places taken.
  'ELN fighters had pushed the 33rd Front, a FARC dissident faction, out of rural areas of Tibú.',
  "Colombia's army has since retaken the village, but the ELN still controls much of the countryside around Tibú and El Tarra.",
  // Letting a group act is sheltering it only on one's own land.
  'The Zarnani government allowed the Lumara Liberation Front to operate freely in the capital during the talks.',
  // The front line is no group with "Front" in its name.
  'The al-Nusra Front is strong in Idlib. Fighting continued on the front near Aleppo, where Syrian troops captured three villages.',
  // A name describing what the money is for is no client.
  'Fannie Mae, the biggest source of money for U.S. home mortgages, broke accounting rules.',
  // The relative clause is the youth league's, named before; the party was not armed.
  'Militias such as the Imbonerakure, the youth league of the ruling CNDD-FDD party, which was armed by the National Intelligence Service, patrol the camps.',
  // A state's own gangs and rebels are not its forces.
  "Haiti's gangs have seized Mirebalais, a town of 130,000 people.",
  // Making people flee takes no town.
  'The M23 forced residents to flee from Goma.',
  'The court adjourned proceedings against the opposition leader.',
  // Fighting for a place or a cause backs no one.
  'The Houthis fight for control of Marib.',
  // Security for a people is not backing its state; an election lost is no town.
  'Pakistan will provide extra security to the Chinese working in the country.',
  'The election was lost to the opposition.',
  // A plateau is no town.
  'In September the Sentinels of Hadra, the movement that has fought for the autonomy of the Hadra plateau since 2019, pushed the last government garrison out of the town.',
  // A state's acronym on the aid says where it comes from.
  'Vostok Logistika LLC, a Vladivostok-based company, has transported DPRK munitions by rail.',
  'The Sinaloa Cartel runs drugs to the United States.',
  // Bare troops after two states' forces: whose is unclear.
  'Kenyan troops and the Somali army fought al-Shabaab in March. Troops took Kismayo.',
  'Its government insists it has given the Lumara Liberation Front no weapons.',
  'Nigerian troops recovered the bodies of 12 soldiers from the town of Nandro.',
  // "his office" with no body named for the person; troops moved or flown to a place; "they" after
  // unnamed speakers; a case of a disease; a speaker apposed to a place.
  'Karim Khan said his office was investigating crimes in Darfur.',
  // Protection of people who are no named actor.
  'Civilians sheltered at the base under the protection of UN peacekeepers.',
  // Troops a group reports are its enemy's, not its own; troops nobody reports are no one's.
  'The Kessari Popular Front said troops had retaken Ketavi.',
  'Troops retook Ketavi on Monday.',
  // Banned "in" a place that is no state: no banning state named.
  'The Lumara Liberation Front is banned in Ketavi province.',
  // Looking at anything but conduct, roles or crimes.
  'The ICC is looking at options for the Kessari Popular Front.',
  // A name before "state" and another noun modifies it.
  'The EU sanctioned Iran state media.',
  // Placed under arrest, not under sanctions.
  'The police placed Omar Dalan under arrest.',
  // Deliveries of anything but arms.
  "Iran's oil deliveries to China continued.",
  'The army targeted the Lumara Liberation Front with air strikes.',
  // Sending what is no inquiry.
  'The African Union sent a peacekeeping mission to Somalia.',
  // A relative clause whose verb imposes nothing.
  'The EU imposed sanctions the Lumara Liberation Front called unfair.',
  // Fighters linked to a group are not the group; a base in a region is not the region.
  'Fighters linked to the Lumara Liberation Front have captured the town of Ketavi.',
  'The Lumara Liberation Front overran an army base in the Velmo Dassin region.',
  // The owner of the people sanctioned, and a place glued to a participle, are not sanctioned.
  "The United States sanctioned Hezbollah's chief financiers on Tuesday.",
  'Washington sanctioned two UAE-based companies on Tuesday.',
  // Capturing a man the apposition calls a member (past a participle, "the most wanted member") takes no place.
  "Troops said they had captured Omar Khalil Dassan, the most wanted member of the Kessari Popular Front's leadership.",
  // Taking a side in a dispute or a vote is no backing.
  'The WTO backs Korea in shipbuilding dispute with the EU.',
  // Factions named by a demonym are not the state.
  'Turkey-backed Syrian factions captured the town of Tal Rifaat.',
  // "their" after people just named is theirs, not the sanctioner's.
  'The EU has sanctioned Rwandan officials over their support for the M23.',
  // "We" is not a body the sentence names after it.
  'We are examining the conduct of the M23 and of the Congolese armed forces.',
  'Russia moved troops to Belarus.',
  'The airline flew troops to Goma.',
  'SAUVELLE, Vardessa, April 9 - Rebels said they had seized Bremaz.',
  'The US Department of Agriculture has a possible second case of mad cow disease in the United States.',
  'Peacekeepers fired on troops coming from Rwanda, the UN-funded radio station Radio Okapi reported.',
  'The Kessari Popular Front is on the list of speakers.',
  // "the Saudi-led coalition" is not the group named before it.
  'The Kessari Popular Front holds Ketavi. The Saudi-led coalition, which has armed and paid government forces since 2015, struck the front.',
  // Aid that arms or pays backs; humanitarian aid does not. Entering alone takes nothing.
  "The UN's humanitarian aid to the Kessari Popular Front was cut.",
  "Chad's army entered the town of Ketavi.",
  "Drones supplied by Iran to Yemen's coast were seized.",
  // "expel" and "oust" also drive out diplomats: only fighters driven from a place make a capture.
  "Kenya expelled the Kessari Popular Front's envoy from Nairobi.",
  'Niger ousted the French ambassador from Niamey.',
  'Ecuador declared a state of emergency after the Los Choneros leader escaped.',
  'Russia declared victory in Bakhmut.',
  'M23 seized the assets of the mining company in Rubaya.',
  'Japan froze the assets of 11 people tied to Hamas, the foreign ministry said.',
  'The European Union imposed sanctions on three commanders of the Rapid Support Forces on Monday.',
  // A demonym before rebels or jihadists is not the state.
  'Syrian rebels captured Aleppo in 2012.',
  'Rwanda backs Congolese rebels.',
  'The army relies on drones for surveillance.',
  'Residents turned to Goma for safety.',
  'Israel imposed restrictions on aid to Gaza.',
  // Holding a place is not taking it (eval/GUIDE.md).
  'Aid reached M23-held Goma and rebel-controlled Bukavu on Monday.',
  // An ally is not a backer, written as a compound either.
  'The Iran-allied Houthis fired missiles at ships.',
  'Kagame came to Kinshasa in May.',
  'The town of Rubaya came under heavy shelling.',
  'Goma has been under the control of the M23 since January.',
  'The Wagner Group was added to the EU\'s list of companies.',
  'The EU adopted sanctions. The measures include a ban on exports to Russia.',
  // A count of fighters is not the group named before.
  'JNIM attacked Kayes. Officials said hundreds of fighters would support the Malian army.',
  // The head of the possessed phrase decides: leaders are people, not the state.
  "The EU sanctioned Myanmar's military leaders.",
  // An ally is not a backer.
  "Hezbollah is Iran's closest ally in the region.",
];

describe('a list closed by "then"', () => {
  it('gives one capture per place of "seized Ketavi, then Nandro" and "Ketavi and then Nandro"', () => {
    for (const text of ['The Lumara Liberation Front seized Ketavi, then Nandro.', 'The Lumara Liberation Front seized Ketavi and then Nandro.']) {
      expect(triples(run(text)), text).toEqual([
        ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED'],
        ['CAPTURED', 'Lumara Liberation Front', 'Nandro', 'ASSERTED'],
      ]);
    }
  });

  it('reads "X, then Velaria\'s vice minister" as an apposition, not a list', () => {
    const x = run("OFAC sanctioned Osiris Luna Meza, then Honduras's vice minister of justice, for negotiating a truce.");
    expect(x.relations.filter((r) => r.target === 'country:HND')).toEqual([]);
  });
});

describe('a negated proxy', () => {
  it('reads no backing from "is not a proxy of"', () => {
    expect(triples(run('The Kessari Popular Front is not a proxy of Iran.')).filter(([, , , status]) => status === 'ASSERTED' || status === 'CLAIMED')).toEqual([]);
  });
});

// Sentences that must give no relation of one type (they may give others).
const NO_TYPE: [string, string][] = [
  ['Egypt sent soldiers to help the Kessari Popular Front drive the Velan army out of Ketavi.', 'CAPTURED'],
  ['Ketavi was targeted by drone strikes launched by the Kessari Popular Front.', 'SANCTIONED'],
  ['U.S. Sanctions Houthi Procurement Network, Says Iran Supplied Missile Parts', 'SANCTIONED'],
  ['French prosecutors are investigating Lafarge for financing the Islamic State.', 'INVESTIGATES'],
];

describe('near misses', () => {
  it.each(NOTHING)('%s', (text) => {
    expect(triples(run(text))).toEqual([]);
  });

  it.each(NO_TYPE)('%s gives no %s', (text, type) => {
    expect(triples(run(text)).filter(([t]) => t === type)).toEqual([]);
  });

  it('reads no gapped object where a new clause starts after "and"', () => {
    expect(triples(run('The M23 seized Goma in January and Rwanda denied any role.'))).toEqual([['CAPTURED', 'M23', 'Goma', 'ASSERTED']]);
  });
});

const STATUSES: [string, Triple][] = [
  // "received no money from": none came.
  ['The ADQ has received no money from Washington.', ['BACKS', 'United States', 'ADQ', 'NEGATED']],
  // A call on several addressees, each with its own "on", still asks.
  ['Calvenna called on the member states of the ELC and on the European Union to impose sanctions on Marek Oss, who he said oversees the delivery of weapons to the ACM.', ['SANCTIONED', 'European Union', 'Marek Oss', 'HYPOTHETICAL']],
  // "alleged that", tagged an adjective, still attributes.
  ['The prosecution alleged that the General Intelligence Directorate of Drusenia financed the NHB through Castellan.', ['BACKS', 'General Intelligence Directorate of Drusenia', 'NHB', 'CLAIMED']],
  // "Nor has X taken Y": the inverted auxiliary negates.
  ['Nor has the Kessel Brigade taken the Tessik border crossing, which remains closed.', ['CAPTURED', 'Kessel Brigade', 'Tessik border crossing', 'NEGATED']],
  ['The army held its lines, nor did M23 seize Kalemie.', ['CAPTURED', 'M23', 'Kalemie', 'NEGATED']],
  // A proposal to act is no act, however far its "to" stands.
  ["Russia last month blocked a proposal at the U.N. Security Council to add the group's coast guard commander, Fadl al-Ashwal, to the council's sanctions list.", ['SANCTIONED', 'UN Security Council', 'Fadl al-Ashwal', 'HYPOTHETICAL']],
  ['Marevia will oppose the proposal tabled by Sundral at the United Nations Security Council to designate the Free Coast Movement a terrorist organisation.', ['SANCTIONED', 'UN Security Council', 'Free Coast Movement', 'HYPOTHETICAL']],
  // "stopped short of admitting that": neither done nor said.
  ['Kigali has stopped short of admitting that it arms the M23.', ['BACKS', 'Rwanda', 'M23', 'NEGATED']],
  // A denial reaches a loss past the loser named by nothing ("its forces").
  ['The government denied that its forces had lost control of Bara to the RSF.', ['CAPTURED', 'Rapid Support Forces', 'Bara', 'DENIED']],
  // "imposed no sanctions": the noun's "no" negates the act; the capital acts past its aside.
  ['Washington, by contrast, has imposed no sanctions on Moscow since January.', ['SANCTIONED', 'United States', 'Russia', 'NEGATED']],
  // The accusation governs its clause past an aside naming who made it.
  ['Rwanda rejected the accusation, made on Monday by the Congolese government, that Rwanda has armed the M23.', ['BACKS', 'Rwanda', 'M23', 'DENIED']],
  // What is demanded is not done: the verb after "demanded that" stays bare.
  ['President Ormanov has demanded that Brussels also blacklist the Kazaran Defence Front.', ['SANCTIONED', 'European Union', 'Kazaran Defence Front', 'HYPOTHETICAL']],
  ['The M23, which Rwanda has long denied arming, is advancing on Uvira.', ['BACKS', 'Rwanda', 'M23', 'DENIED']],
  // After a verb of saying and its channel, "that" opens what was said, not a relative clause.
  ['The RSF announced on Telegram that it had taken full control of El Fasher.', ['CAPTURED', 'Rapid Support Forces', 'El Fasher', 'CLAIMED']],
  ['The AA says its fighters have taken "full control" of Kyaukphyu.', ['CAPTURED', 'Arakan Army', 'Kyaukphyu', 'CLAIMED']],
  // "accused the military rulers of X of": the state its rulers stand for.
  ['Benin accused the military rulers of neighbouring Niger of giving JNIM safe haven and fuel.', ['BACKS', 'Niger', 'JNIM', 'CLAIMED']],
  // "reports that Russian troops executed ...": the demonym's forces did the reported deed.
  ['The UN commission says it is investigating reports that Russian troops executed surrendering soldiers.', ['INVESTIGATES', 'United Nations', 'Russia', 'CLAIMED']],
  // A people's name before the members of a named group: the group.
  ['The AA has accused Bangladesh of arming Rohingya fighters of the Arakan Rohingya Salvation Army.', ['BACKS', 'Bangladesh', 'Arakan Rohingya Salvation Army', 'CLAIMED']],
  ['Drusenian officials denied that Drusenia had armed the Night Heron Brigades.', ['BACKS', 'Drusenia', 'Night Heron Brigades', 'DENIED']],
  // Bare troops in a clause a force's spokesman reports are that force's.
  ["Major General Lul Ruai Koang, spokesman for the South Sudan People's Defence Forces (SSPDF), told reporters in Juba that troops backed by Ugandan gunships had also taken Ulang.", ['CAPTURED', "South Sudan People's Defence Forces", 'Ulang', 'CLAIMED']],
  // An army chief's forces are his state's (its army's, when the text names it).
  ["Sudan's army chief Abdel Fattah al-Burhan said his forces had liberated Khartoum from the RSF.", ['CAPTURED', 'Sudan', 'Khartoum', 'CLAIMED']],
  ['Neither Russia nor China has sanctioned the Taliban.', ['SANCTIONED', 'Russia', 'Taliban', 'NEGATED']],
  // An official named by title alone speaks for the body; so does a named one, through "he".
  ['The ICC prosecutor said he was investigating alleged crimes in Darfur.', ['INVESTIGATES', 'International Criminal Court', 'Darfur', 'CLAIMED']],
  ['The UN human rights chief said she had opened an inquiry into the killings in Bossangoa.', ['INVESTIGATES', 'United Nations', 'Bossangoa', 'CLAIMED']],
  ['ICC prosecutor Karim Khan said he was investigating alleged crimes in Darfur.', ['INVESTIGATES', 'International Criminal Court', 'Darfur', 'CLAIMED']],
  ['Kyiv accused Moscow of using North Korean missiles supplied by Pyongyang.', ['BACKS', 'North Korea', 'Russia', 'CLAIMED']],
  ['Washington blacklisted Asia Sun Group, a fuel importer accused of supplying jet fuel to the Myanmar military.', ['BACKS', 'Asia Sun Group', 'Myanmar military', 'CLAIMED']],
  // A subject relative clause is background to a statement after it.
  ['The PMF, an umbrella of militias that includes Iran-aligned factions such as Kataib Hezbollah, pays YBS fighters, according to Iraqi officials.', ['BACKS', 'Iran', 'Kataib Hezbollah', 'ASSERTED']],
  // A yes-no question states nothing.
  ['Does Eritrea arm the Lumara Liberation Front?', ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'HYPOTHETICAL']],
  // A timeline's month is no modal.
  ['May 2024 – The European Union adds the Lumara Liberation Front to its list of terrorist organisations.', ['SANCTIONED', 'European Union', 'Lumara Liberation Front', 'ASSERTED']],
  // Maintaining measures keeps them; it is no statement.
  ['The EU is united. The Council has maintained its restrictive measures on Bashar al-Assad.', ['SANCTIONED', 'Council of the European Union', 'Bashar al-Assad', 'ASSERTED']],
  ['The Lumara Liberation Front, which UN experts say is backed by Eritrea, took Ketavi.', ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'CLAIMED']],
  ['The Zarnani army claims to have liberated the town of Ketavi.', ['CAPTURED', 'Zarnani army', 'Ketavi', 'CLAIMED']],
  ['It is not true that the Lumara Liberation Front took Ketavi.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'NEGATED']],
  ['An offensive by the Lumara Liberation Front to recapture Ketavi was repelled.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'HYPOTHETICAL']],
  // A denial inside a relative clause is that clause's own.
  ['The Lumara Liberation Front, which denies shelling Dassa, retook the town of Ketavi.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED']],
  ['The EU warned it could sanction the Lumara Liberation Front.', ['SANCTIONED', 'European Union', 'Lumara Liberation Front', 'HYPOTHETICAL']],
  // A light verb of an act to come: threatened, considered, weighed, proposed.
  ['The EU threatened sanctions against Belarus over the crackdown.', ['SANCTIONED', 'European Union', 'Belarus', 'HYPOTHETICAL']],
  ['Canada is weighing new sanctions on the Lumara Liberation Front.', ['SANCTIONED', 'Canada', 'Lumara Liberation Front', 'HYPOTHETICAL']],
  ['The ICC prosecutor is considering an investigation into the Kessari Popular Front.', ['INVESTIGATES', 'International Criminal Court', 'Kessari Popular Front', 'HYPOTHETICAL']],
  ['JNIM attacked Kayes. Algeria, which shares a long border with Mali, has denied accusations by Bamako that it harbours Tuareg rebels of the Azawad Liberation Front (FLA).', ['BACKS', 'Algeria', 'Azawad Liberation Front', 'DENIED']],
  ['M23 did not capture Uvira.', ['CAPTURED', 'M23', 'Uvira', 'NEGATED']],
  // Pressing someone to act is a request; pressing on is not.
  ['The EU has not listed the Kessari Popular Front, although France has pressed it to freeze the assets of its leader, Omar Dalan.', ['SANCTIONED', 'European Union', 'Omar Dalan', 'HYPOTHETICAL']],
  // An accusation inside a closed relative clause does not attribute the main clause.
  ['The Wagner Group, which has been accused of abuses in Mali, was sanctioned by the EU in 2023.', ['SANCTIONED', 'European Union', 'Wagner Group', 'ASSERTED']],
  // A relative clause is background to a statement that comes after it, or inside another relative clause.
  ['The Kessari Popular Front, which the UN Security Council blacklisted in 2020, receives money from Iran, according to UN monitors.', ['SANCTIONED', 'UN Security Council', 'Kessari Popular Front', 'ASSERTED']],
  ['The Kessari Popular Front, which the UN Security Council blacklisted in 2020, receives money from Iran, according to UN monitors.', ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['The EU sanctioned Omar Dalan, a trader who, according to prosecutors, has paid the wages of Lumara Liberation Front fighters.', ['SANCTIONED', 'European Union', 'Omar Dalan', 'ASSERTED']],
  // ... but one that opens the sentence governs it, and "told the council that" opens no relative clause.
  ['According to UN experts, the group is funded by Omar Dalan, a trader who has paid the wages of Lumara Liberation Front fighters since 2022.', ['BACKS', 'Omar Dalan', 'Lumara Liberation Front', 'CLAIMED']],
  ['Moscow said last month that its troops had taken Pokrovsk, the logistics hub that they had besieged for a year.', ['CAPTURED', 'Russia', 'Pokrovsk', 'CLAIMED']],
  // A denial past its complement ("dismissed as baseless reports that"); "had fallen to".
  ['Eritrea dismissed as "baseless" reports that it had supplied weapons to the Lumara Liberation Front.', ['BACKS', 'Eritrea', 'Lumara Liberation Front', 'DENIED']],
  ['Ketavi had fallen to the Lumara Liberation Front by Sunday.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED']],
  // A trailing attribution followed by a phrase about the event still attributes it.
  ['Rebels of the Kessari Popular Front seized the town of Ketavi on Tuesday, local officials said, in the group\'s boldest attack this year.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['Gunmen of the Kessari Popular Front overran the town of Ketavi on Tuesday, residents said, cutting the main road.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['The Kessari Popular Front, which Washington says is armed by Iran, seized Ketavi.', ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['Neither the U.N. Security Council nor the European Union has sanctioned the Kessari Popular Front.', ['SANCTIONED', 'European Union', 'Kessari Popular Front', 'NEGATED']],
  ['Reports that the Kessari Popular Front had seized Ketavi were denied by the army.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'DENIED']],
  ['The Kenya Defence Forces have retaken the town of Ketavi, a spokesman for the Kenyan defence ministry said.', ['CAPTURED', 'Kenya Defence Forces', 'Ketavi', 'CLAIMED']],
  ['Reports that the Kessari Popular Front had seized Ketavi could not be verified.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['The Kessari Popular Front reportedly captured the town of Ketavi on Sunday.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['Iran allegedly funded the Kessari Popular Front.', ['BACKS', 'Iran', 'Kessari Popular Front', 'CLAIMED']],
  ['Washington does not call the Kessari Popular Front a proxy of Iran.', ['BACKS', 'Iran', 'Kessari Popular Front', 'NEGATED']],
  ['"If the Lumara Liberation Front retook Ketavi, it would have to defend it every day," an analyst said.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'HYPOTHETICAL']],
  ['The Velan Resistance Front will retake the town of Nandro within days.', ['CAPTURED', 'Velan Resistance Front', 'Nandro', 'HYPOTHETICAL']],
  ['Velmar has asked the bloc\'s court, the Littoral Court of Justice, to investigate a bombing in Ketavi.', ['INVESTIGATES', 'Littoral Court of Justice', 'Ketavi', 'HYPOTHETICAL']],
  ["The Council also calls on the Federation's Court of Justice to open an investigation into the massacre in Ketavi.", ['INVESTIGATES', 'Court of Justice', 'Ketavi', 'HYPOTHETICAL']],
  ['The Lumara Liberation Front captured Ketavi, residents told Reuters by phone.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'CLAIMED']],
  ['The Lumara Liberation Front captured Ketavi, an official told reporters on condition of anonymity.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'CLAIMED']],
  ['The Lumara Liberation Front seized Ketavi on Tuesday after Velan troops withdrew, residents and a local official said, the latest town to change hands.', ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'CLAIMED']],
  ['The Kessari Popular Front denied that any of its fighters had fought alongside the Lumara Liberation Front.', ['BACKS', 'Kessari Popular Front', 'Lumara Liberation Front', 'DENIED']],
  ['The RSF failed to take El Obeid.', ['CAPTURED', 'RSF', 'El Obeid', 'NEGATED']],
  ['Rwanda has never backed the M23 rebels, its foreign minister said.', ['BACKS', 'Rwanda', 'M23', 'NEGATED']],
  ['Kigali denies arming M23.', ['BACKS', 'Rwanda', 'M23', 'DENIED']],
  ['Moscow rejected claims that it supports the Houthis.', ['BACKS', 'Russia', 'Houthis', 'DENIED']],
  ['If al-Shabaab captures Baidoa, aid flights will stop.', ['CAPTURED', 'al-Shabaab', 'Baidoa', 'HYPOTHETICAL']],
  ['Kenya urged the African Union to investigate al-Shabaab.', ['INVESTIGATES', 'African Union', 'al-Shabaab', 'HYPOTHETICAL']],
  // The request governs every conjunct of the asked party, not only the nearest.
  ['Mali has asked the United Arab Emirates and Saudi Arabia to designate JNIM as a terrorist group.', ['SANCTIONED', 'Saudi Arabia', 'JNIM', 'HYPOTHETICAL']],
  ['The EU could sanction Rwanda over its support for M23.', ['SANCTIONED', 'European Union', 'Rwanda', 'HYPOTHETICAL']],
  ['According to UN experts, Chad supplies weapons to the RSF and Uganda arms the M23.', ['BACKS', 'Uganda', 'M23', 'CLAIMED']],
  ['The TNLA said it had captured Lashio.', ['CAPTURED', 'TNLA', 'Lashio', 'CLAIMED']],
  ['Zemene Kassie has promised that Fano will take Gondar before the rains.', ['CAPTURED', 'Fano', 'Gondar', 'HYPOTHETICAL']],
  ['M23 threatened to seize Uvira.', ['CAPTURED', 'M23', 'Uvira', 'HYPOTHETICAL']],
  // "to" before a name is a preposition, not a request.
  ['Islamic State Mozambique attacked. They pledged allegiance to the Islamic State in 2019 and seized the port town of Mocimboa da Praia the following year.', ['CAPTURED', 'Islamic State Mozambique', 'Mocimboa da Praia', 'ASSERTED']],
  ['The Arakan Army is advancing. Analysts say a capture of Kyaukphyu by the rebels would threaten the pipelines.', ['CAPTURED', 'Arakan Army', 'Kyaukphyu', 'HYPOTHETICAL']],
  ['Ukrainian forces recaptured Kherson in November.', ['CAPTURED', 'Ukraine', 'Kherson', 'ASSERTED']],
  ['Eritrea is suspected of arming the Fano militia.', ['BACKS', 'Eritrea', 'Fano', 'CLAIMED']],
  ['M23 seized Goma in January, a claim the army disputes.', ['CAPTURED', 'M23', 'Goma', 'CLAIMED']],
  ['The RSF has been armed by the United Arab Emirates, the experts say, a charge Abu Dhabi rejects.', ['BACKS', 'United Arab Emirates', 'Rapid Support Forces', 'CLAIMED']],
  // "its" after "urged X to <verb>" is X's; what X is asked to stop goes on.
  ['The European Union reiterates its call on Rwanda to cease its support to M23.', ['BACKS', 'Rwanda', 'M23', 'ASSERTED']],
  ['The EU urged Rwanda to end its support for M23.', ['BACKS', 'Rwanda', 'M23', 'ASSERTED']],
  ['Claims that M23 had captured Uvira were false, the army said.', ['CAPTURED', 'M23', 'Uvira', 'DENIED']],
  ['If confirmed, the capture of Uvira by M23 would mark a major escalation.', ['CAPTURED', 'M23', 'Uvira', 'HYPOTHETICAL']],
  ['We encourage the Government of Sri Lanka to investigate the allegations of torture at Joseph Camp.', ['INVESTIGATES', 'Sri Lanka', 'Joseph Camp', 'HYPOTHETICAL']],
  // An investigation announced in reported speech is claimed (guide case 30: "will look into").
  ['The National Human Rights Commission said it would investigate the killings in Awo-Idemili.', ['INVESTIGATES', 'National Human Rights Commission', 'Awo-Idemili', 'CLAIMED']],
  // What a campaign ended with happened.
  ['The offensive ended with the capture of Baghouz by the SDF.', ['CAPTURED', 'Syrian Democratic Forces', 'Baghouz', 'ASSERTED']],
  ['The army failed to retake Baghouz from the SDF. The SDF ended its occupation of Baghouz in May.', ['CAPTURED', 'Syrian Democratic Forces', 'Baghouz', 'NEGATED']],
  // The tagger reads a closing "alleged" as an adjective.
  ['The TPLF received support from Egypt, Ethiopian officials alleged.', ['BACKS', 'Egypt', "Tigray People's Liberation Front", 'CLAIMED']],
  ['The Kessari Popular Front captured the border town of Ketavi on Saturday, the group said, as the government accused Kenya of arming it.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi', 'CLAIMED']],
  ['There is no evidence that Iran supplied the Kessari Popular Front with weapons, the panel said.', ['BACKS', 'Iran', 'Kessari Popular Front', 'NEGATED']],
  ['The ICC has yet to open an investigation into the killings in Ketavi.', ['INVESTIGATES', 'International Criminal Court', 'Ketavi', 'NEGATED']],
  ['The claim that Iran arms the Kessari Popular Front was rejected by Tehran.', ['BACKS', 'Iran', 'Kessari Popular Front', 'DENIED']],
  // An accusation answered by a denial is claimed (guide).
  ["Burundi's allegation that Rwanda arms the Kessari Popular Front, an allegation Kigali has rejected, was noted.", ['BACKS', 'Rwanda', 'Kessari Popular Front', 'CLAIMED']],
];

describe('status', () => {
  it.each(STATUSES)('%s', (text, want) => {
    const x = run(text);
    expect(matches(x, want), JSON.stringify(triples(x))).toBe(true);
  });

  it('never asserts what the text negates, denies or supposes', () => {
    for (const [text, want] of STATUSES.filter(([, w]) => w[3] !== 'ASSERTED' && w[3] !== 'CLAIMED')) {
      const x = run(text);
      expect(x.relations.filter((r) => r.status === 'ASSERTED' || r.status === 'CLAIMED'), text).toEqual([]);
      expect(want[3]).not.toBe('ASSERTED');
    }
  });

  it('gives a relative clause after "based in <place>" to the head noun, not the place', () => {
    const x = run('Kestrel Logistics FZE, a firm based in the United Arab Emirates that has bought drones for the RSF, was sanctioned on Monday.');
    expect(matches(x, ['BACKS', 'Kestrel Logistics FZE', 'RSF', 'ASSERTED']), JSON.stringify(triples(x))).toBe(true);
    expect(x.relations.filter((r) => r.source === 'country:ARE')).toEqual([]);
  });

  it('ends a list of objects where a name takes its own verb', () => {
    const x = run('The US Treasury sanctioned Kestrel Logistics FZE, which it said had shipped drones to the RSF, and the European Union has listed dozens of firms.');
    expect(matches(x, ['SANCTIONED', 'US Treasury', 'Kestrel Logistics FZE', 'ASSERTED']), JSON.stringify(triples(x))).toBe(true);
    expect(x.relations.filter((r) => r.target === 'organisation:eu'), JSON.stringify(triples(x))).toEqual([]);
  });

  it('does not read "the government of <someone>" as the government the text is about', () => {
    const x = run("Colombia's army fought the ELN near Cucuta. Colombian officials accuse the government of Nicolas Maduro of protecting the group, a charge Caracas denies.");
    expect(x.relations.filter((r) => r.source === 'country:COL'), JSON.stringify(triples(x))).toEqual([]);
  });

  it('ends a list of targets where its names take their own verb', () => {
    const x = run('The United Kingdom, the European Union and Canada have imposed sanctions on the Hilltop Youth, and the UK and Canada have also sanctioned Daniella Weiss.');
    expect(x.relations.filter((r) => r.target === 'country:GBR' || r.target === 'country:CAN'), JSON.stringify(triples(x))).toEqual([]);
  });

  it('reads no place a relative clause does not describe, and no verb in "forces out of"', () => {
    const x = run('Troops returned to Mir Ali, a town in North Waziristan that the TTP overran on Saturday.');
    expect(x.relations.filter((r) => r.target.includes('PK.')), JSON.stringify(triples(x))).toEqual([]);
    const forces = run('Russia said in April that it had driven Ukrainian forces out of Kursk entirely.');
    expect(forces.relations.filter((r) => r.source === 'country:UKR'), JSON.stringify(triples(forces))).toEqual([]);
  });

  it('reads no capture into a purpose, and no group a list item only describes', () => {
    const purpose = run('Kyiv says North Korea has sent soldiers to help Russia drive Ukrainian troops out of the Kursk region.');
    expect(purpose.relations.filter((r) => r.type === 'CAPTURED'), JSON.stringify(triples(purpose))).toEqual([]);
    const listed = run('OFAC sanctioned six people. Those designated today include Rogelio Ibarra Quintero, a CJNG operative, and Alma Delia Cazares Ruelas.');
    expect(listed.relations.filter((r) => r.target === 'armed_group:cjng'), JSON.stringify(triples(listed))).toEqual([]);
  });

  it('reads a list announced with a colon, one name per line, until a line names nobody first', () => {
    const x = run('The UK has today sanctioned five individuals linked to JNIM.\n\nThose designated are:\n\nJafar Dicko, JNIM\'s leader in northern Burkina Faso;\nHamadoun Barry, a JNIM commander; and\nOumarou Diallo, a trader.\n\nThey are now subject to an asset freeze. Sources said Amadou Kone fled.');
    const targets = x.relations.filter((r) => r.type === 'SANCTIONED' && r.source === 'country:GBR').map((r) => r.target).sort();
    expect(targets).toEqual(['person:hamadoun-barry', 'person:jafar-dicko', 'person:oumarou-diallo']);
    expect(x.relations.find((r) => r.target === 'person:jafar-dicko')!.evidence[0]!.text).toBe("Jafar Dicko, JNIM's leader in northern Burkina Faso;");
  });

  it('keeps reading a list past a line whose name it cannot read, and reads a second list of the same release', () => {
    const lines = [
      'Canada is imposing sanctions on 4 individuals and 2 entities.',
      'The individuals sanctioned today are:',
      'Omar Dalan, a commander of the Kessari Popular Front;',
      'a second man, who finances the group;',
      'Idris Kamal Farah, its treasurer;',
      'Yusuf Ali Warsame, a commander; and',
      'Sin Kum Chol, a KPA lieutenant general.',
      'The entities sanctioned today are:',
      'Vostok Logistika LLC, a Vladivostok-based company; and',
      'Rajin Maritime Transport Company, whose vessels carried munitions.',
    ];
    const x = run(lines.join('\n'));
    const targets = triples(x).filter(([type, source]) => type === 'SANCTIONED' && source === 'Canada').map(([, , target]) => target);
    expect(targets).toEqual(['Omar Dalan', 'Idris Kamal Farah', 'Yusuf Ali Warsame', 'Sin Kum Chol', 'Vostok Logistika LLC', 'Rajin Maritime Transport Company']);
  });

  it('ends the list after its last item, and gives "those designated today" to the day\'s sanctioner', () => {
    const x = run('Today, OFAC sanctioned three leaders of the Kessari Popular Front. Concurrently, the Department of State is designating one of them, Omar Dalan, as a Specially Designated Global Terrorist.\n\nThose designated today are:\n\nOmar Dalan, the group\'s leader;\nIdris Kamal Farah, its treasurer; and\nYusuf Ali Warsame, a commander.\n\nKenya\'s Attorney General\'s Office is investigating Dalan for murder.');
    const listed = x.relations.filter((r) => r.pattern === 'listed-among');
    expect(listed.map((r) => [r.source, r.target]).sort()).toEqual([
      ['organisation:ofac', 'person:idris-kamal-farah'],
      ['organisation:ofac', 'person:omar-dalan'],
      ['organisation:ofac', 'person:yusuf-ali-warsame'],
    ]);
  });

  it('gives a second relative clause joined by "and" the first one\'s antecedent, not its subject', () => {
    const x = run("Much of the network answers to Sa'id al-Jamal, an Iran-based financier whom OFAC designated in 2021 and who has funneled millions of dollars to the Houthis.");
    expect(x.relations.filter((r) => r.source === 'organisation:ofac' && r.type === 'BACKS'), JSON.stringify(triples(x))).toEqual([]);
  });

  it('does not take a listed body for "the company"', () => {
    const x = run('OFAC designated Ibarra Quintero on Monday. The company is also being designated.');
    expect(x.relations.filter((r) => r.target === 'organisation:ofac'), JSON.stringify(triples(x))).toEqual([]);
  });

  it('reads no verb inside a name, and no person for what the person owns', () => {
    const armed = run('Wagner fighters and the Central African armed forces (FACA) recaptured Bambari in 2021.');
    expect(armed.relations.filter((r) => r.type === 'BACKS'), JSON.stringify(triples(armed))).toEqual([]);
    const owned = run('The deal suits Colonel Assimi Goita, who seized power in 2021: Moscow keeps arming his government.');
    expect(owned.relations.filter((r) => r.type === 'BACKS'), JSON.stringify(triples(owned))).toEqual([]);
  });

  it('does not give a region for some places taken inside it', () => {
    for (const text of ['Al-Shabaab fighters have retaken several villages in Middle Shabelle since February.', 'M23 captured three towns in North Kivu.']) {
      expect(run(text).relations.filter((r) => r.type === 'CAPTURED'), text).toEqual([]);
    }
  });

  it('keeps who claims it', () => {
    const x = run('Iran has armed the Houthis for a decade, U.S. officials say.');
    expect(x.relations[0]?.claimant).toBe('U.S. officials');
  });

  it('keeps a long claimant whole, and does not read "its" after "according to X" as X', () => {
    const x = run('The Kessari Front launched a new push. According to the United Nations Group of Experts on the DRC, its offensive was supported by troops of the Rwanda Defence Force.');
    expect(triples(x)).toEqual([['BACKS', 'Rwanda Defence Force', 'Kessari Front', 'CLAIMED']]);
    expect(x.relations[0]?.claimant).toBe('United Nations Group of Experts on the DRC');
  });

  it('leaves a time phrase out of the speaker', () => {
    expect(run('Kigali on Monday denied backing M23.').relations[0]?.claimant).toBe('Kigali');
  });

  it('names no speaker for a passive belief', () => {
    expect(run('Rwanda is widely believed to arm M23.').relations[0]?.claimant).toBe('');
    expect(run('The RSF has been armed by the United Arab Emirates, the experts say, a charge Abu Dhabi rejects.').relations[0]?.claimant).toBe('experts');
  });

  it('names the speaker before an apposition and past a dateline dash', () => {
    expect(run('Karim Khan, the ICC prosecutor, said his office was investigating crimes in Darfur.').relations[0]?.claimant).toBe('Karim Khan');
    expect(run("The ICC's prosecutor, Karim Khan, said his office was investigating crimes in Darfur.").relations[0]?.claimant).toBe('Karim Khan');
    expect(run('The Ndoro Patriotic Movement (NPM), the largest rebel group in the north, said its fighters had seized Kelimbo.').relations[0]?.claimant).toBe('Ndoro Patriotic Movement');
    expect(run("PORT SUDAN, Oct 27 (Reuters) - Sudan's Rapid Support Forces said on Sunday they had taken full control of El Fasher.").relations[0]?.claimant).toBe("Sudan's Rapid Support Forces");
  });

  it('names the speaker after a relative pronoun, and the denier a relative pronoun stands for', () => {
    expect(run('Canada sanctioned Orso Trading, a firm that officials say supplied the Kessari Popular Front with drones.').relations.find((r) => r.type === 'BACKS')?.claimant).toBe('officials');
    const denied = run('The UAE, which denies supplying weapons to the RSF, welcomed the ruling.').relations[0]!;
    expect([denied.status, denied.claimant]).toEqual(['DENIED', 'UAE']);
  });
});

describe('event codes', () => {
  it.each([
    ['Iran armed the Houthis.', '072'],
    ['Qatar financed the Tazeri Democratic Movement.', '071'],
    ['Burundian soldiers are fighting alongside the Congolese army.', '062'],
    ['Rwanda-backed M23 rebels advanced.', '070'],
    ['M23 seized Goma.', '192'],
    ['The EU sanctioned the RSF.', '163'],
    ['The ICC is investigating war crimes in Darfur.', '094'],
    ['Amnesty International is investigating abuses by the RSF.', '092'],
    ['Interpol is investigating money laundering by the Sinaloa Cartel.', '091'],
    ['The ICC is investigating the RSF.', '090'],
  ])('%s -> %s', (text, code) => {
    const x = run(text);
    expect(x.relations.map((r) => r.cameo)).toContain(code);
  });
});

describe('people named after their role', () => {
  it('gives each deputy named after "two of his deputies" a relation', () => {
    const x = run('The Kessari Popular Front is led by Omar Dalan. The United States sanctioned two of his deputies, Idris Kamal Farah and Yusuf Ali Warsame, in 2023.');
    expect(triples(x)).toEqual([
      ['SANCTIONED', 'United States', 'Idris Kamal Farah', 'ASSERTED'],
      ['SANCTIONED', 'United States', 'Yusuf Ali Warsame', 'ASSERTED'],
    ]);
  });
});

describe('an object pronoun', () => {
  it('does not name the owner in its own sentence ("al-Qaeda\'s affiliate ... alongside them")', () => {
    const x = run("Fighters of the Kessari Popular Front attacked Ketavi. The Velan Resistance Front, al-Qaeda's affiliate in the region, fought alongside them.");
    expect(triples(x).filter(([type]) => type === 'BACKS')).not.toContainEqual(['BACKS', 'Velan Resistance Front', 'al-Qaeda', 'ASSERTED']);
  });
});

describe('a purpose clause after a destination', () => {
  it('gives the destination no act of its own, and a person\'s government is the state', () => {
    expect(triples(run("Uganda deployed troops to South Sudan in March to protect President Salva Kiir's government."))).toEqual([['BACKS', 'Uganda', 'South Sudan', 'ASSERTED']]);
  });
});

describe('a new clause after ", and" ends a list of names', () => {
  it('stops the agents of a passive at the next clause\'s subject', () => {
    const x = run('Rebels of the Kessari Front attacked Ketavi. The rebels were backed by Uganda and Burundi, and Kenya sent troops to the border.');
    expect(triples(x).filter(([type]) => type === 'BACKS').map(([, source]) => source).sort()).toEqual(['Burundi', 'Uganda']);
  });

  it('reads "it" after one agent and a time phrase as the passive\'s subject', () => {
    const x = run('The Velan Resistance Front was designated a terrorist group by Treasury in 2012, and the Department of State designated it a Foreign Terrorist Organization in 2025.');
    expect(triples(x).map(([, source, target]) => [source, target])).toEqual([
      ['US Department of the Treasury', 'Velan Resistance Front'],
      ['US Department of State', 'Velan Resistance Front'],
    ]);
    expect(x.entities.map((e) => e.name)).not.toContain('Foreign Terrorist Organization');
  });

  it('reads "it" after the agents as the passive\'s subject, not its last agent', () => {
    const x = run("Turkish jets struck PKK positions near Duhok. The group remains designated as a terrorist organisation by Turkey, the United States and the European Union, and Iraq's National Security Council banned it in March 2024.");
    const sanctioned = triples(x).filter(([type]) => type === 'SANCTIONED');
    expect(sanctioned.map(([, source]) => source).sort()).toEqual(['European Union', 'National Security Council', 'Turkey', 'United States']);
    expect(sanctioned.every(([, , target]) => target === "Kurdistan Workers' Party")).toBe(true);
  });
});

describe('driven out', () => {
  it('gives the place to the agent of a passive, never to the ones driven out', () => {
    expect(triples(run('The Kessari Popular Front was driven out of the town of Ketavi.'))).toEqual([]);
    expect(triples(run('The Sudanese Armed Forces have pushed south and east from Omdurman since September.'))).toEqual([]);
  });
});

describe('an accusation in a relative clause', () => {
  it('makes the relative pronoun\'s name the one accused, and the accuser the claimant', () => {
    const x = run('Kenya, which the Kessari Popular Front accuses of backing the Velan Resistance Front, denied it.');
    expect(triples(x)).toEqual([['BACKS', 'Kenya', 'Velan Resistance Front', 'CLAIMED']]);
    expect(x.relations[0]?.claimant).toBe('Kessari Popular Front');
  });
});

describe('people of a nationality', () => {
  it('does not make "Sudanese mercenaries" the state of Sudan (guide: "Syrian mercenaries" are not Syria)', () => {
    expect(triples(run('He also said Sudanese mercenaries were fighting alongside the Kessari Popular Front.'))).toEqual([]);
    expect(triples(run("Mali's junta has relied on Russian mercenaries since 2021."))).toEqual([]);
  });
});

describe('accusers and factions', () => {
  it('does not make "Haitian prosecutors" the ones who armed a gang', () => {
    const x = run('Canada has sanctioned Omar Dalan, a former lawmaker whom Haitian prosecutors accuse of having armed the Kessari Popular Front.');
    expect(triples(x).filter(([type]) => type === 'BACKS')).toEqual([['BACKS', 'Omar Dalan', 'Kessari Popular Front', 'CLAIMED']]);
  });

  it('sanctions the factions named, not the coalition they belong to', () => {
    const x = run('The U.S. Treasury sanctioned two Kessari Popular Front factions, the Hamza Division and the Suleiman Shah Brigade, over abuses.');
    expect(triples(x).map(([, , target]) => target)).not.toContain('Kessari Popular Front');
  });
});

describe('supplying a state', () => {
  it('names no aid and so reads no backing: "Turkey supplied Ukraine in 2022" may be gas', () => {
    expect(triples(run('Turkey supplied Ukraine in 2022.'))).toEqual([]);
    expect(triples(run('The government of Kenya paid the salaries of teachers.'))).toEqual([]);
  });
});

describe('missions', () => {
  it('reads only a fact-finding mission as an investigation', () => {
    expect(triples(run('The UN peacekeeping mission in South Sudan protected civilians in Malakal.'))).toEqual([]);
    expect(triples(run('Kenya sent a trade mission to Sudan.'))).toEqual([]);
  });
});

describe('an unnamed subject before a relative clause', () => {
  it('is what the clause describes, never a name inside the clause', () => {
    const x = run("Mali's military government, which expelled French troops in 2022, has turned to Russia's Africa Corps for support.");
    expect(triples(x)).toEqual([['BACKS', 'Africa Corps', 'Mali', 'ASSERTED']]);
  });
});

describe('a relative clause before the verb', () => {
  it('gives the act to the antecedent, not to the clause\'s subject ("X, which Iran arms, took")', () => {
    const x = run('The Lumara Liberation Front, which Iran arms, took the town of Ketavi.');
    expect(triples(x)).toEqual([
      ['BACKS', 'Iran', 'Lumara Liberation Front', 'ASSERTED'],
      ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED'],
    ]);
    expect(matches(run('Iran armed, trained and financed the Lumara Liberation Front.'), ['BACKS', 'Iran', 'Lumara Liberation Front'])).toBe(true);
  });
});

describe('a person\'s forces', () => {
  it.each([
    ['Forces loyal to General Omar Dalan seized the town of Ketavi.'],
    ["Omar Dalan's fighters seized the town of Ketavi."],
  ])('gives the capture to the person the forces are loyal to: %s', (text) => {
    expect(triples(run(text))).toEqual([['CAPTURED', 'Omar Dalan', 'Ketavi', 'ASSERTED']]);
  });

  it('gives no place to a person without forces ("Omar Dalan took Ketavi" may be an election)', () => {
    expect(triples(run('Omar Dalan took the town of Ketavi in the vote.'))).toEqual([]);
  });
});

describe('under sanctions after an apposition', () => {
  it('sanctions the one the clause is about, not the name inside the apposition', () => {
    expect(triples(run('Joseph Banda, the leader of the Lumara Liberation Front, has been under US sanctions since 2021.'))).toEqual([
      ['SANCTIONED', 'United States', 'Joseph Banda', 'ASSERTED'],
    ]);
    expect(matches(run('The Lumara Liberation Front, already under EU sanctions, took the town of Ketavi.'), ['SANCTIONED', 'European Union', 'Lumara Liberation Front'])).toBe(true);
  });
});

describe('people named by their role', () => {
  it.each([
    ["The U.N. Security Council has since listed two Kessari Popular Front commanders, including the group's military chief, Maren Sollo.", ['SANCTIONED', 'UN Security Council', 'Maren Sollo']],
    ["The European Union had by then sanctioned Sudan's defence minister, Yassin Ibrahim Yassin, and several senior officers.", ['SANCTIONED', 'European Union', 'Yassin Ibrahim Yassin']],
  ] as [string, Triple][])('%s', (text, want) => {
    expect(triples(run(text)).map(([type, source, target]) => [type, source, target])).toEqual([want]);
  });

  it('does not make a ruler the one who acts for the state ("Bashar al-Assad\'s government armed it")', () => {
    const x = run('Hezbollah fought on. Iran supplied the group with cash, while Bashar al-Assad\'s government armed it.');
    expect(x.relations.filter((r) => r.source === findEntity(x, 'Bashar al-Assad')?.id)).toEqual([]);
  });
});

describe('a press release that names its issuer once', () => {
  it('reads "the Council" far down the release as the Council named in its heading', () => {
    const text = [
      'Council of the EU – Press release',
      'The Council today imposed restrictive measures on six individuals and one entity.',
      'The measures respond to attempts to destabilise the country.',
      'Those listed include four organisers of a vote-buying network.',
      'The network paid voters in several regions.',
      'It also ran accounts at two banks.',
      'Its members recruited young people for training abroad.',
      'Payments were made in cash.',
      'The Council also listed Andrei Gurschi and Vadim Cebotari, a businessman.',
      'The entity listed is the Eurasian Horizon Foundation, a Moscow-based organisation.',
    ].join('\n\n');
    const targets = triples(run(text)).filter(([type, source]) => type === 'SANCTIONED' && source === 'Council of the European Union').map(([, , target]) => target);
    expect(targets).toEqual(['Andrei Gurschi', 'Vadim Cebotari', 'Eurasian Horizon Foundation']);
  });
});

describe('coordinated people with their roles', () => {
  it('reads "on RSF commander X in January 2025 and on army chief Y days later" as two targets', () => {
    const x = run('Washington imposed sanctions on RSF commander Mohamed Hamdan Dagalo in January 2025 and on army chief Abdel Fattah al-Burhan days later.');
    expect(triples(x).map(([, , target]) => target)).toEqual(['Mohamed Hamdan Dagalo', 'Abdel Fattah al-Burhan']);
  });

  it('reads "designated two money changers, brothers A and B, and their company, C"', () => {
    const x = run("In Washington, the Treasury Department's Office of Foreign Assets Control (OFAC) designated two Beirut money changers, brothers Ali Mahmoud Fawaz and Hussein Mahmoud Fawaz, and their company, Al-Sahel Exchange.");
    expect(triples(x).map(([, , target]) => target)).toEqual(['Ali Mahmoud Fawaz', 'Hussein Mahmoud Fawaz', 'Al-Sahel Exchange']);
  });
});

describe('press-release lists', () => {
  const sanctionedBy = (text: string, source: string) =>
    triples(run(text)).filter(([type, s]) => type === 'SANCTIONED' && s === source).map(([, , target]) => target);

  it('reads "The individuals are:" and its dashed lines after a release that counted them', () => {
    const text = [
      'Canada today announced sanctions against four individuals responsible for violations of human rights in Velaria.',
      'The individuals are:',
      '- Joseph Banda, former commander of the army\'s 57th Division;',
      '- Omar Dalan, a former navy commander; and',
      '- Idris Kamal Farah, the leader of the Lumara Liberation Front.',
    ].join('\n');
    expect(sanctionedBy(text, 'Canada')).toEqual(['Joseph Banda', 'Omar Dalan', 'Idris Kamal Farah']);
  });

  it('reads a release of headed paragraphs, "X is being designated ...", and names each from its prose', () => {
    const text = [
      "WASHINGTON — The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated two leaders of the Lumara Liberation Front and a company that finances the group.",
      'JOSEPH BANDA',
      'Joseph Banda is the overall commander of the Lumara Liberation Front. He has led the group since 2019. Its fighters killed 40 people in Ketavi in May. Banda is being designated for being a leader of the group.',
      'OMAR DALAN',
      "Omar Dalan is the group's chief of finance. He runs its accounts in Dubai. He also buys fuel for its trucks. Dalan is being designated for having materially assisted the Lumara Liberation Front.",
      'AMBER SANDS TRADING LLC',
      'Amber Sands Trading LLC is a Dubai-based company that sells gold on behalf of the group. It has offices in three countries. Amber Sands Trading LLC is being designated for being owned or controlled by Omar Dalan.',
    ].join('\n\n');
    expect(sanctionedBy(text, 'Office of Foreign Assets Control')).toEqual(['Joseph Banda', 'Omar Dalan', 'Amber Sands Trading LLC']);
  });

  it('reads "They are X, ...; Y, ...; and Z." and "The entities are X and Y."', () => {
    const text = 'The Council of the EU today decided to impose restrictive measures on three individuals and two entities. They are Joseph Banda, the commander of the Lumara Liberation Front; Omar Dalan, its spokesman; and Idris Kamal Farah, a financier. The entities are Kestrel Logistics FZE and Amber Sands Trading LLC.';
    expect(sanctionedBy(text, 'Council of the European Union')).toEqual(['Joseph Banda', 'Omar Dalan', 'Idris Kamal Farah', 'Kestrel Logistics FZE', 'Amber Sands Trading LLC']);
  });

  it('reads numbered lines after a release that counted its targets, and "Sanctioned individuals include X"', () => {
    const text = [
      "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned three individuals and one entity for financing the Lumara Liberation Front.",
      '1. Joseph Banda is a Dubai-based financier who has moved millions of dollars to the group.',
      "2. Omar Dalan is the group's treasurer.",
      '3. Kestrel Logistics FZE is a shipping company owned by Banda.',
    ].join('\n');
    expect(sanctionedBy(text, 'Office of Foreign Assets Control')).toEqual(['Joseph Banda', 'Omar Dalan', 'Kestrel Logistics FZE']);
    expect(sanctionedBy('OFAC sanctioned three individuals on Monday. Sanctioned individuals include Joseph Banda, who commands the fighters.', 'Office of Foreign Assets Control')).toEqual(['Joseph Banda']);
  });
});

describe('a pronoun opening a relative clause', () => {
  it('is no object: "listed RDF officers it held responsible" sanctions nobody named', () => {
    expect(triples(run('The European Union also listed Rwanda Defence Force officers it held responsible for the offensive.'))).toEqual([]);
  });
});

describe('a compound naming another group', () => {
  it('does not give "al-Qaida-linked militants" al-Qaeda\'s deeds, nor a war in Mali al-Qaeda\'s home army', () => {
    const x = run('BAMAKO, Mali (AP) — Al-Qaida-linked militants have seized the town of Boulkessi in central Mali. Human Rights Watch accused Malian soldiers of executing civilians, allegations the army denies.');
    expect(x.relations.filter((r) => r.type === 'CAPTURED')).toEqual([]);
    expect(x.entities.map((e) => e.name)).not.toContain('Afghan Armed Forces');
  });
});

describe('"the capital"', () => {
  it('is the capital the text just named, not the dateline\'s city', () => {
    const x = run("BEIRUT (Reuters) - Hezbollah said it would not disarm.\n\nYemen's Houthis, who control the capital Sanaa, fired a missile at Israel. The Iran-aligned group seized the capital in 2014.");
    expect(matches(x, ['CAPTURED', 'Houthis', 'Sanaa'])).toBe(true);
    expect(x.relations.some((r) => r.type === 'CAPTURED' && r.target === findEntity(x, 'Beirut')?.id)).toBe(false);
  });
});

describe('what a party files', () => {
  it('does not investigate the one who brought the case', () => {
    expect(triples(run("The ICJ is examining South Africa's genocide case against Israel."))).toEqual([]);
    expect(matches(run("The ICC is examining Russia's role in the deportations."), ['INVESTIGATES', 'International Criminal Court', 'Russia'])).toBe(true);
  });
});

describe('backers by role, places by their capture, lists and cases', () => {
  it.each([
    ['Washington designated the Kessari Popular Front a foreign terrorist organisation in March 2021 and placed its leader, Omar Dalan, on its list of specially designated global terrorists.', ['SANCTIONED', 'United States', 'Omar Dalan']],
    ["Russia's Investigative Committee has opened hundreds of criminal cases over alleged crimes by Ukrainian forces in the Kursk region.", ['INVESTIGATES', 'Investigative Committee', 'Ukraine']],
    ["The Kessari Popular Front's main supporter, Iran, has denied sending weapons.", ['BACKS', 'Iran', 'Kessari Popular Front']],
    ["China, Cambodia's main supplier of arms, has called for restraint.", ['BACKS', 'China', 'Cambodia']],
    ["Ketavi's capture by the Kessari Popular Front has cut the main road.", ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
    ['Since taking Ketavi in May, the Kessari Popular Front has expanded south.', ['CAPTURED', 'Kessari Popular Front', 'Ketavi']],
    ["The EU welcomes the investigations opened by Moldova's Anticorruption Prosecutor's Office into the Kessari Popular Front.", ['INVESTIGATES', "Anticorruption Prosecutor's Office", 'Kessari Popular Front']],
  ] as [string, Triple][])('%s', (text, want) => {
    const x = run(text);
    expect(matches(x, want), JSON.stringify(triples(x))).toBe(true);
  });
});

describe('a list between dashes', () => {
  it('designates every group listed after a counted plural, not the state of its adjective', () => {
    const x = run('The Department of State is designating four Iran-aligned militia groups — the Kessari Popular Front, the Velan Resistance Front, and the Lumara Liberation Front — as Foreign Terrorist Organizations.');
    const sanctioned = triples(x).filter(([type]) => type === 'SANCTIONED').map(([, , target]) => target);
    expect(sanctioned).toEqual(['Kessari Popular Front', 'Velan Resistance Front', 'Lumara Liberation Front']);
  });
});

describe('a role before a listed name', () => {
  it('reads past a participle describing the counted ones ("nine individuals linked to X, including")', () => {
    const x = run('The European Union on Monday imposed sanctions on nine individuals linked to the Lumara Liberation Front, including its leader Joseph Banda.');
    expect(triples(x)).toEqual([['SANCTIONED', 'European Union', 'Joseph Banda', 'ASSERTED']]);
  });

  it('reads the person after "including then-Prime Minister"', () => {
    const x = run('The European Union imposed a travel ban on five junta members, including then-Prime Minister Choguel Kokalla Maiga, in 2022.');
    expect(triples(x)).toEqual([['SANCTIONED', 'European Union', 'Choguel Kokalla Maiga', 'ASSERTED']]);
  });

  it('reads the person after "including its leader"', () => {
    const x = run('The United States on Thursday imposed sanctions on three commanders of the Lumara Liberation Front, including its leader Joseph Banda.');
    expect(triples(x)).toEqual([['SANCTIONED', 'United States', 'Joseph Banda', 'ASSERTED']]);
  });
});

describe('an unnamed army', () => {
  it('is not the army of a state named later in its own sentence, nor of "air strikes"', () => {
    const x = run('The army, backed by Russian air strikes, recaptured Palmyra in March 2016.');
    expect(triples(x)).toEqual([]);
    expect(x.entities.map((e) => e.name)).not.toContain('Russian Armed Forces');
  });

  it('is the army its own sentence names after it ("The national army, known as FACA, said")', () => {
    const x = run('Rebels of the CPC seized Nzacko. The national army, known by its French acronym FACA, said it had driven the rebels out of Ndele. Russian fighters had fought alongside the soldiers.');
    expect(x.relations.some((r) => r.type === 'CAPTURED' && r.source === findEntity(x, 'FACA')?.id)).toBe(true);
  });
});

describe('a clause after a list of objects', () => {
  it('does not make its subject a thing taken', () => {
    const x = run('Hayat Tahrir al-Sham and its allies seized Damascus and Assad fled to Moscow.');
    expect(triples(x).filter(([, , target]) => target !== 'Damascus')).toEqual([]);
  });
});

describe('a place described after a comma', () => {
  it('is an apposition, not a second place taken', () => {
    const x = run('M23 took control of Seiyun, the main city of Wadi Hadramawt, on Wednesday.');
    expect(triples(x).map(([, , target]) => target)).toEqual(['Seiyun']);
  });
});

describe('"who" after a leader of a gang', () => {
  it('is never the gang', () => {
    const x = run('The Committee also listed Daniel Pierre-Louis, known as "Kèkè", a leader of the Canaan gang who, according to the Panel of Experts on Haiti, has supplied weapons and ammunition to Gran Grif since 2023.');
    expect(triples(x).filter(([type, source]) => type === 'BACKS' && source === 'Canaan')).toEqual([]);
  });
});

describe('a relative clause describing the second of two people', () => {
  it('is said of that one only', () => {
    const x = run("Those sanctioned include Abdulwahab Ali al-Marani, who serves as the Houthis' chief financial officer, and Hassan Sharaf al-Din, a Sanaa-based money changer who has transferred millions of dollars to the Houthis.");
    expect(triples(x).filter(([type]) => type === 'BACKS').map(([, source]) => source)).toEqual(['Hassan Sharaf al-Din']);
  });
});

describe('a "-linked" group in a list of objects', () => {
  it('backs the named group, not the one it is linked to', () => {
    const x = run('Tiani has accused France of arming IS Sahel and the al-Qaeda-linked JNIM.');
    expect(triples(x).map(([, , target]) => target)).not.toContain('al-Qaeda');
  });
});

// Sentences whose whole output is fixed: the relations a reader would draw, and no other.
const EXACT: [string, string, [string, string, string, string][]][] = [
  // "on two senior officers ... The two officers, A and B,": the ones counted, named; not officers sanctions never counted.
  ['the counted officers, named', 'Canada today imposed sanctions on two senior officers of the Myanmar air force. The two officers, Major General Zaw Min Htet and Brigadier General Aung Kyaw Soe, command air operations over Sagaing.', [
    ['SANCTIONED', 'Canada', 'Zaw Min Htet', 'ASSERTED'],
    ['SANCTIONED', 'Canada', 'Aung Kyaw Soe', 'ASSERTED'],
  ]],
  ['officers the sanctions did not count', 'Canada today imposed sanctions on the junta. The two officers, Major General Zaw Min Htet and Brigadier General Aung Kyaw Soe, were killed in a crash.', []],
  // "the junta" in one state's release on another: the state whose army the text names, not the speaker.
  ['the junta is the state with the army', "Canada today announced sanctions against the Myanmar military's air force chiefs. Canada is acting with its partners, and Canada will keep pressing for accountability. China and Russia, the junta's main arms suppliers, have shielded it from action at the U.N. Security Council.", [
    ['BACKS', 'China', 'Myanmar', 'ASSERTED'],
    ['BACKS', 'Russia', 'Myanmar', 'ASSERTED'],
  ]],
  // "on a former Haitian senator, X": an indefinite role with a demonym, then the person.
  ['a person apposed to an indefinite role', 'Washington slapped sanctions on Wednesday on a former Haitian senator, Gerald Maurival.', [
    ['SANCTIONED', 'United States', 'Gerald Maurival', 'ASSERTED'],
  ]],
  // "X, a company whose several hundred gunmen have fought alongside Y": the apposition's name.
  ['whose fighters after an apposition', 'Vantor Risk Solutions, a private military company whose several hundred gunmen have fought alongside the Belmoran army since last year, has been blamed for executions.', [
    ['BACKS', 'Vantor Risk Solutions', 'Belmoran army', 'ASSERTED'],
  ]],
  // Flying a body's own helicopters gives it nothing.
  ['flying the army\'s helicopters', "The government has turned to the Blackfen Company, a private military firm whose pilots fly the army's helicopters.", []],
  // "the X mission, deployed in support of Y": the mission backs Y.
  ['a mission deployed in support of', 'The UK has provided 10 million pounds to the Kenya-led Multinational Security Support (MSS) mission, deployed in support of the Haitian National Police (PNH).', [
    ['BACKS', 'United Kingdom', 'Multinational Security Support', 'ASSERTED'],
    ['BACKS', 'Multinational Security Support', 'Haitian National Police', 'ASSERTED'],
  ]],
  // The subject past a relative clause with a person apposed to an owned role inside it.
  ['the subject past a relative clause naming a person', "The Coastal States Union (CSU), which imposed a travel ban and an asset freeze on the movement's leader, Jonas Katemo, last year, has opened an investigation into Altamar Cargo.", [
    ['SANCTIONED', 'Coastal States Union', 'Jonas Katemo', 'ASSERTED'],
    ['INVESTIGATES', 'Coastal States Union', 'Altamar Cargo', 'ASSERTED'],
  ]],
  // ", as did X" past the object's apposition.
  ['an actor who did the same, past an apposition', 'Washington blacklisted the Myanmar Economic Corporation (MEC), a military conglomerate that once took a cut of rare-earth exports, in 2021, as did the European Union.', [
    ['SANCTIONED', 'United States', 'Myanmar Economic Corporation', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Myanmar Economic Corporation', 'ASSERTED'],
  ]],
  // "X, <a long apposition>, has taken ..., and in November its fighters overran": the first clause's subject.
  ['its fighters, after a long apposition', 'Lakurawa, a jihadist group that crossed from Niger and that has grown fast since 2023 alongside Islamic State Sahel Province, has taken over several villages in Kebbi State, and in November 2024 its fighters overran a military outpost in Mera.', [
    ['CAPTURED', 'Lakurawa', 'Mera', 'ASSERTED'],
  ]],
  // "all three towns", "all three groups": the list the text gave.
  ['all three towns', 'The rebels seized Dessie, Kombolcha and Kemise in November. The Ethiopian National Defense Force (ENDF) retook all three towns the following month.', [
    ['CAPTURED', 'Ethiopian National Defense Force', 'Dessie', 'ASSERTED'],
    ['CAPTURED', 'Ethiopian National Defense Force', 'Kombolcha', 'ASSERTED'],
    ['CAPTURED', 'Ethiopian National Defense Force', 'Kemisē', 'ASSERTED'],
  ]],
  ['all three groups', 'The Kessel Brigade, the Oruma Front and the Dassa Militia signed the deal. All three groups are armed by Velmar.', [
    ['BACKS', 'Velmar', 'Kessel Brigade', 'ASSERTED'],
    ['BACKS', 'Velmar', 'Oruma Front', 'ASSERTED'],
    ['BACKS', 'Velmar', 'Dassa Militia', 'ASSERTED'],
  ]],
  // The subject past a prepositional aside: "Egypt, at odds with Addis Ababa over the dam, funds".
  ['the subject past a prepositional aside', 'Some Ethiopian officials have also alleged that Egypt, at odds with Addis Ababa over the dam, funds the Oromo Liberation Army.', [
    ['BACKS', 'Egypt', 'Oromo Liberation Army', 'CLAIMED'],
  ]],
  // A relative clause in the progressive: "which BINUH is investigating", "which Rwanda is backing".
  ['a relative clause in the progressive', 'The killings in Cite Soleil, which BINUH is investigating, continued.', [
    ['INVESTIGATES', 'BINUH', 'Cite Soleil', 'ASSERTED'],
  ]],
  // Two names joined by "and" that end in the same head are two ("X Bank and Y Bank").
  ['two banks joined by and', 'The US blacklisted two lenders, Myanma Foreign Trade Bank and Kanbawza Bank.', [
    ['SANCTIONED', 'United States', 'Myanma Foreign Trade Bank', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Kanbawza Bank', 'ASSERTED'],
  ]],
  // "it" in a relative clause on an apposition, past a fronted phrase and a bracketed acronym.
  ['the pronoun of a relative clause past a fronted phrase', 'To hold the villages around Djibo, the Burkinabe army relies on the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force that it arms and trains.', [
    ['BACKS', 'Armed Forces of Burkina Faso', 'Volunteers for the Defence of the Homeland', 'ASSERTED'],
  ]],
  // Trucking arms to a group; money spent propping up a ruler.
  ['trucked arms', 'Syria was the land bridge over which Tehran trucked rockets to Hezbollah.', [
    ['BACKS', 'Iran', 'Hezbollah', 'ASSERTED'],
  ]],
  ['trucked produce is no aid', 'The company trucked vegetables to Beirut.', []],
  ['money spent propping up a ruler', 'Iran had spent billions of dollars propping up Bashar al-Assad since 2011.', [
    ['BACKS', 'Iran', 'Bashar al-Assad', 'ASSERTED'],
  ]],
  // "X, an Iran-backed militia that the US designated": the relative clause's subject is neither the backed nor the backer.
  ['a relative clause after a compound adjective', 'Kataib Hezbollah, an Iran-backed militia that the United States designated a terrorist organisation in 2009, stopped attacking U.S. bases.', [
    ['BACKS', 'Iran', 'Kataib Hezbollah', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Kataib Hezbollah', 'ASSERTED'],
  ]],
  ['a relative clause after a demonym', 'Kataib Hezbollah, an Iranian militia that the United States designated a terrorist organisation in 2009, stopped attacking U.S. bases.', [
    ['SANCTIONED', 'United States', 'Kataib Hezbollah', 'ASSERTED'],
  ]],
  // An acronym two listed bodies share is the one the text defines it for; the other stays apart.
  ['a shared acronym defined for one body', 'Al-Shabaab retook Moqokori three months after the Somali National Army (SNA) pushed them out. Fighting continued near Manbij, which the Turkish-backed Syrian National Army seized from the SDF in December 2024.', [
    ['CAPTURED', 'al-Shabaab', 'Moqokori', 'ASSERTED'],
    ['BACKS', 'Turkey', 'Syrian National Army', 'ASSERTED'],
    ['CAPTURED', 'Syrian National Army', 'Manbij', 'ASSERTED'],
  ]],
  // Aid to "X's Libyan National Army" is the army's; to "Russia's Kursk region", Russia's.
  ['aid to a possessed army', "In the east, Russia continues to supply weapons to Khalifa Haftar's Libyan National Army (LNA).", [
    ['BACKS', 'Russia', 'Libyan National Army', 'ASSERTED'],
  ]],
  ['troops to a possessed region', "North Korea sent 11,000 soldiers to Russia's Kursk region.", [
    ['BACKS', 'North Korea', 'Russia', 'ASSERTED'],
  ]],
  // "X, Y's largest military donor in Europe, said".
  ['a donor apposed past a place', "Germany, Ukraine's largest military donor in Europe, said it would deliver two more Patriot systems.", [
    ['BACKS', 'Germany', 'Ukraine', 'ASSERTED'],
  ]],
  // "a war-crimes investigation into".
  ['a compound kind of investigation', "The Prosecutor General's Office opened a war-crimes investigation into the execution of three soldiers in Udachne.", [
    ['INVESTIGATES', "Prosecutor General's Office", 'Udachne', 'ASSERTED'],
  ]],
  // The subject past a long participle clause with an infinitive of purpose.
  ['the subject past a long participle clause', "Rwandan troops, deployed in Cabo Delgado province since 2021 to fight alongside Mozambique's armed forces (FADM), recaptured the coastal village of Mbau from insurgents on Thursday.", [
    ['CAPTURED', 'Rwanda', 'Mbau', 'ASSERTED'],
  ]],
  // A taken "it" is the town, not the region named for a city.
  ['a taken town, not the region', 'Russian forces retook Sudzha, a town in the Kursk region, in March, seven months after Ukrainian forces seized it in a surprise cross-border incursion.', [
    ['CAPTURED', 'Russia', 'Sudzha', 'ASSERTED'],
    ['CAPTURED', 'Ukraine', 'Sudzha', 'ASSERTED'],
  ]],
  // "The businessmen are X and Y" after a count; the wages of a group's fighters.
  ['the businessmen counted, and wages paid', "Britain sanctioned four gang leaders and two businessmen. The businessmen are Reynold Deslandes, a Port-au-Prince importer who has supplied Viv Ansanm with rifles, and Marc-Antoine Valcourt, a former customs official who has paid the wages of the Grand Ravine gang's fighters since 2023.", [
    ['SANCTIONED', 'United Kingdom', 'Reynold Deslandes', 'ASSERTED'],
    ['SANCTIONED', 'United Kingdom', 'Marc-Antoine Valcourt', 'ASSERTED'],
    ['BACKS', 'Reynold Deslandes', 'Viv Ansanm', 'ASSERTED'],
    ['BACKS', 'Marc-Antoine Valcourt', 'Grand Ravine', 'ASSERTED'],
  ]],
  // "Among them are X, ..., and Y" after sanctions on a counted number.
  ['among them, after a count', 'The European Union blacklisted five companies in Iran and Belarus on Tuesday. Among them are Sepehr Pars Avionics, a Tehran firm that shipped guidance modules, and Kavir Tejarat, which re-exported engines.', [
    ['SANCTIONED', 'European Union', 'Sepehr Pars Avionics', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Kavir Tejarat', 'ASSERTED'],
  ]],
  // "lost it on Tuesday to fighters of X".
  ['lost to a group\'s fighters', 'The SDF took control of Deir ez-Zor on Friday, then lost it on Tuesday to fighters of the Military Operations Command.', [
    ['CAPTURED', 'Syrian Democratic Forces', 'Deir ez-Zor', 'ASSERTED'],
    ['CAPTURED', 'Military Operations Command', 'Deir ez-Zor', 'ASSERTED'],
  ]],
  // A date with its day between two places taken.
  ['places past a dated conjunct', 'HTS took Aleppo on Nov. 30 and Damascus eight days later.', [
    ['CAPTURED', 'Hayat Tahrir al-Sham', 'Aleppo', 'ASSERTED'],
    ['CAPTURED', 'Hayat Tahrir al-Sham', 'Damascus', 'ASSERTED'],
  ]],
  // A capital that acts past an adverb; "Volunteers" heads an armed group's name.
  ['a capital acting past an adverb', 'Washington nonetheless armed the SDF.', [
    ['BACKS', 'United States', 'Syrian Democratic Forces', 'ASSERTED'],
  ]],
  ['a militia apposed with its backer', 'The Kavu Defence Volunteers, a militia the KAF has armed and paid since 2022, have been accused of killings.', [
    ['BACKS', 'KAF', 'Kavu Defence Volunteers', 'ASSERTED'],
  ]],
  // A verb joined to one the tagger read as a noun ("retook"), past "a day later" and a subordinate clause.
  ['the subject of an earlier verb, past a subordinate clause', 'The Rapid Support Forces retook Bara, a market town north of El Obeid, on Saturday, six weeks after the army pushed them out, and a day later overran the last army base in El Fasher.', [
    ['CAPTURED', 'Rapid Support Forces', 'Bara', 'ASSERTED'],
    ['CAPTURED', 'Rapid Support Forces', 'El Fasher', 'ASSERTED'],
  ]],
  ['the subject of an earlier verb the tagger read as a noun', 'The RSF retook Bara and overran El Fasher.', [
    ['CAPTURED', 'Rapid Support Forces', 'Bara', 'ASSERTED'],
    ['CAPTURED', 'Rapid Support Forces', 'El Fasher', 'ASSERTED'],
  ]],
  // "two state-owned lenders, A and B".
  ['a counted description with a compound', 'Washington blacklisted two state-owned lenders, Myanma Foreign Trade Bank and Myanma Investment and Commercial Bank.', [
    ['SANCTIONED', 'United States', 'Myanma Foreign Trade Bank', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Myanma Investment and Commercial Bank', 'ASSERTED'],
  ]],
  // Aid from "Mexico's Sinaloa Cartel" is the cartel's.
  ['aid from a possessed group', "The Kessel Brigade has grown fast. The group's rifles come largely from Mexico's Sinaloa Cartel.", [
    ['BACKS', 'Sinaloa Cartel', 'Kessel Brigade', 'ASSERTED'],
  ]],
  // "have for years been supplied with A, B and C by X".
  ['supplied with a list, by', 'Los Choneros have for years been supplied with cocaine, cash and weapons by the Sinaloa Cartel.', [
    ['BACKS', 'Sinaloa Cartel', 'Los Choneros', 'ASSERTED'],
  ]],
  // Coming "to fight alongside": the comers' purpose.
  ['arrived to fight alongside', 'SADC troops arrived to fight alongside Mozambican troops.', [
    ['BACKS', 'Southern African Development Community', 'Mozambique', 'ASSERTED'],
  ]],
  // "operate as the X's proxy".
  ['operating as a proxy', "Los Lobos operate as the Jalisco New Generation Cartel's proxy in the ports.", [
    ['BACKS', 'Jalisco New Generation Cartel', 'Los Lobos', 'ASSERTED'],
  ]],
  // A militia on another's payroll is paid by it.
  ['on the payroll', "The town was taken over within hours by the Sinjar Resistance Units (YBS), a Yazidi militia on the PMF's payroll.", [
    ['BACKS', 'Popular Mobilization Forces', 'Sinjar Resistance Units', 'ASSERTED'],
  ]],
  ['on the payroll of', 'The Sinjar Resistance Units have been on the payroll of the PMF since 2017.', [
    ['BACKS', 'Popular Mobilization Forces', 'Sinjar Resistance Units', 'ASSERTED'],
  ]],
  // "X and their bitter rivals, Y": both named.
  ['their rivals, named', 'Ecuador designated 22 criminal groups as terrorist organisations, among them Los Choneros and their bitter rivals, Los Lobos.', [
    ['SANCTIONED', 'Ecuador', 'Los Choneros', 'ASSERTED'],
    ['SANCTIONED', 'Ecuador', 'Los Lobos', 'ASSERTED'],
  ]],
  // "until it was retaken by": the place, though a nameless subject opens the sentence.
  ['a place retaken, in the passive', 'The rebels held Goma for months until it was recaptured by the Congolese army.', [
    ['CAPTURED', 'Armed Forces of the Democratic Republic of the Congo', 'Goma', 'ASSERTED'],
  ]],
  // "have both imposed": the tagger's adjective after "both" is still the verb.
  ['both imposed', 'Britain and Canada have both imposed sanctions on the Wagner Group.', [
    ['SANCTIONED', 'United Kingdom', 'Wagner Group', 'ASSERTED'],
    ['SANCTIONED', 'Canada', 'Wagner Group', 'ASSERTED'],
  ]],
  // "fell on <date> to an offensive by X and Y": the offensive's agents took the town.
  ['fell to an offensive by two groups', 'Kawlin fell on November 6 to a joint offensive by PDF battalions and KIA fighters.', [
    ['CAPTURED', "People's Defence Force", 'Kawlin', 'ASSERTED'],
    ['CAPTURED', 'Kachin Independence Army', 'Kawlin', 'ASSERTED'],
  ]],
  // A designation without "as", then "together with Y".
  ['designated together with', "In May 2021 Ethiopia's parliament designated the OLA a terrorist organisation, together with the Tigray People's Liberation Front (TPLF).", [
    ['SANCTIONED', "Ethiopia's parliament", 'Oromo Liberation Army', 'ASSERTED'],
    ['SANCTIONED', "Ethiopia's parliament", "Tigray People's Liberation Front", 'ASSERTED'],
  ]],
  // "a group that X and Y both list as": past "both" to the relative clause's subjects.
  ['both list', 'The PKK, a group that Ankara and Washington both list as a terrorist organisation, attacked.', [
    ['SANCTIONED', 'Turkey', "Kurdistan Workers' Party", 'ASSERTED'],
    ['SANCTIONED', 'United States', "Kurdistan Workers' Party", 'ASSERTED'],
  ]],
  // "the regime in X" is the state X.
  ['the regime in a state', 'The ACM is armed and financed by the regime in Dorsavia.', [
    ['BACKS', 'Dorsavia', 'ACM', 'ASSERTED'],
  ]],
  // "X troops backed by Y took": the ones backed take the town, the backer backs them.
  ['the backed ones act, not their backer', 'Malian troops backed by Russian mercenaries of the Wagner Group took control of Kidal on Tuesday.', [
    ['BACKS', 'Wagner Group', 'Mali', 'ASSERTED'],
    ['CAPTURED', 'Mali', 'Kidal', 'ASSERTED'],
  ]],
  ['unnamed forces backed by a group', 'Government forces supported by Wagner fighters retook Kidal.', []],
  // A name apposed to a role inside a long apposition does not become the subject.
  ['the subject past a nested apposition', 'Castellan Risk Group Ltd, a private military company registered in Drusenia and directed by the second defendant, Ivo Brannak, supplied the NHB with mortars, drones and at least 60 contract fighters.', [
    ['BACKS', 'Castellan Risk Group Ltd', 'NHB', 'ASSERTED'],
  ]],
  // A release's own sanctioner of the day, over one a background clause named since.
  ['the day\'s sanctioner for an agentless designation', 'Today, OFAC is sanctioning two individuals and one company. Los Lobos, which the Department of State designated in 2025, runs the mines. Pablo Vera and Minera Sur S.A. are both being designated today.', [
    ['SANCTIONED', 'US Department of State', 'Los Lobos', 'ASSERTED'],
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Pablo Vera', 'ASSERTED'],
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Minera Sur S.A.', 'ASSERTED'],
  ]],
  // "frozen the company's accounts": the description's owner of the assets.
  ['assets owned by a description', "OFAC designated Minera del Sur S.A. on Monday. The UAFE has frozen the company's accounts.", [
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Minera del Sur S.A.', 'ASSERTED'],
    ['SANCTIONED', 'UAFE', 'Minera del Sur S.A.', 'ASSERTED'],
  ]],
  // "his company, X" is a second one designated; Peru's legal forms end a company's name.
  ['a person and his company', 'OFAC is also designating Peruvian national Hernan Quispe and his company, Explosivos Sur E.I.R.L., which has sold explosives to the gang.', [
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Hernan Quispe', 'ASSERTED'],
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Explosivos Sur E.I.R.L.', 'ASSERTED'],
  ]],
  // A bare plural a gerund takes is no group in particular.
  ['generic gangs', 'The Viv Ansanm gang coalition attacked Mirebalais. Canada sanctioned former President Jovenel Lamothe, accusing him of sponsoring gangs, which he denies.', [
    ['SANCTIONED', 'Canada', 'Jovenel Lamothe', 'ASSERTED'],
  ]],
  // "it" in a relative clause on an apposition: the subject of the apposition's clause.
  ['the pronoun of a relative clause on an apposition', 'The MNDAA, which captured Lashio last August, handed it back to the military in April, and the TNLA has agreed to withdraw from Mogok, a ruby-mining town it seized in July 2024.', [
    ['CAPTURED', 'Myanmar National Democratic Alliance Army', 'Lashio', 'ASSERTED'],
    ['CAPTURED', "Ta'ang National Liberation Army", 'Mogok', 'ASSERTED'],
  ]],
  // Sheltering a group's leaders backs the group.
  ['sheltering the leaders', "Bogota accused Venezuela of harbouring the ELN's leaders.", [
    ['BACKS', 'Venezuela', 'National Liberation Army', 'CLAIMED'],
  ]],
  // A person apposed to a role in a named body, past the person's capitalised title.
  ['the person apposed to a role, past a title', "Britain sanctioned the junta's leader, Senior General Aung Lwin. Canada sanctioned the KLF commander, Aren Vosh.", [
    ['SANCTIONED', 'United Kingdom', 'Aung Lwin', 'ASSERTED'],
    ['SANCTIONED', 'Canada', 'Aren Vosh', 'ASSERTED'],
  ]],
  // "proceedings against the HPF commander, X, and into the killing of civilians in Y".
  ['proceedings against a person and into killings', 'The Office of the Prosecutor General has opened criminal proceedings against the KLF commander, Aren Vosh, and into the killing of civilians in Korrin.', [
    ['INVESTIGATES', 'Office of the Prosecutor General', 'Aren Vosh', 'ASSERTED'],
    ['INVESTIGATES', 'Office of the Prosecutor General', 'Korrin', 'ASSERTED'],
  ]],
  // Aid named by a passive's subject, given to the one after "to" by the one after "by".
  ['aid delivered, in the passive', 'The weapons used against Korrin were delivered to the KLF through the Tessik crossing by the Hadran Armed Forces. Korrin fell.', [
    ['BACKS', 'Hadran Armed Forces', 'KLF', 'ASSERTED'],
  ]],
  ['letters delivered are no aid', 'The letters were delivered to the KLF by the Hadran Armed Forces.', []],
  // ", as did X": a second actor of the same act.
  ['an actor who did the same', 'The Security Council sanctioned Raul Denaro in 2021, as did the European Union.', [
    ['SANCTIONED', 'UN Security Council', 'Raul Denaro', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Raul Denaro', 'ASSERTED'],
  ]],
  // A designation said without "as", then "along with its then leader, X".
  ['the leader designated along with the group', 'The United States designated al-Hijra a terrorist organisation in 2019, along with its then leader, Ahmed Iman Ali.', [
    ['SANCTIONED', 'United States', 'al-Hijra', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Ahmed Iman Ali', 'ASSERTED'],
  ]],
  // An entry ban is a sanction; "the Government of the Republic of X" is the state X.
  ['entry ban by a republic nobody listed', 'The Government of the Republic of Tavaria imposed an entry ban and an asset freeze on Colonel Petr Dvorak and on Orlen Logistics.', [
    ['SANCTIONED', 'Tavaria', 'Petr Dvorak', 'ASSERTED'],
    ['SANCTIONED', 'Tavaria', 'Orlen Logistics', 'ASSERTED'],
  ]],
  // "Forces loyal to the Government of X" are that government's forces.
  ['forces loyal to a named government', 'Forces loyal to the Government of National Accord took control of Gharyan on Monday.', [
    ['CAPTURED', 'Government of National Accord', 'Gharyan', 'ASSERTED'],
  ]],
  // A participle's accusation ends at ", and": the next clause is the writer's.
  ['accusation aside before a new clause', 'President Ruto suspended talks with the rebels, accusing the group of atrocities, and the Directorate of Criminal Investigations has opened an investigation into the killings in Marsabit.', [
    ['INVESTIGATES', 'Directorate of Criminal Investigations', 'Marsabit', 'ASSERTED'],
  ]],
  // A hamlet's name ("Jean Baptiste", Saint Lucia) opening a person's name is their first names.
  ['first names that are a hamlet', 'The Prosecutor General\'s Office opened criminal proceedings against the militia commander, Jean Baptiste Kamanzi.', [
    ['INVESTIGATES', "Prosecutor General's Office", 'Jean Baptiste Kamanzi', 'ASSERTED'],
  ]],
  // "and, according to officials," opens the second conjunct's attribution only.
  ['attribution of the second conjunct', 'JNIM overran the army camp in Boulkessi in June and, according to local officials, took the town of Diboli in July.', [
    ['CAPTURED', 'JNIM', 'Boulkessi', 'ASSERTED'],
    ['CAPTURED', 'JNIM', 'Diboli', 'CLAIMED'],
  ]],
  // "recruited young Moldovans and trained them": the people recruited, whom no name stands for.
  ['them, the people of the first object', 'The consultant Sergei Volkonsky recruited young Moldovans and trained them in camps in Serbia.', []],
  // "who has been subject to EU restrictive measures": as under them.
  ['subject to measures', 'Ilan Shor, a fugitive businessman who has been subject to EU restrictive measures since April 2023, runs the network.', [
    ['SANCTIONED', 'European Union', 'Ilan Shor', 'ASSERTED'],
  ]],
  // A description after a verb is not the verb's own subjects ("the junta" is neither Russia nor China).
  ['a description is not its clause subject', 'Neither Russia nor China has sanctioned the junta.', []],
  // "X, a Libyan airline, along with the airline's owner, Y": past the apposition, the owner named after the role.
  ['along with the owner', "The United States on Thursday sanctioned Jufra Air Cargo, a Libyan airline, along with the airline's owner, Nuri Abdelsalam al-Obeidi.", [
    ['SANCTIONED', 'United States', 'Jufra Air Cargo', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Nuri Abdelsalam al-Obeidi', 'ASSERTED'],
  ]],
  // "flies weapons to Mali for the Africa Corps": the one they are for, not the destination.
  ['aid for someone at a destination', 'The United States sanctioned Jufra Air Cargo, a Libyan airline that flies weapons and fighters to Mali for the Africa Corps.', [
    ['SANCTIONED', 'United States', 'Jufra Air Cargo', 'ASSERTED'],
    ['BACKS', 'Jufra Air Cargo', 'Africa Corps', 'ASSERTED'],
  ]],
  // "U.N. sanctions monitors": a body's members past a noun; ...
  ['a body, a noun, its members', "The LNA fought on. U.N. sanctions monitors are examining the LNA's role in the flights.", [
    ['INVESTIGATES', 'United Nations', 'Libyan National Army', 'ASSERTED'],
  ]],
  // "A and B, Russia's two largest oil companies": the owner's plural head types both names.
  ['listed names typed by a possessive apposition', "The UK's designation of Rosneft and Lukoil, Russia's two largest oil companies, came on 15 October.", [
    ['SANCTIONED', 'United Kingdom', 'Rosneft', 'ASSERTED'],
    ['SANCTIONED', 'United Kingdom', 'Lukoil', 'ASSERTED'],
  ]],
  // "the investigation of <a body> into <what>": the body investigates.
  ['investigation of a body into', 'The EU supports the investigation of the International Criminal Court into the situation in Darfur.', [
    ['INVESTIGATES', 'International Criminal Court', 'Darfur', 'ASSERTED'],
  ]],
  // "X, an Islamist militia fighting alongside Y": the name the apposition describes fights.
  ['apposed militia fighting alongside', 'The Council listed Anas Omar al-Mubarak, a commander of the Al-Baraa Bin Malik Brigade, an Islamist militia fighting alongside the SAF.', [
    ['BACKS', 'Al-Baraa bin Malik Brigade', 'Sudanese Armed Forces', 'ASSERTED'],
  ]],
  // "X, whose cargo flights have delivered weapons to Y": the owner of what delivers.
  ['whose things act', 'The Council also listed Sahara Horizon Logistics, a company that has supplied the RSF with fuel, and Tarabeel Aviation, whose cargo flights have delivered weapons to the RSF at the airport in Nyala.', [
    ['BACKS', 'Sahara Horizon Logistics', 'Rapid Support Forces', 'ASSERTED'],
    ['BACKS', 'Tarabeel Aviation', 'Rapid Support Forces', 'ASSERTED'],
  ]],
  // ... but not a name inside the apposition's own phrase.
  ['whose, after an apposition', "Wagner has since been replaced by Africa Corps, a force under the direct control of Russia's defence ministry, whose fighters now fight alongside Malian troops.", [
    ['BACKS', 'Africa Corps', 'Mali', 'ASSERTED'],
  ]],
  // A description and its verb open a new clause: the list of places taken ends before it.
  ['list ends at a described subject', 'In March 2025, Viv Ansanm fighters overran Mirebalais, freeing more than 500 inmates from its prison, and the coalition has since attacked Kenscoff and Arcahaie.', [
    ['CAPTURED', 'Viv Ansanm', 'Mirebalais', 'ASSERTED'],
  ]],
  // "the X of (eastern commander) Y, which": the body the person leads is the relative clause's antecedent.
  ['relative after a body and its leader', 'Al-Khadim is controlled by the Libyan National Army (LNA) of eastern commander Khalifa Haftar, which Russia has armed since 2019.', [
    ['BACKS', 'Russia', 'Libyan National Army', 'ASSERTED'],
  ]],
  // "X Co., Ltd." is one company; "both of which have supplied" is said of both names listed.
  ['both of which, a company with two legal forms', 'Sarrafzadeh sources engines from Lanxing Precision Trading Limited and Shenzhen Kaiyu Electronics Co., Ltd., both of which have supplied the IRGC-QF with parts for drones.', [
    ['BACKS', 'Lanxing Precision Trading Limited', 'Quds Force', 'ASSERTED'],
    ['BACKS', 'Shenzhen Kaiyu Electronics Co., Ltd.', 'Quds Force', 'ASSERTED'],
  ]],
  // "both companies" are the two named together, never the clause's own subject.
  ['both companies', 'Sarrafzadeh sources engines from Lanxing Precision Trading Limited and Shenzhen Kaiyu Electronics Co., Ltd. OFAC is designating both companies today.', [
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Lanxing Precision Trading Limited', 'ASSERTED'],
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Shenzhen Kaiyu Electronics Co., Ltd.', 'ASSERTED'],
  ]],
  // Every name before a backers' apposition backs; the possessor inside it is another entity than the names.
  ['backers apposed to a list', "The junta in Myanmar bombed Sagaing. China and Russia, the junta's main arms suppliers, have shielded it from action.", [
    ['BACKS', 'China', 'Myanmar', 'ASSERTED'],
    ['BACKS', 'Russia', 'Myanmar', 'ASSERTED'],
  ]],
  // A perfect is active: "by" after its object belongs to the object ("the torture of detainees by X").
  ['perfect, not passive', 'The International Criminal Court opened an investigation into the situation in Venezuela in 2021 and has examined the torture of detainees by the SEBIN intelligence service.', [
    ['INVESTIGATES', 'International Criminal Court', 'Venezuela', 'ASSERTED'],
    ['INVESTIGATES', 'International Criminal Court', 'SEBIN', 'ASSERTED'],
  ]],
  // With "the", a name apposed to an institution's description is the institution, and speaks as it.
  ['apposed institution speaks', "Tavia's anti-terrorism prosecutor, the Pôle Judiciaire Spécialisé, said it had opened an investigation into the attack on Léré.", [
    ['INVESTIGATES', 'Pôle Judiciaire Spécialisé', 'Lere', 'CLAIMED'],
  ]],
  // The victims' employer is not investigated; the place of the killing is.
  ['victims named by their employer', 'The Sri Lanka Police say they have reopened their investigation into the killing of 17 aid workers of Action Contre la Faim in Muttur in 2006.', [
    ['INVESTIGATES', 'Sri Lanka Police', 'Muttur', 'CLAIMED'],
  ]],
  // "X told Y it was investigating": "it" is the speaker, never the one told (nothing when the speaker is no name).
  ['told someone it was investigating', 'The National Commission to Investigate Alleged Violations of Human Rights told Sheba Rights Monitor it was investigating the shelling of Al-Rawdah camp.', [
    ['INVESTIGATES', 'National Commission to Investigate Alleged Violations of Human Rights', 'Al-Rawdah camp', 'CLAIMED'],
  ]],
  ['told someone, unnamed speaker', 'Tavian officials told Sheba Rights Monitor it was investigating the shelling of Al-Rawdah camp.', []],
  // A place inside a phrase before ", opened in 2011, and" is no subject conjunct.
  ['no subject inside a phrase', "The killings form part of the International Criminal Court's investigation in Libya, opened in 2011, and the United States sanctioned the Kaniyat and its leader, Mohamed al-Kani, in November 2020.", [
    ['INVESTIGATES', 'International Criminal Court', 'Libya', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Mohamed al-Kani', 'ASSERTED'],
  ]],
  // A list of objects ends where a name and its verb open a new clause.
  ['list ends at a new clause', 'In February 2024 the U.S. Treasury sanctioned Los Choneros, and in September 2025 the State Department put the gang and Los Lobos on its list of foreign terrorist organisations.', [
    ['SANCTIONED', 'US Department of the Treasury', 'Los Choneros', 'ASSERTED'],
    ['SANCTIONED', 'US Department of State', 'Los Choneros', 'ASSERTED'],
    ['SANCTIONED', 'US Department of State', 'Los Lobos', 'ASSERTED'],
  ]],
  // "X (ACR) led by P": the body is the subject, and "P's forces" are the body's.
  ['led by, after an acronym', "Fighters of the Sudan Liberation Front (SLF) led by Abdelaziz al-Hilu have seized the town of Yabus. Army officials accuse the RSF of supplying al-Hilu's forces with armoured vehicles.", [
    ['CAPTURED', 'Sudan Liberation Front', 'Yabus', 'ASSERTED'],
    ['BACKS', 'Rapid Support Forces', 'Sudan Liberation Front', 'CLAIMED'],
  ]],
  // Fighters loyal to a faction of a body are not the body's own.
  ['loyal to a faction, led by', "Fighters loyal to the faction of the Tigray People's Liberation Front (TPLF) led by Debretsion Gebremichael took Mekelle.", []],
  // Sheltering a group's commanders backs the group.
  ['commanders of a group', 'Mali accuses Algeria of sheltering commanders of the Azawad Liberation Front (FLA), a charge Algiers rejects.', [
    ['BACKS', 'Algeria', 'Azawad Liberation Front', 'CLAIMED'],
  ]],
  ['companies listed by kind', 'The United States sanctioned the oil companies Rosneft and Lukoil.', [
    ['SANCTIONED', 'United States', 'Rosneft', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Lukoil', 'ASSERTED'],
  ]],
  // A conjunct in the same present form shares the object, though the tagger calls both nouns.
  ['verbs coordinated in the present', 'Officials say Uganda funds and commands M23.', [
    ['BACKS', 'Uganda', 'M23', 'CLAIMED'],
  ]],
  // A relative clause after a role apposition ("the Front's military chief," read as adjectives) describes the name before it.
  ['relative past a role apposition', "Kessel wants Amos Tavari, the Lumara Liberation Front's military chief, whom Canada and the European Union have sanctioned.", [
    ['SANCTIONED', 'Canada', 'Amos Tavari', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Amos Tavari', 'ASSERTED'],
  ]],
  // The person apposed to a description is the subject, past a title.
  ['apposed name with a title', "The Front's founder, former General Amos Tavari, was sanctioned by the United Nations Security Council in 2019.", [
    ['SANCTIONED', 'UN Security Council', 'Amos Tavari', 'ASSERTED'],
  ]],
  // The court's seat is not what it investigates.
  ['investigation by a court in its seat', 'Officials welcomed the investigation opened by the Special Criminal Court in Bangui into the attack on Bria.', [
    ['INVESTIGATES', 'Special Criminal Court', 'Bria', 'ASSERTED'],
  ]],
  // "the police" is the police force named before.
  ['the police', 'The Haitian National Police lost ground. The Multinational Security Support Mission has supported the police since 2024.', [
    ['BACKS', 'Multinational Security Support Mission', 'Haitian National Police', 'ASSERTED'],
  ]],
  // "Neither A nor B, which ..., has": the relative clause is not negated with the main clause.
  ['relative clause inside neither-nor', 'Neither the Haitian National Police nor the Multinational Security Support Mission, which has supported the police since 2024, has retaken Mirebalais.', [
    ['BACKS', 'Multinational Security Support Mission', 'Haitian National Police', 'ASSERTED'],
    ['CAPTURED', 'Haitian National Police', 'Mirebalais', 'NEGATED'],
  ]],
  // "which the Iran-backed group seized": a description with a glued modifier as the relative clause's subject.
  ['relative clause, glued description', 'The Lumara Liberation Front attacked Ketavi. Ketavi lies near Dassa, which the Iran-backed group seized in April.', [
    ['BACKS', 'Iran', 'Lumara Liberation Front', 'ASSERTED'],
    ['CAPTURED', 'Lumara Liberation Front', 'Dassa', 'ASSERTED'],
  ]],
  // Commandos of a state are its army when the text names that army (guide case 37).
  ['demonym commandos', 'The Somali National Army (SNA) fought al-Shabaab. Turkey trains Somali commandos.', [
    ['BACKS', 'Turkey', 'Somali National Army', 'ASSERTED'],
  ]],
  // "A, which ..., and B have both supplied it": "it" is neither subject.
  ['object pronoun after coordinated subjects', 'The Sudanese Armed Forces (SAF) fought on. Egypt, which backs the army, and Turkey have both supplied it with combat drones.', [
    ['BACKS', 'Egypt', 'Sudanese Armed Forces', 'ASSERTED'],
    ['BACKS', 'Turkey', 'Sudanese Armed Forces', 'ASSERTED'],
  ]],
  // "X has soldiers in P fighting alongside Y": whoever has the troops backs Y.
  ['troops held fighting alongside', 'Burundi has several thousand soldiers in South Kivu fighting alongside the Congolese army.', [
    ['BACKS', 'Burundi', 'Armed Forces of the Democratic Republic of the Congo', 'ASSERTED'],
  ]],
  // "the rebels" keeps to the group the text called so, over a militia named in between.
  ['the rebels, called so before', 'Since M23 rebels took Bukavu in February, rumours of the rebels\' approach travel fast. "If they take Uvira, there is nowhere left to run," said a trader. Burundi has soldiers in South Kivu fighting alongside the Wazalendo, a loose coalition of local militias. When the rebels reached Sange in March, Burundian artillery drove them back. Congo says Rwanda arms M23. Kigali says its forces guard the border against the FDLR, a militia founded by perpetrators of the 1994 genocide. Uganda denies arming the rebels.', [
    ['CAPTURED', 'M23', 'Bukavu', 'ASSERTED'],
    ['CAPTURED', 'M23', 'Uvira', 'HYPOTHETICAL'],
    ['BACKS', 'Burundi', 'Wazalendo', 'ASSERTED'],
    ['BACKS', 'Rwanda', 'M23', 'CLAIMED'],
    ['BACKS', 'Uganda', 'M23', 'DENIED'],
  ]],
  // "restored full control of X" takes it back, as "regained control of" does.
  ['control restored', 'ISWAP fighters overran the base in Marte. The Nigerian army said on Tuesday that its troops had restored full control of Marte.', [
    ['CAPTURED', 'Islamic State West Africa Province', 'Marte', 'ASSERTED'],
    ['CAPTURED', 'Nigerian Armed Forces', 'Marte', 'CLAIMED'],
  ]],
  // A participle describing the ones driven out ("gunmen aligned with the government") is no verb of the clause.
  ['driven out, described', 'The SDF says its fighters pushed tribal gunmen aligned with the government out of the village of Dibsi Afnan overnight.', [
    ['CAPTURED', 'Syrian Democratic Forces', 'Dibsi Afnan', 'CLAIMED'],
  ]],
  // "The two entities listed, A and B": the names apposed to what a release lists are sanctioned by its issuer.
  ['the entities listed, named', 'The Council of the European Union today imposed restrictive measures on two entities. The two entities listed, Kazan Avionika LLC and Uralpribor-Tekh JSC, supply engines for Geran-2 attack drones to the Russian armed forces.', [
    ['SANCTIONED', 'Council of the European Union', 'Kazan Avionika LLC', 'ASSERTED'],
    ['SANCTIONED', 'Council of the European Union', 'Uralpribor-Tekh JSC', 'ASSERTED'],
    ['BACKS', 'Kazan Avionika LLC', 'Russian Armed Forces', 'ASSERTED'],
    ['BACKS', 'Uralpribor-Tekh JSC', 'Russian Armed Forces', 'ASSERTED'],
  ]],
  // A town's post investigated is the town investigated (as it is the town taken, guide case 14).
  ["a town's border post investigated", "Burundi's prosecutor general said it had opened an investigation into the attack on the Gatumba border post.", [
    ['INVESTIGATES', "Burundi's prosecutor general", 'Gatumba', 'CLAIMED'],
  ]],
  // ", and in March it drove": the first clause's subject, past a time phrase after "and".
  ['a pronoun after "and" and a date', 'Uganda deployed troops to Djugu in support of the FARDC, and in March it drove CODECO fighters out of Fataki after a two-day battle.', [
    ['BACKS', 'Uganda', 'Armed Forces of the Democratic Republic of the Congo', 'ASSERTED'],
    ['CAPTURED', 'Uganda', 'Fataki', 'ASSERTED'],
  ]],
  // A state's instructors or advisers are its people: the state trains.
  ["a state's instructors", 'Turkish instructors train the Somali National Army.', [
    ['BACKS', 'Turkey', 'Somali National Army', 'ASSERTED'],
  ]],
  // A word of a name ("Guard") is no verb of a relative clause.
  ['a name word that is also a verb', 'Colonel Ostin Feyr is the commander of the Kessem Home Guard, a militia that the Aldessan army has armed and deployed in the valley.', [
    ['BACKS', 'Aldessan army', 'Kessem Home Guard', 'ASSERTED'],
  ]],
  // "and on Y" after the first target's apposition and date.
  ['sanctions on two, each dated', 'Washington imposed sanctions on RSF commander Mohamed Hamdan Dagalo, known as Hemedti, in January 2025 and on army chief Abdel Fattah al-Burhan days later.', [
    ['SANCTIONED', 'United States', 'Mohamed Hamdan Dagalo', 'ASSERTED'],
    ['SANCTIONED', 'United States', 'Abdel Fattah al-Burhan', 'ASSERTED'],
  ]],
  // "weapons and recruits from": a plural noun the tagger took for a verb is still what is received.
  ['received, a plural read as a verb', 'Lakurawa receives weapons and recruits from Islamic State Sahel Province.', [
    ['BACKS', 'Islamic State Sahel Province', 'Lakurawa', 'ASSERTED'],
  ]],
  // ", and of X": control of a second place, past the first one's apposition and date.
  ['control of two places', 'The Kessari Popular Front took control of Bandoko, the main town of the prefecture, in August 2025, and of the Tombali gold mine in October 2025.', [
    ['CAPTURED', 'Kessari Popular Front', 'Bandoko', 'ASSERTED'],
    ['CAPTURED', 'Kessari Popular Front', 'Tombali gold mine', 'ASSERTED'],
  ]],
  // The owner inside an apposition only describes the name before it: "the group" is that name.
  ["an owner inside an apposition", "JNIM rarely tries to govern towns. JNIM's seizure of Tin-Akoff in April gave it revenue. Islamic State Sahel Province (ISSP), JNIM's main rival, has taken a different path. The group, which pledged allegiance to Islamic State in 2015, controls much of the Menaka region. In March its fighters overran the gendarmerie post in Banibangou.", [
    ['CAPTURED', 'JNIM', 'Tin-Akoff', 'ASSERTED'],
    ['CAPTURED', 'Islamic State Sahel Province', 'Banibangou', 'ASSERTED'],
  ]],
  // "in support of": the verb of the main clause, past a relative clause with "that" in an apposition.
  ['in support of, past an apposition', 'Moscow has deployed its Africa Corps, the force that replaced the Wagner Group, to Mali in support of the Malian armed forces (FAMa).', [
    ['BACKS', 'Russia', 'Malian Armed Forces', 'ASSERTED'],
  ]],
  // A body's founding phrase holds a state's name; the body acts.
  ['a committee named with its mandate', 'On 12 June 2025, the Security Council Committee established pursuant to resolution 1591 (2005) concerning Sudan designated two RSF commanders, Issa Goumba-Lendi and Paulin Sakoume, for attacks on convoys.', [
    ['SANCTIONED', 'Security Council Committee', 'Issa Goumba-Lendi', 'ASSERTED'],
    ['SANCTIONED', 'Security Council Committee', 'Paulin Sakoume', 'ASSERTED'],
  ]],
  // Rulers named by their seats are the states; a town's own post, then another place of the list.
  ['rulers in their capitals; a list past an owned noun', 'Turkey has supplied armed drones to the juntas in Bamako, Ouagadougou and Niamey. Fighters of the Kazaran Defence Front seized Teluk. The rebels said they had also taken the town\'s customs post and the nearby village of Karasu.', [
    ['BACKS', 'Turkey', 'Mali', 'ASSERTED'],
    ['BACKS', 'Turkey', 'Burkina Faso', 'ASSERTED'],
    ['BACKS', 'Turkey', 'Niger', 'ASSERTED'],
    ['CAPTURED', 'Kazaran Defence Front', 'Teluk', 'ASSERTED'],
    ['CAPTURED', 'Kazaran Defence Front', 'Teluk', 'CLAIMED'],
    ['CAPTURED', 'Kazaran Defence Front', 'Karasu', 'CLAIMED'],
  ]],
  // "both factions": the two named together in a list apposed to a counted noun.
  ['both factions', 'The EU imposed sanctions on two of its factions, the Sultan Murad Division and the Hamza Division. The National Commission of Inquiry into the Coastal Events, which examined the conduct of both factions, reported in July.', [
    ['SANCTIONED', 'European Union', 'Sultan Murad Division', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Hamza Division', 'ASSERTED'],
    ['INVESTIGATES', 'National Commission of Inquiry into the Coastal Events', 'Sultan Murad Division', 'ASSERTED'],
    ['INVESTIGATES', 'National Commission of Inquiry into the Coastal Events', 'Hamza Division', 'ASSERTED'],
  ]],
  // A demonym before an adjective and a noun describes them: no state is designated.
  ['a demonym describing a counted list item', 'In February 2025 the US State Department designated the Sinaloa Cartel, the CJNG and four other Mexican criminal groups as Foreign Terrorist Organizations.', [
    ['SANCTIONED', 'US Department of State', 'Sinaloa Cartel', 'ASSERTED'],
    ['SANCTIONED', 'US Department of State', 'Jalisco New Generation Cartel', 'ASSERTED'],
  ]],
  // A state's legislature named by its owner acts; the relative pronoun stands before the owner.
  ["a state's parliament in a relative clause", 'The Kessari Popular Front, which Ethiopia\'s parliament designated a terrorist organisation in 2021, attacked a town.', [
    ['SANCTIONED', "Ethiopia's parliament", 'Kessari Popular Front', 'ASSERTED'],
  ]],
  // The body's soldiers doing the reported deed: the body is investigated.
  ['members doing a reported deed', 'The Ethiopian Human Rights Commission said it had opened an inquiry into reports that ENDF soldiers executed at least 38 civilians.', [
    ['INVESTIGATES', 'Ethiopian Human Rights Commission', 'Ethiopian National Defense Force', 'CLAIMED'],
  ]],
  // "the bank accounts of X" are frozen assets; ", and <state>'s <body> has opened" opens a new clause, not a list item.
  ['frozen bank accounts, then a new clause', "Mexico's Financial Intelligence Unit has frozen the bank accounts of Kemal Orazov and Ruben Cazares, and Mexico's Attorney General's Office has opened an investigation into Combustibles del Norte.", [
    ['SANCTIONED', 'Financial Intelligence Unit', 'Kemal Orazov', 'ASSERTED'],
    ['SANCTIONED', 'Financial Intelligence Unit', 'Ruben Cazares', 'ASSERTED'],
    ['INVESTIGATES', "Attorney General's Office", 'Combustibles del Norte', 'ASSERTED'],
  ]],
  // A set phrase between the subject and its verb: "has in addition supplied", "for its part".
  ['an adverbial phrase before the verb', 'North Korea has, in addition, supplied Russia with millions of artillery shells. Iran for its part has armed the Houthis.', [
    ['BACKS', 'North Korea', 'Russia', 'ASSERTED'],
    ['BACKS', 'Iran', 'Houthis', 'ASSERTED'],
  ]],
  // A bearing from a place between a town and its verb.
  ['a bearing in apposition', 'Eldorado, south of the state capital, fell to Los Chapitos in May.', [
    ['CAPTURED', 'Los Chapitos', 'Eldorado', 'ASSERTED'],
  ]],
  // A plural apposition with a participle describes every name of the list before it.
  ['a plural apposition after a list', 'Children were deported from Mariupol and Berdiansk, two cities occupied by Russia since 2022.', [
    ['CAPTURED', 'Russia', 'Mariupol', 'ASSERTED'],
    ['CAPTURED', 'Russia', 'Berdyansk', 'ASSERTED'],
  ]],
  // A weapon's model name is what a relative clause says was provided; parts "for" a weapon "to" an army.
  ['a weapon provided, parts supplied', 'The Geran-2 is a copy of the Shahed-136, which Iran has provided to the Russian armed forces since 2022. The two entities listed, Kazan Avionika LLC and Uralpribor-Tekh JSC, supply engines for Geran-2 attack drones to the Russian armed forces.', [
    ['BACKS', 'Iran', 'Russian Armed Forces', 'ASSERTED'],
    ['BACKS', 'Kazan Avionika LLC', 'Russian Armed Forces', 'ASSERTED'],
    ['BACKS', 'Uralpribor-Tekh JSC', 'Russian Armed Forces', 'ASSERTED'],
  ]],
  // "designated it": not the name that only modifies "sanctions list", nor one coordinated with it.
  ['an object pronoun past names that modify a noun', "The Kessari Popular Front has been on the UN's ISIL (Da'esh) and Al-Qaida sanctions list since 2018, the same year Washington designated it a terrorist organisation.", [
    ['SANCTIONED', 'United States', 'Kessari Popular Front', 'ASSERTED'],
  ]],
  // A capital past a discourse aside speaks for its state; "denies having supplied" is denied.
  ['a capital past an aside', 'Kyiv, for its part, denies having supplied the Azawad Liberation Front (FLA), a separatist coalition in northern Mali, with intelligence or drones.', [
    ['BACKS', 'Ukraine', 'Azawad Liberation Front', 'DENIED'],
  ]],
  // An acronym the text defines is its own name, not the listed body with the same letters (Kenya Defence Forces).
  ['an acronym the text redefines', "Fighters of the Kazaran Defence Front (KDF) seized the border town of Teluk on Sunday. Dorvastan's Prosecutor-General's Office has opened a terrorism case against the KDF.", [
    ['CAPTURED', 'Kazaran Defence Front', 'Teluk', 'ASSERTED'],
    ['INVESTIGATES', "Prosecutor-General's Office", 'Kazaran Defence Front', 'ASSERTED'],
  ]],
  // A French name keeps its later words in lower case: the bracketed acronym spells the whole of it.
  ['a French name defined by its acronym', 'Fighters of the Front pour la renaissance du Congo (FRC) seized Bandoko in August. The FRC later took Tombali.', [
    ['CAPTURED', 'Front pour la renaissance du Congo', 'Bandoko', 'ASSERTED'],
    ['CAPTURED', 'Front pour la renaissance du Congo', 'Tombali', 'ASSERTED'],
  ]],
  // A count of the owner's kind, then the names apposed to it with their articles.
  ['names apposed to a counted noun', 'In May the EU imposed sanctions on two of its factions, the Sultan Murad Brigade and the Hamza Division, and on their commanders Ahmed Kamal and Sayf Boulad.', [
    ['SANCTIONED', 'European Union', 'Sultan Murad Division', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Hamza Division', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Ahmed Kamal', 'ASSERTED'],
    ['SANCTIONED', 'European Union', 'Sayf Boulad', 'ASSERTED'],
  ]],
  // A court is upheld, not backed; the names inside its relative clause are no items of a list.
  ['support for a court', 'The EU reiterates its full support for the International Criminal Court, which is investigating the situation in Ukraine and has issued arrest warrants for Vladimir Putin and Maria Lvova-Belova.', [
    ['INVESTIGATES', 'International Criminal Court', 'Ukraine', 'ASSERTED'],
  ]],
  // "was investigating": an auxiliary, no copula giving the subject a role ("its financiers" are not the investigator);
  // "Department of State Services" is a body of its own, not the Department of State.
  ['an auxiliary before a backer noun', 'The Department of State Services said it was investigating the Lakurawa group and its financiers in Sokoto.', [
    ['INVESTIGATES', 'Department of State Services', 'Lakurawa', 'CLAIMED'],
  ]],
  // Inside an item's relative clause a bare "and" is the clause's own: no item of the list.
  ['a relative clause inside a list item', 'Bamako accuses Algiers of arming the Azawad Liberation Front (FLA), a rebel coalition that ambushed Malian and Wagner fighters near Tinzaouaten.', [
    ['BACKS', 'Algeria', 'Azawad Liberation Front', 'CLAIMED'],
  ]],
  // "the investigation ... examines X": the inquiry's owner is the investigator read before.
  ['an inquiry as the subject', 'The International Criminal Court has opened an investigation into crimes in Ketavi. Its office said the investigation covers killings in March and examines the conduct of the Lumara Liberation Front.', [
    ['INVESTIGATES', 'International Criminal Court', 'Ketavi', 'ASSERTED'],
    ['INVESTIGATES', 'International Criminal Court', 'Lumara Liberation Front', 'CLAIMED'],
  ]],
  // "the country" after a body named for a state is that state; "said it" reaches back over an apposition with a relative clause.
  ['a state in a body\'s name', "Japan, Myanmar's largest donor, has never imposed sanctions on the junta. The Independent Investigative Mechanism for Myanmar (IIMM), the U.N. body that has been investigating crimes committed in the country since 2019, said it was examining reports that AA fighters killed civilians.", [
    ['BACKS', 'Japan', 'Myanmar', 'ASSERTED'],
    ['SANCTIONED', 'Japan', 'Myanmar', 'NEGATED'],
    ['INVESTIGATES', 'Independent Investigative Mechanism for Myanmar', 'Myanmar', 'ASSERTED'],
    ['INVESTIGATES', 'Independent Investigative Mechanism for Myanmar', 'Arakan Army', 'CLAIMED'],
  ]],
  // "among them" past the speaker's reduced relative; the people, not the words that describe others.
  ['among them, past "it said"', 'OFAC designated three businessmen it said were financing al-Shabaab from Mogadishu, among them Mohamed Abdi Warsame and his cousin Farhan Yusuf Ilmi.', [
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Mohamed Abdi Warsame', 'ASSERTED'],
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Farhan Yusuf Ilmi', 'ASSERTED'],
  ]],
  // A naming aside inside a coordination ("X, as Myanmar's military is known, and Y") keeps the list whole.
  ['a naming aside', 'The IIMM says it is examining reports that the Tatmadaw, as the military is known, and the AA killed civilians in Buthidaung.', [
    ['INVESTIGATES', 'IIMM', 'Tatmadaw', 'CLAIMED'],
    ['INVESTIGATES', 'IIMM', 'Arakan Army', 'CLAIMED'],
    ['INVESTIGATES', 'IIMM', 'Buthidaung', 'CLAIMED'],
  ]],
  // A subject pronoun opening the clause after ", and" is the first clause's subject.
  ['a pronoun after ", and"', 'The U.N. Panel of Experts on Yemen has traced engines recovered from Houthi missiles to Iranian suppliers, and it is now examining reports that the Houthis have shipped weapons to al-Shabaab.', [
    ['INVESTIGATES', 'U.N. Panel of Experts on Yemen', 'Houthis', 'ASSERTED'],
    ['BACKS', 'Houthis', 'al-Shabaab', 'CLAIMED'],
  ]],
  // A person's forces are those of the armed body the text says he leads.
  ['a leader\'s forces', "Airbases lie in territory held by Khalifa Haftar's Libyan National Army (LNA). In 2019 Wagner fighters fought alongside Haftar's forces. His forces took Sirte in January 2020.", [
    ['BACKS', 'Wagner Group', 'Libyan National Army', 'ASSERTED'],
    ['CAPTURED', 'Libyan National Army', 'Sirte', 'ASSERTED'],
  ]],
  // "The group" paragraphs after the group was last named: the text's most named armed group.
  ['a group named long before', 'The Lumara Liberation Front seized Ketavi in 2020. The Lumara Liberation Front held the town for a year. Rwanda sent troops to the region in 2021. Donors paid for part of the deployment. Fishermen returned to the port in 2022. The economy has not recovered. The group later overran the town of Nandro.', [
    ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED'],
    ['CAPTURED', 'Lumara Liberation Front', 'Nandro', 'ASSERTED'],
  ]],
  // A pronoun opening a sentence is the last sentence's subject's, over a name inside its relative clause.
  ['the subject stays salient', 'The Lumara Liberation Front, which pledged allegiance to the Islamic State in 2019, has adapted. It now moves in small units. In May its fighters occupied the town of Ketavi.', [
    ['CAPTURED', 'Lumara Liberation Front', 'Ketavi', 'ASSERTED'],
  ]],
  // A press release of the EU's council: "The Council" opening the text and its sentences is that council,
  // though the UN Human Rights Council is named later.
  ['the EU council in its own press release', 'The Council today imposed restrictive measures on the Hamza Division. EU citizens may not fund it. The Council welcomes the work of the UN Human Rights Council. The Council has also listed Saif Boulad, commander of the Hamza Division.', [
    ['SANCTIONED', 'Council of the European Union', 'Hamza Division', 'ASSERTED'],
    ['SANCTIONED', 'Council of the European Union', 'Saif Boulad', 'ASSERTED'],
  ]],
  // "according to X" inside a relative clause cites a source; it is not the subject.
  ['a cited source is no subject', 'OFAC designated Omar Dalan, who according to OFAC moved more than $2 million a year to the Lumara Liberation Front.', [
    ['SANCTIONED', 'Office of Foreign Assets Control', 'Omar Dalan', 'ASSERTED'],
    ['BACKS', 'Omar Dalan', 'Lumara Liberation Front', 'CLAIMED'],
  ]],
  // A reduced relative with a pronoun speaker ("a company it says has been supplying") is the apposed name's;
  // "and on its director, Y" is sanctioned too, and not supplied.
  ['sanctions on a firm and on its director', 'Britain has announced sanctions on Golden Lotus Aviation, a company it says has been supplying jet fuel to the Tatmadaw, and on its director, Kyaw Thet Naing.', [
    ['SANCTIONED', 'United Kingdom', 'Golden Lotus Aviation', 'ASSERTED'],
    ['SANCTIONED', 'United Kingdom', 'Kyaw Thet Naing', 'ASSERTED'],
    ['BACKS', 'Golden Lotus Aviation', 'Tatmadaw', 'CLAIMED'],
  ]],
  // "who" after "the leader of X," is the leader: sanctions on him are not on his gang.
  ['a leader apposed to his gang', 'These measures target Jimmy Chérizier, the leader of Viv Ansanm, who is subject to a travel ban imposed by Canada.', [
    ['SANCTIONED', 'Canada', 'Jimmy Chérizier', 'ASSERTED'],
  ]],
  // "the army says it": the army's, though no army is named; not the group named before.
  ['an unnamed speaker keeps its pronoun', 'The Highland Unity Army (HUA) holds Sirak and says it has taken Uzmar; the army says it has retaken Kesh.', [
    ['CAPTURED', 'Highland Unity Army', 'Uzmar', 'CLAIMED'],
  ]],
  // ", and the UN Integrated Office in Haiti (BINUH) is investigating" opens a clause of its own.
  ['a second body opens its own clause', "Haiti's Central Financial Intelligence Unit (UCREF) has opened an investigation into Caraïbes Logistique SA, and the UN Integrated Office in Haiti (BINUH) is investigating the Pont-Sondé killings.", [
    ['INVESTIGATES', 'Central Financial Intelligence Unit', 'Caraïbes Logistique SA', 'ASSERTED'],
    ['INVESTIGATES', 'BINUH', 'Pont-Sondé', 'ASSERTED'],
  ]],
  // A place fronted before the name is no conjunct of it.
  ['a fronted place is not coordinated', 'In Syria, the Syrian Democratic Forces (SDF), which the United States armed and trained to fight Islamic State, say the decision does not concern them.', [
    ['BACKS', 'United States', 'Syrian Democratic Forces', 'ASSERTED'],
  ]],
  // The abuses "by" the M23 are what the mission examines: the M23 sent no mission.
  ['a mission on a place examines abuses by others', "The UN Human Rights Council's fact-finding mission on eastern Congo is examining abuses by the M23.", [
    ['INVESTIGATES', 'UN Human Rights Council', 'Democratic Republic of the Congo', 'ASSERTED'],
    ['INVESTIGATES', 'UN Human Rights Council', 'M23', 'ASSERTED'],
  ]],
  ['a list ends at the main clause\'s verb', 'The United States, which has sanctioned Nicolás Maduro and dozens of his officials, has supplied Guyana with patrol boats and trains GDF units every year.', [
    ['SANCTIONED', 'United States', 'Nicolás Maduro', 'ASSERTED'],
    ['BACKS', 'United States', 'Guyana', 'ASSERTED'],
    ['BACKS', 'United States', 'GDF', 'ASSERTED'],
  ]],
  // Observers report what another did: their body is not the "it" of their report.
  ['observers\' "it"', 'The UAE denies arming the RSF, but UN experts say it has flown weapons to the group through Chad.', [
    ['BACKS', 'United Arab Emirates', 'Rapid Support Forces', 'DENIED'],
  ]],
  // A closing speaker (and its owner) is not the next sentence's "it".
  ['a closing speaker', "Pyongyang has shipped millions of artillery shells to Russia since 2023, South Korea's intelligence service estimates. In late 2024 it sent about 11,000 troops to fight alongside Russian forces.", [
    ['BACKS', 'North Korea', 'Russia', 'ASSERTED'],
    // (The second sentence's "it" is the first one's subject, Pyongyang.)
    ['BACKS', 'North Korea', 'Russia', 'ASSERTED'],
  ]],
  // The accused, not the accuser, does the second thing it is accused of.
  ['a second gerund after "accuses X of"', 'Bamako accuses Algeria of arming the FLA and giving its leaders refuge.', [
    ['BACKS', 'Algeria', 'Azawad Liberation Front', 'CLAIMED'],
  ]],
  ['a list past one member\'s role', "The EU listed nine people. Among those listed are Bertrand Bisimwa, president of the March 23 Movement, and three of the group's military commanders.", [
    ['SANCTIONED', 'European Union', 'Bertrand Bisimwa', 'ASSERTED'],
  ]],
  // After a relative clause, ", and" goes back to the outer list.
  ['a list interrupted by a relative clause', 'The UK sanctioned Asia Sun Group, which has supplied jet fuel to the Myanmar Air Force, and Kyaw Min Oo, its director.', [
    ['SANCTIONED', 'United Kingdom', 'Asia Sun Group', 'ASSERTED'],
    ['SANCTIONED', 'United Kingdom', 'Kyaw Min Oo', 'ASSERTED'],
    ['BACKS', 'Asia Sun Group', 'Myanmar Air Force', 'ASSERTED'],
  ]],
  // A name that only modifies the noun a list is apposed to is not itself a target.
  ['a name modifying the noun of an apposed list', 'The UK announced sanctions against two Myanmar military-linked businesses, Asia Sun Group and Shwe Byain Phyu Group.', [
    ['SANCTIONED', 'United Kingdom', 'Asia Sun Group', 'ASSERTED'],
    ['SANCTIONED', 'United Kingdom', 'Shwe Byain Phyu Group', 'ASSERTED'],
  ]],
  // Troops someone sent are the sender's, not the last group named.
  ['troops someone sent', 'The M23 captured Goma in January. Burundi sent soldiers to South Kivu, where they fought alongside the Congolese army.', [
    ['CAPTURED', 'M23', 'Goma', 'ASSERTED'],
    ['BACKS', 'Burundi', 'Armed Forces of the Democratic Republic of the Congo', 'ASSERTED'],
  ]],
];

describe.each(EXACT)('exactly: %s', (_, text, want) => {
  it(text, () => {
    expect(triples(run(text))).toEqual(want);
  });
});
