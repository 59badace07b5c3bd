// Words that shape how a capitalised name is read. Data only: adding a title or a
// head noun is a one-line change here. All entries lower case unless noted.

/** Titles written before a person's name; trimmed off the name, and a person cue. */
export const PERSON_TITLES = new Set([
  'president', 'vice-president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general',
  'general', 'gen.', 'gen', 'lieutenant', 'lt.', 'lt', 'colonel', 'col.', 'col', 'major', 'maj.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'commander', 'marshal', 'field', 'admiral', 'adm.', 'brigadier', 'brig.', 'corporal', 'cpl.',
  'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'shaikh', 'emir', 'sultan', 'imam', 'ayatollah', 'mullah',
  'pope', 'cardinal', 'bishop', 'archbishop', 'rev.', 'reverend', 'father', 'pastor', 'rabbi',
  'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'judge', 'justice', 'prosecutor', 'attorney', 'solicitor', 'auditor', 'inspector', 'ambassador', 'envoy', 'special', 'chairman', 'chairwoman', 'chair', 'chief',
  'director', 'speaker', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'information',
  'opposition', 'rebel', 'militia', 'army', 'military', 'spokesman', 'spokeswoman', 'spokesperson', 'warlord',
  'executive', 'ceo', 'democrat', 'republican', 'democratic', 'conservative', 'labour', 'independent', 'former',
]);

/** Titles that, alone before a capitalised word, are not names themselves ("President Macron"). */
export const HONORIFICS = new Set([
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sir', 'dame', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.',
  'rev.', 'sen.', 'rep.', 'gov.', 'adm.', 'brig.', 'cpl.',
]);

/** Role nouns written (usually in lower case) right before a person's name: "local activist X". */
export const ROLE_NOUNS = new Set([
  'activist', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'minister', 'president', 'general',
  'official', 'journalist', 'reporter', 'analyst', 'lawmaker', 'legislator', 'envoy', 'ambassador', 'prosecutor',
  'judge', 'chief', 'warlord', 'governor', 'mayor', 'researcher', 'director', 'head', 'secretary', 'founder',
  'chairman', 'chairwoman', 'negotiator', 'mediator', 'rapporteur', 'colonel', 'captain', 'lieutenant', 'sergeant',
  'premier', 'chancellor', 'strongman', 'dictator', 'opposition', 'politician', 'senator', 'candidate', 'farmer',
  'resident', 'witness', 'doctor', 'nurse', 'lawyer', 'priest', 'pastor', 'imam', 'cleric', 'businessman',
  'businesswoman', 'tycoon', 'billionaire', 'diplomat', 'economist', 'historian', 'professor', 'student', 'teacher',
  'worker', 'coordinator', 'administrator', 'manager', 'executive', 'ceo', 'deputy', 'adviser', 'advisor', 'aide',
  'militant', 'fighter', 'rebel', 'soldier', 'officer', 'kingpin', 'boss', 'gangster', 'rapper', 'singer', 'author',
  'writer', 'photographer', 'campaigner', 'defender', 'survivor', 'victim', 'mother', 'father', 'husband', 'wife',
  'son', 'daughter', 'brother', 'sister', 'chieftain', 'elder', 'governor-general', 'speaker', 'representative', 'incumbent', 'nominee',
]);

/** Last word of a name that makes it an armed group ("Lumara Liberation Front"). */
export const ARMED_GROUP_HEADS = new Set([
  'movement', 'front', 'brigade', 'brigades', 'militia', 'militias', 'rebels', 'resistance', 'mujahideen',
  'mujahedeen', 'jihad', 'battalion', 'legion', 'insurgency', 'guerrillas', 'commandos', 'cartel', 'gang', 'mawozo',
  'tigers', 'fighters', 'warriors', 'liberation', 'revolutionaries', 'mayi-mayi', 'mai-mai', 'janjaweed', 'defenders', 'shield', 'sentinels', 'partisans', 'vigilantes', 'squad', 'squads', 'volunteers',
]);

/** Last words of a name that its other words type: "Kachin Independence Army" (armed group), "Malian Armed Forces" (a state's). */
export const FORCE_HEADS = new Set(['army', 'forces', 'force']);

