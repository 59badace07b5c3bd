import type { RelationType } from '../../core/types.js';
import type { Unit } from '../types.js';
import type { SentenceView } from './view.js';

/** An argument a reader found: its mentions, and where its phrase starts (for the status scope). */
export interface Argument {
  units: Unit[];
  /** First token of the argument phrase (for the status scope). */
  start: number;
}

/** What a pattern reads from a sentence, before status, types and confidence are settled. */
export interface Candidate {
  type: RelationType;
  sources: Unit[];
  targets: Unit[];
  /** Token range of the trigger words [start, end). */
  trigger: [number, number];
  cameo: string;
  /** The pattern's own confidence, before distance and coreference. */
  confidence: number;
  pattern: string;
  /** First token of the clause that holds the relation, for negation and modality. */
  clauseStart: number;
  /** Stated as a description ("Rwanda-backed", "Iran's proxy"), outside the clause's negation and modality. */
  presupposed?: boolean;
  /** Tokens [start, end) of whoever the pattern itself reads as saying it ("Analysts call X a proxy of Y"). */
  claimedBy?: [number, number];
  /** Stated as a view with no one named ("X is widely seen as a proxy of Y"): claimed. */
  hedged?: boolean;
  /** The act's own noun is negated ("imposed no sanctions on X"): negated, whatever the clause says. */
  negated?: boolean;
  /** Carried by a verb of an act to come ("threatened sanctions on X"): hypothetical. */
  prospective?: boolean;
  /**
   * The text names no source here ("Among those listed are X", "Goma was captured"): take the
   * source of the last relation of this type read in the few sentences before.
   */
  inherit?: boolean;
}

/** A named way of reading a relation, tried at every token of a sentence. */
export interface Pattern {
  name: string;
  match(view: SentenceView, i: number): Candidate[] | undefined;
}

/** A candidate whose source is the last one of its type named before (see Candidate.inherit). */
export function inherited(c: Omit<Candidate, 'sources' | 'inherit'>): Candidate[] {
  return [{ ...c, sources: [], inherit: true }];
}
