import type { Pattern } from './candidate.js';
import { activeVerb } from './patterns/active-verb.js';
import { aidFrom } from './patterns/aid-from.js';
import { backers } from './patterns/backers.js';
import { inSupportOf } from './patterns/in-support-of.js';
import { sendAid } from './patterns/send-aid.js';
import { listedAmong } from './patterns/listed-among.js';
import { measuresTarget } from './patterns/measures-target.js';
import { passiveAgentless } from './patterns/passive-agentless.js';
import { sanctionsImposed } from './patterns/sanctions-imposed.js';
import { underSanctions } from './patterns/under-sanctions.js';
import { underProtection } from './patterns/under-protection.js';
import { letsOperate } from './patterns/lets-operate.js';
import { addedToList } from './patterns/added-to-list.js';
import { alongside } from './patterns/alongside.js';
import { compoundAdjective } from './patterns/compound-adjective.js';
import { controlOf } from './patterns/control-of.js';
import { driveOut } from './patterns/drive-out.js';
import { freezeAssets } from './patterns/freeze-assets.js';
import { fallTo } from './patterns/fall-to.js';
import { lightVerb } from './patterns/light-verb.js';
import { nominalAgentless } from './patterns/nominal-agentless.js';
import { nominalBy } from './patterns/nominal-by.js';
import { nominalPossessive } from './patterns/nominal-possessive.js';
import { nominalPremodifier } from './patterns/nominal-premodifier.js';
import { passive } from './patterns/passive.js';
import { proxy } from './patterns/proxy.js';
import { receiveFrom } from './patterns/receive-from.js';
import { relativeClause } from './patterns/relative-clause.js';

/**
 * The relation patterns, most specific first. At each trigger word the first
 * pattern that reads a relation wins, so a passive "is backed by" is never
 * also read as an active verb.
 */
export const PATTERNS: readonly Pattern[] = Object.freeze([
  compoundAdjective,
  proxy,
  passive,
  relativeClause,
  fallTo,
  receiveFrom,
  aidFrom,
  alongside,
  sendAid,
  backers,
  inSupportOf,
  underProtection,
  letsOperate,
  controlOf,
  driveOut,
  freezeAssets,
  sanctionsImposed,
  underSanctions,
  nominalBy,
  nominalPossessive,
  nominalPremodifier,
  lightVerb,
  nominalAgentless,
  listedAmong,
  measuresTarget,
  addedToList,
  passiveAgentless,
  activeVerb,
]);