/** Words inside a name that mark it as an armed group when the name also ends in Army or Forces. */
/** Arabic words that open an armed group's name: movement, battalions, brigade, companies, army, front. */
export const ARABIC_GROUP_HEADS = new Set(['ahrar', 'harakat', 'haraka', "kata'ib", 'kataib', 'katibat', 'liwa', "liwa'", 'saraya', 'jaysh', 'jaish', 'jabhat', "asa'ib", 'asaib', 'firqat', 'quwat', 'tanzim', 'daulah', 'dawlah', 'dawla', 'jamaat', "jama'at", 'jamaah', "jama'ah", 'jamaa', 'jamiat']);

export const ARMED_GROUP_MARKERS = new Set([
  'liberation', 'independence', 'revolutionary', 'resistance', 'rebel', 'islamic', 'popular', 'people',
  "people's", 'peoples', 'national', 'democratic', 'support', 'salvation', 'freedom', 'patriotic', 'self-defence',
  'self-defense', 'defence', 'defense', 'army', 'forces', 'civilian', 'vigilante', 'volunteer', 'volunteers', 'tribal', 'clan',
]);

/** Legal forms that end a company's name: "X Trading LLC and Y Services FZE" are two companies. */
export const LEGAL_FORMS = new Set([
  'ltd', 'ltd.', 'limited', 'inc', 'inc.', 'corp', 'corp.', 'plc', 'llc', 'llp', 'fze', 'fzco', 'fz-llc', 'gmbh', 'sarl', 'sa', 'ag', 'jsc',
  'pjsc', 'ojsc', 'bv', 'nv', 'spa', 'srl', 'pte', 's.a.', 's.a', 'ltda', 'ltda.', 's.r.l.', 's.a.s.', 'sas', 'c.a.', 'b.v.', 'n.v.', 'l.l.c.', 'pvt',
  'c.v.', 'c.v', // "S.A. de C.V."
  's.a.c.', 'e.i.r.l.', 's.a.a.', // Peru's company forms
  'co.', 'co', // "Shenzhen Kaiyu Electronics Co., Ltd."
]);

/** Words that end a company's name as a legal form does, once a name stands before them: "Sahel Crest Holdings and Bluewater Aviation Leasing". */
export const COMPANY_ENDS = new Set(['holdings', 'company', 'corporation', 'industries', 'enterprises', 'group', 'services', 'logistics', 'trading']);

/** Last word of a name that makes it an organisation. */
export const ORGANISATION_HEADS = new Set([
  'council', 'court', 'prosecution', 'brotherhood', 'commission', 'relations', 'committee', 'ministry', 'department', 'agency', 'office', 'bank', 'fund',
  'chamber', 'intelligence', // "Pre-Trial Chamber", "Inter-Services Intelligence"
  'programme', 'program', 'organisation', 'organization', 'union', 'institute', 'institution', 'foundation',
  'university', 'party', 'parliament', 'assembly', 'senate', 'congress', 'government', 'resources',
  'corporation', 'company', 'co.', 'holdings', ...LEGAL_FORMS,
  'mining', 'minerals', 'metals', 'group', 'watch', 'international', 'association', 'federation', 'society',
  'network', 'service', 'services', 'authority', 'tribunal', 'mission', 'mechanism', 'airways', 'airlines', 'petroleum', 'energy',
  'oil', 'gas', 'telecom', 'news', 'times', 'post', 'press', 'police', 'guard', 'guards', 'secretariat', 'board',
  'bureau', 'centre', 'center', 'church', 'diocese', 'club', 'league', 'alliance', 'coalition', 'trust', 'cross',
  'crescent', 'relief', 'aid', 'rescue', 'bureau', 'observatory', 'monitor', 'initiative', 'project', 'panel',
  'directorate', 'jurisdiction', 'community', 'command', 'cabinet', 'presidency', 'administration', 'industries', 'technologies', 'systems',
  'partners', 'capital', 'media', 'television', 'radio', 'tv', 'journal', 'herald', 'tribune', 'gazette', 'daily',
  'borders', 'children', 'trading', 'limited', 'logistics', 'shipping', 'enterprises', 'enterprise', 'solutions',
  'construction', 'engineering', 'investments', 'investment', 'exchange', 'commodities', 'consulting',
  'consultancy', 'technology', 'fze', 'fzco', 'jsc', 'pjsc', 'ojsc', 'sarl', 'llp', 'refinery', 'traders',
  'brothers', 'agencies', 'ventures', 'maritime', 'marine', 'navigation', 'aviation', 'cargo', 'transport',
  'general', 'import', 'export', 'foods', 'factory', 'factories', 'works', 'imports', 'exports', 'electronics',
  'remittance', 'remittances', 'leasing', 'hawala', 'finance', 'financial', 'airline', 'freight', 'tankers',
  'chemicals', 'pharma', 'pharmaceuticals', 'textiles', 'steel', 'cement', 'motors', 'defense', 'defence',
  'team', 'supply', 'unit',
]);

