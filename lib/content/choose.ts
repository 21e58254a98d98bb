// How many options a multiple-response stem asks for, in the spellings public banks use:
// "(Choose two.)", "(Choose 2 answers)", "(Choose TWO)", "(Select THREE)", "… Select two."
// Pure and shared by the bank parser and the importers, so both read a stem the same way.

const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT = "(two|three|four|five|six|[2-6])";
const TAIL = "(?:\\s+(?:correct\\s+)?(?:answers?|options?|responses?|choices?))?";
/** Anywhere in the stem when in brackets. */
const BRACKETED = new RegExp(`[([]\\s*(?:choose|select)\\s+(?:any\\s+)?${COUNT}${TAIL}\\s*[.:]?\\s*[)\\]]`, "i");
/** Without brackets only as the stem's last words, so "select two subnets" in a scenario is not read as one. */
const TRAILING = new RegExp(`(?:^|[.?!:]\\s+)(?:choose|select)\\s+(?:any\\s+)?${COUNT}${TAIL}\\s*\\.?\\s*$`, "i");

export interface ChooseMatch {
  count: number;
  /** The words as written, to strip them when stems are compared. */
  text: string;
}

export function findChoose(stem: string): ChooseMatch | undefined {
  if (!/choose|select/i.test(stem)) return undefined;
  const match = BRACKETED.exec(stem) ?? TRAILING.exec(stem.trimEnd());
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  return { count: WORDS[word] ?? Number(word), text: match[0] };
}

const NAMES = ["zero", "one", "two", "three", "four", "five", "six"];

/** "(Choose three.)" for 3: the hint a bank author should add for that many correct options. */
export function chooseHint(count: number): string {
  return `(Choose ${NAMES[count] ?? count}.)`;
}

/** A stem reduced to its words, for duplicate checks and stable ids: case, punctuation and "Choose N" do not count. */
export function normaliseStem(stem: string): string {
  const choose = findChoose(stem);
  const text = choose ? stem.replace(choose.text, " ") : stem;
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
