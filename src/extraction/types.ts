import type { Analysis, EntityType, MentionKind } from '../core/types.js';
import type { Gazetteer, KnownEntity } from '../lexicon/types.js';

/** Everything the stages share about one document. */
export interface DocContext {
  analysis: Analysis;
  gazetteer: Gazetteer;
  /** Sentences written in headline case ("Rebels Seize Key Town"), by index. */
  headline: boolean[];
}

export type TypeVotes = Partial<Record<EntityType, number>>;

/** A name found in the text, before names are grouped into entities. Token range [start, end). */
export interface NameDraft {
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: MentionKind;
  /** The gazetteer entity this name stands for, when known. */
  known?: KnownEntity;
  /** Every gazetteer entity with this name (places share names), most likely first. */
  candidates?: KnownEntity[];
  /** Evidence for each type, from head nouns and context. */
  votes: TypeVotes;
  /** A title or role written before a person's name ("President"), kept for "the president". */
  title?: string;
  /**
   * "Congolese forces": the state's army only if the text names that army elsewhere, else the state;
   * the token where the state's name or demonym ends ("North Korean" in "North Korean troops").
   */
  weakForces?: number;
  /** Shaped like a person's name ("Omar Dalan"): a weak PERSON vote that counts once per name, not per mention. */
  personShape?: boolean;
  /** The part of `votes` its own words gave (voteFromHead): the same for every mention of the same text, so counted once. */
  headVotes?: TypeVotes;
  /** The name is an acronym ("HCLA"): a weak sign of a body, counted for three mentions at most. */
  acronymShape?: boolean;
  /** Known only through a spelling variant ("Hodeida" for Hudaydah): weaker evidence. */
  fuzzy?: boolean;
  /** "Kalderan" when the text names "Kaldera": an unlisted demonym stands for the name it is made from. */
  demonymOf?: NameDraft;
}

/** A mention tied to entities, by token range [start, end). "both sides" stands for two. */
export interface Unit {
  start: number;
  end: number;
  sentence: number;
  entities: string[];
  kind: MentionKind;
}

export interface EntityDraft {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  known?: KnownEntity;
  title?: string;
  /** First token of the first mention, for ordering and recency. */
  firstToken: number;
}