/** Faiths and peoples that describe a group named after them ("the Kurdish YPG", "Shiite Kataib Hezbollah"). */
export const FAITH_AND_PEOPLE = new Set(['kurdish', 'arab', 'sunni', 'shia', 'shiite', "shi'ite", 'shi’ite', 'islamist', 'jihadist', 'muslim', 'christian', 'druze', 'alawite', 'yazidi', 'tuareg', 'baloch', 'pashtun', 'hutu', 'tutsi', 'rohingya']);

/** Military posts called after their town ("the Kenu post", "the Kpinkankandi police post"). */
export const MILITARY_POSTS = new Set(['post', 'outpost', 'garrison', 'barracks', 'checkpoint']);

/** Sites a town's name may name, whose capture takes the town (guide: a post in a town is the town). */
export const TOWN_SITES = new Set([...MILITARY_POSTS, 'camp', 'base', 'headquarters', 'command', 'compound']);

/** Last word of a name that makes it a place ("Tigray Region"; "the Kamoto copper mine" uses FACILITY_NOUNS). */
export const PLACE_HEADS = new Set([
  'province', 'region', 'district', 'county', 'territory', 'governorate', 'prefecture', 'oblast', 'valley',
  'river', 'lake', 'mountains', 'mountain', 'mount', 'hills', 'hill', 'island', 'islands', 'airport', 'camp',
  'mine', 'base', 'bridge', 'crossing', 'square', 'street', 'road', 'port', 'dam', 'corridor', 'strip', 'plateau',
  'desert', 'forest', 'park', 'city', 'town', 'village', 'peninsula', 'gulf', 'sea', 'coast', 'heights',
  'municipality', 'township', 'state', 'junction', 'pass', 'canal', 'basin', 'delta', 'oasis', 'palace',
  'stadium', 'prison', 'penitentiary', 'jail', 'compound', 'barracks', 'cathedral', 'mosque',
  'monastery', 'shrine', 'citadel', 'castle', 'fortress', 'refinery', 'airbase', 'airfield', 'plain',
]);

/** Lower-case nouns that make a preceding name a facility of its own: "the Kamoto copper mine", "Goma airport". */
export const FACILITY_NOUNS = new Set([
  'mine', 'mines', 'airport', 'airstrip', 'airfield', 'camp', 'camps', 'base', 'crossing', 'dam', 'refinery', 'prison',
  'barracks', 'oilfield', 'field', 'power', 'plant', 'mountains', 'hills', 'river', 'lake', 'forest', 'plateau',
  'desert', 'massif', 'valley', 'temple', 'hill', 'ridge', 'corridor',
]);

/** Lower-case nouns after a name that mark it as a place without changing it: "the Masisi area". */
export const AREA_NOUNS = new Set([
  'district', 'province', 'region', 'territory', 'town', 'city', 'village', 'area', 'neighbourhood',
  'neighborhood', 'county', 'valley', 'governorate', 'oblast', 'settlement', 'locality', 'commune', 'suburb',
  'border', 'frontier', 'countryside', 'outskirts',
  // Administrative units and sites across countries: "Kellem Wollega zone", "the Kouri Bougoudi goldfields".
  'zone', 'township', 'woreda', 'subdistrict', 'subcounty', 'sub-county', 'chiefdom', 'prefecture', 'subprefecture', 'municipality',
  'raion', 'goldfields', 'goldfield', 'oilfields', 'oilfield',
  // Land: "the Oskil river", "the Cal Miskaad mountains".
  'mountains', 'hills', 'hill', 'ridge', 'highlands', 'forest', 'desert', 'plateau', 'river', 'lake', 'coast', 'corridor', 'highway',
]);

