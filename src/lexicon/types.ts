import type { EntityType, Geo, Token } from '../core/types.js';

/** A real-world entity the gazetteer knows by name. */
export interface KnownEntity {
  /** Stable id, e.g. `country:COD`, `place:216281` (GeoNames id), `armed_group:m23`, `organisation:un`. */
  id: string;
  /** Display name as news writes it in full ("Democratic Republic of the Congo", "M23"). */
  name: string;
  type: EntityType;
  /** Every other surface form: short and official names, acronyms, spelling variants. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country it is in or belongs to. */
  countryCode?: string;
  geo?: Geo;
  population?: number;
  /** For a state's armed forces or government body: the country id it belongs to. */
  stateOf?: string;
  /** Place kind for places: city, admin1 (province/state), admin2 (district/territory). */
  placeKind?: 'city' | 'admin1' | 'admin2';
  /** For countries: a sovereign state (false for territories such as Greenland or Western Sahara). */
  independent?: boolean;
  /** The coalition or parent body it belongs to: M23 -> `armed_group:afc`, UNHCR -> `organisation:un`. */
  partOf?: string;
}

/**
 * A run of tokens that spells a known name: positions in the token array passed to match()
 * (each token's `index` when a whole document's tokens are passed), end exclusive.
 */
export interface GazetteerMatch {
  start: number;
  end: number;
  /** Every known entity with that name, most likely first (countries and listed actors before places; bigger places first). */
  candidates: KnownEntity[];
  /** Found only through a spelling variant of a place name (Hodeida ~ Hudaydah): weaker evidence. */
  fuzzy?: boolean;
  /** With `parts`: the name is only these characters of the one token matched ("UN" of "UN-backed"). */
  part?: { start: number; end: number };
}

export interface MatchOptions {
  /** Also look for places through transliteration variants (default true). */
  fuzzy?: boolean;
  /** Also find names before the hyphen of tokens kept whole ("UN-backed", "M23-held"); default false. */
  parts?: boolean;
}

export interface Gazetteer {
  /**
   * Longest known names in a token sequence (non-overlapping, left to right).
   * Case rules: acronyms and short aliases only match in the case they are listed;
   * names that are also ordinary English words need a capital letter.
   */
  match(tokens: readonly Token[], text: string, options?: MatchOptions): GazetteerMatch[];
  get(id: string): KnownEntity | undefined;
  /** "Congolese" -> "country:COD"; case-insensitive on the first letter only. */
  demonymOf(word: string): string | undefined;
  /** False when no demonym begins with this word: then demonymOf(word + more) is undefined too. */
  startsDemonym?(word: string): boolean;
  /** "Kigali" -> "country:RWA": capitals that news uses for governments. */
  capitalOf(name: string): string | undefined;
  /** The country with this ISO 3166-1 alpha-2 code ("SD" -> Sudan). */
  countryByCode?(alpha2: string): KnownEntity | undefined;
  /** The state's armed forces ("the Congolese army", "FARDC") for a country id. */
  armedForcesOf(countryId: string): KnownEntity | undefined;
  /** The capital city, as a place, for a country id ("country:SDN" -> Khartoum). */
  capitalCityOf?(countryId: string): KnownEntity | undefined;
  /** Every entity with exactly this name, ignoring case rules ("AFC" -> Alliance Fleuve Congo), best first. */
  lookup?(name: string): KnownEntity[];
}
