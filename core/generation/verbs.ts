// Just enough English verb morphology to turn "X called for Y" into "When did X call for Y?".
// Irregular verbs come from a table; regular "-ed" forms go through spelling rules with a short
// list of exceptions, because a wrong base form ("focuse") reads worse than no card.

const IRREGULAR: ReadonlyArray<readonly [string, string, string]> = [
  // [base, past, past participle]
  ["arise", "arose", "arisen"], ["be", "was", "been"], ["bear", "bore", "borne"],
  ["beat", "beat", "beaten"], ["become", "became", "become"], ["begin", "began", "begun"],
  ["bend", "bent", "bent"], ["bind", "bound", "bound"], ["bite", "bit", "bitten"],
  ["blow", "blew", "blown"], ["break", "broke", "broken"], ["bring", "brought", "brought"],
  ["build", "built", "built"], ["burn", "burnt", "burnt"], ["buy", "bought", "bought"],
  ["cast", "cast", "cast"], ["catch", "caught", "caught"], ["choose", "chose", "chosen"],
  ["come", "came", "come"], ["cost", "cost", "cost"], ["cut", "cut", "cut"],
  ["deal", "dealt", "dealt"], ["dig", "dug", "dug"], ["do", "did", "done"],
  ["draw", "drew", "drawn"], ["drink", "drank", "drunk"], ["drive", "drove", "driven"],
  ["eat", "ate", "eaten"], ["fall", "fell", "fallen"], ["feel", "felt", "felt"],
  ["fight", "fought", "fought"], ["find", "found", "found"], ["flee", "fled", "fled"],
  ["fly", "flew", "flown"], ["forbid", "forbade", "forbidden"], ["forget", "forgot", "forgotten"],
  ["forgive", "forgave", "forgiven"], ["freeze", "froze", "frozen"], ["get", "got", "got"],
  ["give", "gave", "given"], ["go", "went", "gone"], ["grow", "grew", "grown"],
  ["hang", "hung", "hung"], ["have", "had", "had"], ["hear", "heard", "heard"],
  ["hide", "hid", "hidden"], ["hit", "hit", "hit"], ["hold", "held", "held"],
  ["hurt", "hurt", "hurt"], ["keep", "kept", "kept"], ["know", "knew", "known"],
  ["lay", "laid", "laid"], ["lead", "led", "led"], ["leave", "left", "left"],
  ["lend", "lent", "lent"], ["let", "let", "let"], ["lie", "lay", "lain"],
  ["light", "lit", "lit"], ["lose", "lost", "lost"], ["make", "made", "made"],
  ["mean", "meant", "meant"], ["meet", "met", "met"], ["overcome", "overcame", "overcome"],
  ["oversee", "oversaw", "overseen"], ["pay", "paid", "paid"], ["put", "put", "put"],
  ["quit", "quit", "quit"], ["read", "read", "read"], ["ride", "rode", "ridden"],
  ["ring", "rang", "rung"], ["rise", "rose", "risen"], ["run", "ran", "run"],
  ["say", "said", "said"], ["see", "saw", "seen"], ["seek", "sought", "sought"],
  ["sell", "sold", "sold"], ["send", "sent", "sent"], ["set", "set", "set"],
  ["shake", "shook", "shaken"], ["shine", "shone", "shone"], ["shoot", "shot", "shot"],
  ["show", "showed", "shown"], ["shut", "shut", "shut"], ["sing", "sang", "sung"],
  ["sink", "sank", "sunk"], ["sit", "sat", "sat"], ["sleep", "slept", "slept"],
  ["slide", "slid", "slid"], ["speak", "spoke", "spoken"], ["spend", "spent", "spent"],
  ["spin", "spun", "spun"], ["split", "split", "split"], ["spread", "spread", "spread"],
  ["spring", "sprang", "sprung"], ["stand", "stood", "stood"], ["steal", "stole", "stolen"],
  ["stick", "stuck", "stuck"], ["strike", "struck", "struck"], ["swear", "swore", "sworn"],
  ["sweep", "swept", "swept"], ["swim", "swam", "swum"], ["swing", "swung", "swung"],
  ["take", "took", "taken"], ["teach", "taught", "taught"], ["tear", "tore", "torn"],
  ["mistake", "mistook", "mistaken"], ["overtake", "overtook", "overtaken"], ["undergo", "underwent", "undergone"], ["prove", "proved", "proven"],
  ["tell", "told", "told"], ["think", "thought", "thought"], ["throw", "threw", "thrown"],
  ["understand", "understood", "understood"], ["undertake", "undertook", "undertaken"],
  ["wake", "woke", "woken"], ["wear", "wore", "worn"], ["weave", "wove", "woven"],
  ["win", "won", "won"], ["withdraw", "withdrew", "withdrawn"], ["write", "wrote", "written"],
];

const BASE_OF_PAST = new Map<string, string>();
const BASE_OF_PARTICIPLE = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR) {
  if (!BASE_OF_PAST.has(past)) BASE_OF_PAST.set(past, base);
  if (!BASE_OF_PARTICIPLE.has(participle)) BASE_OF_PARTICIPLE.set(participle, base);
}
BASE_OF_PAST.set("were", "be");