/** Lower-case modifiers allowed between a name and its facility noun ("copper" in "Kamoto copper mine"). */
export const FACILITY_MODIFIERS = new Set([
  'tin', 'gold', 'coltan', 'copper', 'cobalt', 'diamond', 'oil', 'gas', 'military', 'air', 'naval', 'refugee',
  'displacement', 'border', 'mining', 'power', 'hydroelectric', 'international', 'river', 'sea', 'lithium', 'uranium',
]);

/** Nouns after a name that make it an armed group: "M23 rebels", "Houthi fighters". */
export const ARMED_MEMBER_NOUNS = new Set([
  'gang', 'gangs', 'cartel', 'sect',
  'rebels', 'rebel', 'fighters', 'militants', 'militia', 'militias', 'militiamen', 'insurgents', 'jihadists',
  'guerrillas', 'gunmen', 'combatants', 'paramilitaries', 'paramilitary', 'rebellion', 'insurgency', 'jihadis',
]);

/** Nouns after a demonym that name the state's armed forces: "the Congolese army". */
export const STATE_FORCE_NOUNS = new Set(['army', 'military', 'forces', 'armed', 'navy', 'air']);

/** Adjectives inside a state's force name: "Somalia's national army", "Ethiopian federal forces". */
export const ARMY_ADJECTIVES = new Set(['national', 'federal', 'regular']);

/** Nouns after a demonym that stand for the state itself: "Rwandan troops", "the Congolese government". */
export const STATE_AGENT_NOUNS = new Set([
  'troops', 'soldiers', 'government', 'authorities', 'officials', 'regime', 'state', 'leaders', 'president', 'administration',
]);

/** Lower-case nouns that, with "of", introduce a place: "the town of X". */
export const PLACE_OF_NOUNS = new Set([
  'town', 'city', 'village', 'province', 'region', 'district', 'territory', 'capital', 'outskirts', 'port',
  'state', 'county', 'area', 'governorate', 'locality', 'commune', 'municipality', 'suburb', 'island', 'hamlet',
  'neighbourhood', 'neighborhood', 'centre', 'center', 'heart', 'streets', 'oblast', 'enclave', 'stronghold', 'hub',
  'towns', 'cities', 'villages', 'districts', 'provinces', 'regions', 'localities', 'ports', 'strongholds',
  'islands', 'hills', 'mountains', 'valley',
]);

/** Prepositions after which an unknown capitalised name is most likely a place. */
export const PLACE_PREPOSITIONS = new Set([
  'in', 'near', 'into', 'toward', 'towards', 'outside', 'around', 'across', 'through', 'inside', 'at', 'from', 'to',
  'of', 'within', 'beyond', 'via',
]);

/** Words before an unknown name that make it a country: "neighbouring Osra". */
export const COUNTRY_CUES = new Set(['neighbouring', 'neighboring', 'fellow', 'sovereign']);

/** Verbs after a name that suggest a person (weak: organisations speak too). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'added', 'stated', 'wrote', 'explained', 'argued', 'warned', 'noted', 'insisted',
  'recalled', 'declared', 'tweeted', 'posted', 'asked', 'replied', 'testified',
]);

/** Small counts written as words: "two officers", "three towns". */
export const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Abbreviations keep their full stop as one token in datelines: "Feb. 18".
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

export const DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday',
]);

/** Capitalised words that are never names alone: regions of the compass, faiths, eras, generic adjectives. */
export const NEVER_ALONE = new Set([
  'western', 'eastern', 'northern', 'southern', 'central', 'west', 'east', 'north', 'south', 'islamic', 'islamist',
  'jihadist', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'sunni', 'shia', 'shiite', 'arab', 'arabs',
  'sunnis', 'shias', 'shiites', "shi'ite", 'shi’ite', "shi'ites", 'shi’ites', "shi'a", 'shi’a', 'kurdish', 'kurds', 'god', 'allah', 'internet', 'covid', 'covid-19', 'ramadan', 'christmas', 'easter', 'eid',
  'original', 'source', 'update', 'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'photo',
  'video', 'read', 'more', 'advertisement', 'copyright', 'i', 'ok', 'e.o.', 'e.o', 'u.s.c.', 'u.s.c', // legal citations: "pursuant to E.O. 13224"
  'gmt', 'utc', 'bst', 'cet', 'eat', 'wat', // time zones in live blogs: "13:20 GMT —"
  'mr', 'mrs', 'ms', 'dr', 'no', 'yes', 'hutu', 'tutsi', 'banyamulenge', 'rohingya', 'pashtun', 'amhara', 'oromo',
  'tigrayan', 'tigrayans', 'fulani', 'hausa', 'yoruba', 'igbo', 'dinka', 'nuer', 'masalit', 'zaghawa', 'alawite',
  'druze', 'yazidi', 'houthi', 'european', 'african', 'asian', 'latin', 'international', 'national', 'federal',
  'republican', 'democrat', 'democrats', 'republicans', 'conservative', 'liberal', 'labour', 'communist', 'socialist',
]);

