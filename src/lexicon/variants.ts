// Other ways news writes a listed name: British and American spellings, "St" for "Saint",
// provinces with or without their "Province"/"Region" suffix, "North Darfur" for GeoNames'
// "Northern Darfur". Variants are generated when the index is built, never stored.

const SPELLINGS: [RegExp, string][] = [
  [/\bDefence\b/g, 'Defense'],
  [/\bDefense\b/g, 'Defence'],
  [/\bOrganisation\b/g, 'Organization'],
  [/\bOrganization\b/g, 'Organisation'],
  [/\bProgramme\b/g, 'Program'],
  [/\bCentre\b/g, 'Center'],
  [/\bCenter\b/g, 'Centre'],
  [/\bMobilisation\b/g, 'Mobilization'],
  [/\bMobilization\b/g, 'Mobilisation'],
  [/\bLabour\b/g, 'Labor'],
  [/\bStabilization\b/g, 'Stabilisation'],
];

/** British/American spelling twins of an organisation's or group's name. */
export function spellingVariants(name: string): string[] {
  const out: string[] = [];
  for (const [re, to] of SPELLINGS) {
    re.lastIndex = 0;
    if (re.test(name)) out.push(name.replace(re, to));
  }
  return out;
}

const SAINT = /\bSaint\b/;
const ST = /\bSt\.?(?=[\s-])/;
const DIRECTION: Record<string, string> = { Northern: 'North', Southern: 'South', Eastern: 'East', Western: 'West' };

export interface Affixes {
  /** Lower-case suffix phrases ("province", "regional state"). */
  suffixes: ReadonlySet<string>;
  /** Lower-case prefix phrases ("province of", "muhafazat"). */
  prefixes: ReadonlySet<string>;
}

/** Names of a place besides its GeoNames name; provinces and districts also lose their suffix. */
export function placeVariants(name: string, admin: boolean, affixes: Affixes): string[] {
  const out: string[] = [];
  if (name.includes('St') || name.includes('Saint')) {
    if (SAINT.test(name)) out.push(name.replace(SAINT, 'St'));
    else if (ST.test(name)) out.push(name.replace(ST, 'Saint'));
  }
  if (!admin || !name.includes(' ')) return out;
  const words = name.split(' ');
  let from = 0;
  let to = words.length;
  for (const n of [2, 1]) {
    if (to - from > n && affixes.prefixes.has(words.slice(0, n).join(' ').toLowerCase())) {
      from = n;
      break;
    }
  }
  for (const n of [2, 1]) {
    if (to - from > n && affixes.suffixes.has(words.slice(to - n).join(' ').toLowerCase())) {
      to -= n;
      break;
    }
  }
  const core = from > 0 || to < words.length ? words.slice(from, to).join(' ') : name;
  if (core !== name) out.push(core);
  const first = words[from]!;
  const direction = DIRECTION[first];
  if (direction && to - from > 1) out.push([direction, ...words.slice(from + 1, to)].join(' '));
  return out;
}