/** "-ed" words that are not verbs, or whose base the rules below would get wrong. */
const NOT_PAST = new Set(["red", "bed", "need", "seed", "speed", "feed", "hundred", "shed", "sacred", "naked", "wicked", "kindred", "indeed", "breed", "greed", "deed", "weed", "creed", "reed", "sled", "bred", "led", "fled", "wed", "so-called", "aged", "ed"]);
const ADD_E = new Set(["cite", "unite", "invite", "excite", "ignite", "recite", "incite", "expedite", "complete", "delete", "compete", "deplete", "interfere", "adhere", "revere", "persevere", "paste", "taste", "waste", "haste", "scale", "exhale", "inhale", "create", "procreate", "recreate"]);
const NO_E = new Set(["focus", "bias", "canvas", "develop", "gallop", "envelop", "pivot", "ballot", "riot", "pilot", "abandon", "reason", "summon", "pardon", "season", "poison", "imprison", "treat", "defeat", "repeat", "retreat", "heat", "seat", "beat", "cheat", "threat", "combat"]);

/** Base form of a past-tense verb ("proposed" -> "propose"), or undefined if it is not one. */
export function baseOfPast(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = BASE_OF_PAST.get(lower);
  if (irregular) return irregular;
  if (!isRegularPastShape(lower)) return undefined;
  return baseOfRegular(lower);
}

/** Base form of a past participle ("taken" -> "take", "adopted" -> "adopt"). */
export function baseOfParticiple(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = BASE_OF_PARTICIPLE.get(lower) ?? BASE_OF_PAST.get(lower);
  if (irregular) return irregular;
  if (!isRegularPastShape(lower)) return undefined;
  return baseOfRegular(lower);
}

/** "seen", "taken", "begun": a participle that is never a past tense nor a base form, so never a finite verb alone. */
export function isParticipleOnly(word: string): boolean {
  const lower = word.toLowerCase();
  const base = BASE_OF_PARTICIPLE.get(lower);
  return base !== undefined && base !== lower && !BASE_OF_PAST.has(lower);
}

export function isPastForm(word: string): boolean {
  return baseOfPast(word) !== undefined;
}

export function isParticiple(word: string): boolean {
  return baseOfParticiple(word) !== undefined;
}

function isRegularPastShape(lower: string): boolean {
  return /^[a-z-]{3,}ed$/.test(lower) && !NOT_PAST.has(lower) && lower.length > 4;
}

function baseOfRegular(w: string): string {
  if (w.endsWith("ied")) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  if (/(?:ee|ue|ye|oe)d$/.test(w)) return w.endsWith("oed") || w.endsWith("yed") ? w.slice(0, -2) : w.slice(0, -1);
  const stem = w.slice(0, -2);
  if (ADD_E.has(`${stem}e`)) return `${stem}e`;
  if (NO_E.has(stem)) return stem;
  const doubled = /([bdgklmnprstz])\1$/.exec(stem);
  if (doubled) return undoubled(stem, doubled[1]!);
  return needsE(stem) ? `${stem}e` : stem;
}

function undoubled(stem: string, c: string): string {
  if (c === "s" || c === "z" || c === "f") return stem;
  if (c === "d" && /^(?:add|odd)$/.test(stem)) return stem;
  if (c === "l") {
    if (/(?:a|i|u)ll$/.test(stem) || /^.{0,2}oll$/.test(stem) || /(?:sp|sm|sw|dw|sh|y|t)ell$/.test(stem)) return stem;
  }
  return stem.slice(0, -1);
}

// Whether "<stem>ed" came from "<stem>e": "proposed", "introduced", "outlined", "declared".
function needsE(stem: string): boolean {
  const last = stem.slice(-1);
  const prev = stem.slice(-2, -1);
  const vowelBefore = /[aeiouy]/.test(prev);
  const digraph = /(?:ea|oa|ee|oo|ou|ai|oi|ei|au|ie)$/.test(stem.slice(-3, -1));
  switch (last) {
    case "c":
      return prev !== "c" && stem.slice(-2) !== "ck";
    case "v":
      return true;
    case "z":
      return vowelBefore;
    case "s":
      return prev !== "s";
    case "g":
      return !/(?:o|u)ng$/.test(stem);
    case "t":
      if (/at$/.test(stem)) return !/(?:oat|eat)$/.test(stem);
      if (/ut$/.test(stem)) return !/out$/.test(stem);
      if (/ot$/.test(stem)) return !/oot$/.test(stem);
      return false;
    case "d":
      return vowelBefore && !digraph && prev !== "e";
    case "r":
      return /[aiouy]r$/.test(stem) && !digraph;
    case "l":
      if (/[^aeiouyrwl]l$/.test(stem)) return true;
      if (/(?:ul|il|ol)$/.test(stem)) return !digraph;
      return false;
    case "n":
      if (/in$/.test(stem)) return !digraph;
      if (/on$/.test(stem)) return !/(?:ion|son|don|mon)$/.test(stem) && !digraph;
      if (/(?:an|un)$/.test(stem)) return !digraph && !/oun$/.test(stem);
      return false;
    case "m":
      return /[aiouy]m$/.test(stem) && !digraph;
    case "p":
      return /[aiouy]p$/.test(stem) && !digraph;
    case "k":
      return /[aeiou]k$/.test(stem) && !digraph;
    case "b":
      return /[aeiou]b$/.test(stem) && !digraph;
    case "h":
      return /[aeiou]th$/.test(stem);
    default:
      return false;
  }
}

const PAST_OF_BASE = new Map(IRREGULAR.map(([base, past]) => [base, past] as const));

/** Simple past of a verb given as a past participle ("written" -> "wrote", "adopted" -> "adopted"). */
export function pastOfParticiple(participle: string): string {
  const lower = participle.toLowerCase();
  const base = BASE_OF_PARTICIPLE.get(lower);
  return base ? (PAST_OF_BASE.get(base) ?? lower) : lower;
}