/** Words that may join capitalised words inside one name ("Bank of England", "Hayat Tahrir al-Sham"). */
// Not "and", "in", "on": "Goma and Bukavu", "Goma in Congo" are two names; the gazetteer knows
// the names that contain them ("Bosnia and Herzegovina").
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'do', 'dos', 'y', 'ul', 'ad', 'abu', 'ben', 'del', 'das', 'los', 'las', 'wal', 'dela', 'delos', 'della', 'di']);

/** Particles that may begin a name in lower case ("al-Shabaab", "ad-Dawla"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'an', 'ar', 'at', 'az', 'ash', 'ul', 'bin', 'ibn', 'abu', 'van', 'von', 'de', 'di', 'da', 'del', 'della', 'la', 'le', 'dela', 'delos', 'dos', 'das', 'du']);

/** Head nouns of an apposition ("X, a mining town", "X, a militia leader") and the type they give X. */
export const APPOSITION_HEADS: Record<string, 'PERSON' | 'ARMED_GROUP' | 'ORGANISATION' | 'COUNTRY' | 'PLACE'> = {
  town: 'PLACE', city: 'PLACE', village: 'PLACE', province: 'PLACE', region: 'PLACE', district: 'PLACE',
  territory: 'PLACE', hub: 'PLACE', stronghold: 'PLACE', capital: 'PLACE', locality: 'PLACE', port: 'PLACE',
  crossroads: 'PLACE', enclave: 'PLACE', suburb: 'PLACE', camp: 'PLACE', mine: 'PLACE', airport: 'PLACE',
  country: 'COUNTRY', nation: 'COUNTRY', neighbour: 'COUNTRY', neighbor: 'COUNTRY',
  militia: 'ARMED_GROUP', rebellion: 'ARMED_GROUP', insurgency: 'ARMED_GROUP', faction: 'ARMED_GROUP',
  paramilitary: 'ARMED_GROUP', gang: 'ARMED_GROUP', cartel: 'ARMED_GROUP', proxy: 'ARMED_GROUP', affiliate: 'ARMED_GROUP',
  company: 'ORGANISATION', firm: 'ORGANISATION', charity: 'ORGANISATION', organisation: 'ORGANISATION',
  organization: 'ORGANISATION', agency: 'ORGANISATION', ngo: 'ORGANISATION', miner: 'ORGANISATION',
  producer: 'ORGANISATION', operator: 'ORGANISATION', body: 'ORGANISATION', party: 'ORGANISATION',
  institute: 'ORGANISATION', newspaper: 'ORGANISATION', broadcaster: 'ORGANISATION', watchdog: 'ORGANISATION',
  bloc: 'ORGANISATION', court: 'ORGANISATION', tribunal: 'ORGANISATION', network: 'ORGANISATION',
  lender: 'ORGANISATION', bank: 'ORGANISATION', conglomerate: 'ORGANISATION', manufacturer: 'ORGANISATION',
  subsidiary: 'ORGANISATION', airline: 'ORGANISATION', exporter: 'ORGANISATION', importer: 'ORGANISATION',
  man: 'PERSON', woman: 'PERSON', boy: 'PERSON', girl: 'PERSON',
  association: 'ORGANISATION', foundation: 'ORGANISATION', trust: 'ORGANISATION', society: 'ORGANISATION',
  federation: 'ORGANISATION', union: 'ORGANISATION', cooperative: 'ORGANISATION', consortium: 'ORGANISATION',
  fund: 'ORGANISATION', authority: 'ORGANISATION', ministry: 'ORGANISATION', regulator: 'ORGANISATION',
  commission: 'ORGANISATION', council: 'ORGANISATION', committee: 'ORGANISATION', department: 'ORGANISATION', team: 'ORGANISATION',
  service: 'ORGANISATION', mission: 'ORGANISATION', directorate: 'ORGANISATION',
  secretariat: 'ORGANISATION', inspectorate: 'ORGANISATION', mechanism: 'ORGANISATION', parliament: 'ORGANISATION',
  assembly: 'ORGANISATION',
  area: 'PLACE', zone: 'PLACE', island: 'PLACE', peninsula: 'PLACE', municipality: 'PLACE', neighbourhood: 'PLACE',
  neighborhood: 'PLACE', settlement: 'PLACE', county: 'PLACE', commune: 'PLACE', governorate: 'PLACE', oasis: 'PLACE',
};

