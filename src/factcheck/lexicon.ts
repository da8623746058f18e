// The words check reads meaning by: kinds of act, hedges and attributions, tense, quantifiers, and
// the small words that carry none. Acts are stems (model/stem.ts), so every form of a verb counts.
import { stemWord } from '../model/stem.js';

/** Kinds of act, each a set of stems: "bought" meets a sale, "toured" a visit, "handed" a delivery. */
export const ACTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    visit: ['visit', 'trip', 'travel', 'tour', 'go', 'arrive', 'journey', 'stop'],
    sale: ['sale', 'sell', 'buy', 'purchase', 'acquire', 'order', 'procure', 'acquisition'],
    agreement: ['agreement', 'agree', 'deal', 'sign', 'contract', 'accord'],
    delivery: ['supply', 'deliver', 'give', 'gift', 'donate', 'hand', 'transfer', 'provide', 'gratis'],
    request: ['request', 'ask', 'urge', 'press', 'push', 'lobby', 'call'],
    incident: ['attack', 'target', 'mob', 'riot', 'assault', 'violence'],
    relocation: ['return', 'leave', 'evacuate', 'flee', 'opt', 'relocate'],
    inspection: ['inspect', 'view', 'examine'],
    meeting: ['meet', 'talk', 'hold'],
    statement: ['voice', 'say', 'tweet', 'state', 'concern'],
  }).map(([act, words]) => [act, new Set(words.map(stemWord))]),
);

/** The kinds of act the stems of a text tell of. */
export function actsOf(stems: Iterable<string>): Set<string> {
  const acts = new Set<string>();
  for (const stem of stems) for (const [act, words] of ACTS) if (words.has(stem)) acts.add(act);
  return acts;
}

/** Words that carry no meaning of their own for tying a clause to a record. */
export const STOP = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with as into onto upon about over under ' +
    'than then that this these those there here it its it’s he him his she her they them their theirs we ' +
    'our you your i me my is are was were be been being am has have had having do does did will would ' +
    'shall should can could may might must also too very such which who whom whose what when where why ' +
    'how all any both each either neither some more most other another own same just only even still ' +
    'since while whereas though although if because after before during until via per up out off again ' +
    'further once s every many few several'
  ).split(' '),
);

/**
 * Hedges in a source's quote and how far they reach: forward, over the rest of the quote's clause
 * ("alleged support for certain militant groups", "accused of not dismantling…", "the perception
 * that cheap labour…"), or backward over what came before ("poor serviceability have been reported").
 */
export const HEDGES: readonly { readonly pattern: RegExp; readonly reach: 'forward' | 'backward' }[] = [
  {
    pattern:
      /\b(?:alleged(?:ly)?|reportedly|purported(?:ly)?|supposed(?:ly)?|perceived|apparent(?:ly)?|so-called|suspected)\b/gi,
    reach: 'forward',
  },
  {
    pattern:
      /\b(?:reports?\s+(?:of|that|state|say|suggest)|accused\s+of|accusations?\s+(?:of|that)|claims?\s+(?:to|that)|claimed\s+(?:to|that)|(?:the\s+)?perception\s+that|indications?\s+that|signs?\s+that|said\s+to|believed\s+to|thought\s+to|criticised\s+for|criticized\s+for|suspected\s+of|seems?\s+to|appears?\s+to|may|might|could|likely\s+to)\b/gi,
    reach: 'forward',
  },
  { pattern: /\b(?:(?:have|has|had)\s+been|were|was|is|are)\s+reported\b/gi, reach: 'backward' },
];

/**
 * Words in a draft that attribute or soften what a clause says: a clause with one is not stated as
 * plain fact. Content words ("concerns", "sceptical") are not among them: they are what is said.
 */
export const ATTRIBUTION =
  /\b(?:reports?|reported(?:ly)?|according|alleg\w*|accus\w*|claim(?:s|ed|ing)?|said|says|say|saying|told|tells|perceiv\w*|perception|apparent(?:ly)?|seem(?:s|ed|ingly)?|appear(?:s|ed)?\s+to|may|might|could|possibl[ey]|probabl[ey]|likely|suggest\w*|argu\w*|assert\w*|contend\w*|believ\w*|thought\s+to|purport\w*|suppos\w*|rumou?r\w*|suspect\w*|critici[sz]\w*|indications?|signs\s+of|complain\w*|expressed|insist\w*|maintain(?:s|ed)|deny|denies|denied|been\s+a\s+concern|concerns?\s+(?:about|over|that)|in\s+the\s+view|in\s+the\s+author|the\s+article)\b/i;

/** A quantifier a source hedges a group with, and the firmer words a draft may put in its place. */
export const QUANTIFIERS: readonly { readonly hedged: RegExp; readonly firm: RegExp }[] = [
  { hedged: /\b(?:almost|nearly|virtually|practically)\s+(?:all|every)\b/i, firm: /\b(?:all|every|each)\b/i },
];
/** Words that keep a quantifier hedged in a draft ("almost all", "most"). */
export const QUANTIFIER_HEDGE = /\b(?:almost|nearly|virtually|practically|most|many|some|several|a\s+few)\b/i;

/** A clause that tells of something still to come (a plan, an intention, a schedule). */
export const TO_COME =
  /\b(?:will|would|shall|intends?|intended|intention|plans?|planned|planning|scheduled|schedule|expected|expects?|due\s+to|set\s+to|going\s+to|hopes?|hoping|wants?|aims?|seeks?|proposed|upcoming|coming\s+(?:months|weeks|days|year)|near\s+future|soon|next\s+(?:month|week|year)|later\s+this)\b/i;
/** A clause that tells of something done: a past tense or a perfect of the act, or "went on to visit". */
export const DONE =
  /\b(?:(?:has|have|had)\s+(?:since\s+|already\s+|now\s+|just\s+|also\s+)?(?:been\s+to|gone\s+on\s+to\s+\w+|visited|travell?ed|toured|made|paid|met|held|signed|bought|purchased|delivered|completed|arrived|gone)|(?:went|gone)\s+on\s+to\s+\w+|visited|travell?ed|toured|went|met|held|signed|bought|purchased|delivered|completed|arrived|made\s+(?:a|his|her|their)\s+(?:visit|trip)|paid\s+a\s+visit|was\s+in|were\s+in)\b/i;