/** Modifiers that make "group", "movement", "coalition" or "alliance" in an apposition armed. */
export const ARMED_MODIFIERS = new Set([
  'armed', 'rebel', 'militant', 'jihadist', 'islamist', 'insurgent', 'paramilitary', 'separatist', 'guerrilla',
  'terrorist', 'extremist', 'rebellion', 'militia', 'self-defence', 'self-defense', 'vigilante', 'criminal',
]);

/** Verbs whose object is most likely a place: "recaptured Wad Madani", "shelled Kherson". */
export const PLACE_VERBS = new Set([
  'captured', 'capture', 'captures', 'capturing', 'seized', 'seize', 'seizes', 'seizing', 'overran', 'overrun', 'abandoned', 'ceded',
  'recaptured', 'recapture', 'retook', 'retake', 'retaken', 'occupied', 'occupy', 'occupies', 'liberated',
  'besieged', 'besiege', 'besieging', 'shelled', 'shelling', 'bombed', 'bombing', 'stormed', 'encircled',
  'entered', 'enter', 'entering', 'fled', 'flee', 'fleeing', 'evacuated', 'reached', 'toward', 'towards',
  'taken', 'took', 'taking', 'retaking', 'capturing', 'seizing', 'overrunning', 'occupying', 'recapturing', 'lose', 'lost', 'losing',
  'wrested', 'controls', 'controlling', 'regained', 'regain', 'regaining', 'conquered', 'overruns',
  'liberating', 'reoccupied', 'reclaimed',
]);

/** Nouns that, with "of", introduce a place: "the capture of X", "the siege of X". */
export const PLACE_EVENT_NOUNS = new Set([
  'capture', 'fall', 'siege', 'seizure', 'conquest', 'recapture', 'occupation', 'liberation', 'control', 'battle', 'bombing',
  'shelling', 'outskirts', 'residents', 'people', 'governor', 'mayor', 'streets', 'centre', 'center', 'north',
  'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'heart',
]);

/** Verbs after a name that make it a place: "Bukavu fell to the rebels", "Goma was captured". */
export const PLACE_SUBJECT_VERBS = new Set(['fell', 'falls', 'fallen']);
export const PLACE_PASSIVE_VERBS = new Set(['captured', 'seized', 'overrun', 'retaken', 'recaptured', 'occupied', 'liberated', 'besieged', 'shelled', 'encircled', 'taken']);

/** Role nouns for individuals: "RSF commanders" are people of the RSF, not the RSF itself. */
export const INDIVIDUAL_ROLES = new Set([
  'commander', 'commanders', 'official', 'officials', 'leader', 'leaders', 'minister', 'ministers', 'officer',
  'officers', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'envoys', 'member', 'members', 'executive',
  'executives', 'financier', 'financiers', 'chief', 'chiefs', 'general', 'generals', 'figures', 'associates',
  'relatives', 'family', 'diplomats', 'soldiers', 'individuals', 'people', 'companies', 'firms', 'entities',
  'deputy', 'deputies', 'lieutenants', 'aides', 'aide', 'allies', 'sons', 'brothers', 'partners',
]);

/** Words before "ministry" in a state's ministry named through the state ("Russia's defence ministry"). */
export const MINISTRY_WORDS = new Set([
  'defence', 'defense', 'foreign', 'interior', 'finance', 'justice', 'information', 'health', 'security', 'war',
  'home', 'intelligence', 'energy', 'mines', 'mining', 'trade', 'economy', 'treasury',
]);

/** Verbs whose object is a sanctioned person or company: "designated X", "sanctioning X". */
export const SANCTION_VERBS = new Set([
  'sanctioned', 'sanctioning', 'sanctions', 'designated', 'designating', 'designates', 'blacklisted', 'blacklisting',
  'redesignated', 'listed', 'targeted', 'targeting', 'targets', 'designate', 'list', 'lists', 'listing', 'proscribed', 'proscribe', 'proscribes',
]);

/** News agencies bracketed in datelines ("GOMA, Congo (AP) —"): never a name's acronym. */
export const NEWS_AGENCIES = new Set(['AP', 'AFP', 'UPI', 'DPA', 'EFE', 'ANSA', 'PTI', 'ANI', 'IANS', 'CNA', 'AA', 'TASS', 'KUNA', 'WAM', 'SPA', 'IRNA', 'APS', 'MAP', 'NAN', 'KNA', 'ACP', 'APA']);

/** Sites that the news places "in" a town or region: "a base in X" makes X a place. */
export const SITE_NOUNS = new Set([
  'base', 'bases', 'camp', 'camps', 'post', 'outpost', 'checkpoint', 'positions', 'market', 'mine', 'mines', 'town', 'towns',
  'village', 'villages', 'city', 'district', 'districts', 'airport', 'barracks', 'prison', 'hospital', 'stronghold', 'strongholds',
]);

/** Plural place nouns that open a list: "the villages of A, B and C". */
export const PLACE_LIST_NOUNS = new Set(['towns', 'cities', 'villages', 'districts', 'provinces', 'regions', 'localities', 'ports', 'strongholds', 'settlements', 'hamlets', 'islands', 'neighbourhoods', 'neighborhoods', 'townships', 'municipalities', 'counties', 'communes', 'governorates', 'camps', 'oblasts']);

/** Prepositions that make a list of names after them places, weakly: "killings in A and B". */
export const WEAK_PLACE_PREPOSITIONS = new Set(['in', 'near', 'around', 'outside', 'inside', 'across']);

/**
 * First-level divisions after a place's name: a base taken "in the Jebel Marra region" does not take
 * the region (a district or territory may be named after its town, and taking a base there takes the town).
 */
export const PROVINCE_WORDS = new Set(['region', 'province', 'state', 'governorate', 'oblast', 'prefecture']);

/** Nouns after a place's name that make it an area, not a town: "Hiran region", "Kellem Wollega zone". */
export const REGION_WORDS = new Set(['region', 'province', 'state', 'district', 'county', 'governorate', 'oblast', 'prefecture', 'territory', 'zone', 'division', 'woreda', 'chiefdom', 'subprefecture', 'municipality']);

// Words the type cues of mentions/cues.ts read.

/** Spanish, Portuguese and French company and institution words that open a name: "Transportes X", "Fiscalía General". */
export const COMPANY_OPENERS = new Set([
  'transportes', 'petroleos', 'combustibles', 'grupo', 'compania', 'empresa', 'empresas', 'banco', 'societe', 'compagnie',
  'industrias', 'servicios', 'inversiones', 'comercializadora', 'constructora', 'distribuidora', 'corporacion', 'minera', 'mineradora',
  // Institutions: "Defensoría del Pueblo", "Fiscalía General", "Ministère de la Défense", "Banque du Liban".
  'defensoria', 'fiscalia', 'procuraduria', 'ministerio', 'secretaria', 'policia', 'consejo', 'comision', 'tribunal', 'corte',
  'instituto', 'ministere', 'conseil', 'comite', 'direction', 'assemblee', 'banque', 'caixa', 'camara', 'agence',
  'agroexportadora', 'exportadora', 'importadora',
  // "Unidad de Inteligencia Financiera", "Oficina del Alto Comisionado", "Agencia Nacional".
  'unidad', 'oficina', 'agencia', 'departamento', 'direccion', 'servicio', 'autoridad',
]);

/** Bearings: "North-West" is a region, "40 km west of X" a place cue. */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'far', 'central']);

/** Arabic, Hebrew and Romance place words that open a place name: "Wadi al-Seeq", "Ciudad Juárez". */
export const PLACE_OPENERS = new Set([
  'wadi', 'khan', 'kfar', 'deir', 'dayr', 'beit', 'bayt', 'ain', 'ein', 'jebel', 'jabal', 'jabel', 'ras', 'bir', 'tel', 'tell', 'tal', 'tall', 'kafr', 'qasr', 'souq', 'suq', 'bab', 'marj', 'nahr', 'wad',
  'khirbet', 'khirbat', 'bint',
  // "Ciudad Juárez", "Pont-Sondé", "Puerto Asís", "Santa Rosa": Spanish, French and Portuguese town words.
  'ciudad', 'puerto', 'porto', 'pont', 'santa', 'santo', 'sainte', 'são', 'sao', 'villa', 'vila',
  // "Lake Tanganyika", "Mount Sinjar", "Lac Kivu": features named with their kind first.
  'lake', 'mount', 'lac', 'mont', 'monte', 'fort',
]);

/** Rulers named by their seat: "the junta in Bamako", "the government in Kinshasa" stand for the state. */
export const SEATED_RULERS = new Set(['junta', 'juntas', 'government', 'governments', 'authorities', 'regime', 'regimes', 'leadership', 'rulers', 'administration']);

/** "Velmar, whose army ...": what only a state has, after "whose". */
export const STATE_BODIES = new Set(['government', 'army', 'military', 'junta', 'parliament', 'embassy', 'navy', 'foreign', 'defence', 'defense', 'cabinet']);

/** "Velmar's embassy": what only a state has, after a possessive. */
export const STATE_OFFICES = new Set(['embassy', 'parliament', 'intelligence']);

/** "chased government troops from X": what one is driven from is a place. */
export const DRIVEN_FORMS = new Set([
  'drove', 'driven', 'pushed', 'chased', 'expelled', 'ousted', 'dislodged', 'evicted', 'flushed', 'routed',
  // ... and what fighters leave: "retreated from X", "withdrew from X".
  'retreated', 'withdrew', 'pulled',
]);

/** "long backed by Velmar", "a Velmar-backed militia": most backers so named are states. */
export const BACKED_FORMS = new Set(['backed', 'funded', 'armed', 'sponsored', 'supported', 'aligned', 'financed', 'trained']);

/** "took over X": what is taken over is a place. */
export const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Nouns after a demonym that only a state has: "Kalderan Armed Forces", "the Vardessan government". */
export const STATE_NOUNS = new Set(['armed', 'forces', 'army', 'government', 'military', 'troops', 'soldiers', 'authorities', 'president', 'navy', 'junta', 'police', 'parliament', 'embassy', 'officials', 'ministry', 'minister', 'interior', 'defence', 'defense', 'foreign', 'border', 'territory', 'airspace']);

/** What a state owns that a ruler's surname owns too: "Orumbe's government", "Assad's army". */
export const OWNED_BY_STATES = new Set(['government', 'army', 'military', 'troops', 'forces', 'president', 'junta', 'regime']);

/** What armed groups do to places and people (past tense, as reported). */
export const ASSAULT_FORMS = new Set(['seized', 'captured', 'overran', 'attacked', 'ambushed', 'stormed', 'raided', 'abducted', 'kidnapped', 'besieged']);

/** Roles that make a person the head of a fighting body: "LNA commander Khalifa Haftar", "the leader of X". */
export const LEADING_ROLES = new Set(['leader', 'commander', 'chief', 'head', 'founder', 'emir']);

/** Titles of officials who act for their body: "ICC Prosecutor", "the ICC prosecutor". */
export const BODY_TITLES = new Set(['prosecutor', 'chief', 'head', 'director', 'commissioner', 'president', 'chairman', 'chairwoman', 'chair', 'registrar']);

/** Unnamed fighters coordinated after a name: "and allied militias", "and their allies". */
export const PARTNER_NOUNS = new Set(['militias', 'allies', 'fighters', 'forces', 'troops', 'groups', 'units', 'militiamen', 'partners', 'auxiliaries']);

/** Participles of leading before "by": "fighters led by X", "a militia headed by X". */
export const LED_FORMS = new Set(['led', 'commanded', 'headed']);
