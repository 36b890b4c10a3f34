/**
 * Matching a row label to the indicator catalogue, as people really type it: reworded, without diacritics,
 * with OCR typos ("tối iru hóa", "tòa soạn hỂỄN tụ"). Evidence is counted on diacritics-free words, each word
 * weighted by how few indicators use it (so "cơ quan báo chí", in every label, counts for almost nothing), plus
 * a bonus for each key phrase found as consecutive words.
 */
import { memoByText } from "../domain/memo";
import { INDICATORS, type IndicatorId } from "../domain/indicators";
import { ENGLISH_WORDINGS, EXTRA_WORDINGS } from "./indicatorWordings";
import { editDistance, foldedWords, matchKey, stripDiacritics } from "../domain/text";

export interface IndicatorMatch {
  readonly id: IndicatorId;
  /** The label is the catalogue's wording, ignoring case, spacing, punctuation and tone placement. */
  readonly standard: boolean;
  /** Share of the standard wording's evidence the label carries, 0..1 (1 for the standard wording). */
  readonly score: number;
  /**
   * What in the label made the match (folded words): the key phrases found, then the distinctive words (those few
   * indicators use), as recognition explains it to a reviewer.
   */
  readonly evidence: readonly string[];
}

const PHRASE_BONUS = 1.5;
/** A fuzzy (one typo) word counts for this share of its weight. */
const FUZZY_SHARE = 0.6;
/** Accept with at least one key phrase and this much evidence, or with this much evidence alone. */
const MIN_WITH_PHRASE = 3;
const MIN_WITHOUT_PHRASE = 5.5;
/** Words shorter than this are compared exactly: one typo in "so" or "tu" changes the word. */
const FUZZY_MIN_LENGTH = 4;

/**
 * Words of any plan sentence ("tỷ lệ", "của tỉnh", "có ít nhất một", "thực hiện", "được"; English fillers):
 * never evidence for an indicator.
 */
const GENERIC = new Set([
  "ty", "le", "cua", "tinh", "it", "nhat", "mot", "01", "tren", "dia", "ban", "dat", "thuc", "hien", "duoc", "cac",
  "va", "de", "voi", "cho", "the", "of", "and", "in", "on", "a", "an", "by", "at", "to", "with", "or", "for", "share",
  "percentage", "rate", "least", "above", "first", "agencies", "agency", "press",
]);

/**
 * Subjects that make a row about something else, however many words it shares with an indicator: money (a
 * budget row "Kinh phí xây dựng nền tảng số"), civil servants, citizens, businesses, telecoms, public services.
 */
const OTHER_SUBJECTS: readonly (readonly string[])[] = [
  "kinh phi", "ngan sach", "du toan", "nguon von", "von dau tu", "trieu dong", "ty dong", "budget", "funding", "cost",
  "cong chuc", "vien chuc", "nguoi dan", "ho gia dinh", "doanh nghiep", "hoc sinh", "thu tuc hanh chinh",
  "dich vu cong", "vien thong", "the nha bao", "civil servants", "households", "businesses",
].map((p) => p.split(" "));

const REVENUE_WORDS: readonly (readonly string[])[] = [["doanh", "thu"], ["nguon", "thu"], ["revenue"], ["revenues"]];

interface Profile {
  readonly id: IndicatorId;
  /** Groups of phrases (folded words); the label needs one phrase of every group. */
  readonly required: readonly (readonly (readonly string[])[])[];
  /** The catalogue's English name, matched as a standard wording in English tables. */
  readonly englishKey: string;
  readonly words: ReadonlySet<string>;
  readonly phrases: readonly (readonly string[])[];
  readonly standardKey: string;
  /** The evidence the standard label itself carries: the denominator of `score`. */
  selfEvidence: number;
}

const PROFILES: readonly Profile[] = INDICATORS.map((ind) => {
  const extra = EXTRA_WORDINGS[ind.id];
  const english = ENGLISH_WORDINGS[ind.id];
  const words = new Set<string>();
  const texts = [ind.labelVi, ind.nameEn, ...ind.keyPhrases, ...extra.sentences, ...extra.phrases, ...english.sentences, ...english.phrases];
  for (const text of texts) {
    for (const w of foldedWords(text)) if (!GENERIC.has(w)) words.add(w);
  }
  const phrases = [...ind.keyPhrases, ...extra.phrases, ...english.phrases].map(foldedWords).filter((p) => p.length > 0);
  const required = extra.required.map((group) => group.map(foldedWords));
  return {
    id: ind.id,
    words,
    phrases,
    required,
    standardKey: matchKey(ind.labelVi),
    englishKey: matchKey(ind.nameEn),
    selfEvidence: 1,
  };
});

/** Inverse document frequency over the catalogue: a word used by one indicator weighs ~1.67, by all ~0.06. */
const WEIGHT = new Map<string, number>();
{
  const df = new Map<string, number>();
  for (const p of PROFILES) for (const w of p.words) df.set(w, (df.get(w) ?? 0) + 1);
  for (const [w, n] of df) WEIGHT.set(w, Math.log((PROFILES.length + 1) / (n + 0.5)));
}
const VOCABULARY = [...WEIGHT.keys()];


/** "1.", "a)", "-", "I." and the like before a label. */
const ENUMERATOR = /^\s*(?:[-–•+*]|\(?(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)/:-])\s*/i;

/**
 * Text that sits in a label column but is clearly not an indicator: notes, totals, column headers, and a unit
 * text on its own ("Số cơ quan báo chí đưa nội dung .../tổng số cơ quan báo chí").
 */
export function isNonIndicatorText(label: string): boolean {
  return nonIndicatorMemo(label);
}

// Labels repeat on every sheet of a workbook: each distinct label is judged once.
const nonIndicatorMemo = memoByText(computeIsNonIndicatorText);
const matchMemo = memoByText(computeMatch);

function computeIsNonIndicatorText(label: string): boolean {
  const words = foldedWords(label);
  const f = words.join(" ");
  if (f === "") return true;
  // "Nguồn: ..." cites a source; "Nguồn nhân lực" (human resources) is a heading, not a note.
  if (/^(ghi chu|luu y|chu thich|chu y|note|nguon (so lieu|chi tieu|tai lieu|trich))\b/.test(f) || /^\s*(\*|ngu[oồ]n\s*:)/i.test(label)) return true;
  if (/^(tong cong|tong so|tong|cong|cong chung|total)$/.test(f)) return true;
  if (/^(stt|tt|so tt|so thu tu|noi dung( chi tieu)?|chi tieu|ten chi tieu|don vi( do luong| tinh)?|dvt)$/.test(f)) {
    return true;
  }
  // A unit text spells numerator/denominator: ".../tổng số ...".
  return /\/\s*(tong so|tong)\b/.test(stripDiacritics(label).toLowerCase());
}

/** The catalogue indicator a row label stands for, or null when the label is not (recognisably) an indicator. */
export function matchIndicator(label: string): IndicatorMatch | null {
  return matchMemo(label);
}

function computeMatch(label: string): IndicatorMatch | null {
  const text = label.replace(ENUMERATOR, "");
  if (isNonIndicatorText(text)) return null;
  const key = matchKey(text);
  const exact = PROFILES.find((p) => p.standardKey === key || p.englishKey === key);
  if (exact) return { id: exact.id, standard: true, score: 1, evidence: evidenceWords(exact, foldedWords(text)) };

  const words = foldedWords(text);
  if (OTHER_SUBJECTS.some((phrase) => containsPhrase(words, phrase))) return null;
  // A row that speaks of revenue is about revenue or about nothing we know ("Doanh thu quảng cáo trên nền tảng số").
  const aboutRevenue = REVENUE_WORDS.some((phrase) => containsPhrase(words, phrase));
  let best: { profile: Profile; total: number; phrases: number } | null = null;
  for (const p of PROFILES) {
    if (aboutRevenue && p.id !== "revenue") continue;
    if (!p.required.every((group) => group.some((phrase) => containsPhrase(words, phrase)))) continue;
    const e = evidence(p, words);
    if (!best || e.total > best.total) best = { profile: p, ...e };
  }
  if (!best) return null;
  const accepted =
    (best.phrases > 0 && best.total >= MIN_WITH_PHRASE) || best.total >= MIN_WITHOUT_PHRASE;
  if (!accepted) return null;
  const score = Math.min(0.99, best.total / best.profile.selfEvidence);
  return { id: best.profile.id, standard: false, score: Math.round(score * 100) / 100, evidence: evidenceWords(best.profile, words) };
}

/** A word only one indicator uses (weight ≈ 1.67) tells it apart; "cơ quan báo chí", in every label, does not. */
const DISTINCTIVE_WEIGHT = 1.5;
/** Evidence shown for one label, at most. */
const MAX_EVIDENCE = 8;

/**
 * The stretches of the label that are this indicator's own: runs of consecutive words each inside a key phrase
 * found, or used by no other indicator ("phan tich du lieu", "toa soan hoi tu").
 */
function evidenceWords(p: Profile, words: readonly string[]): string[] {
  const own = new Array<boolean>(words.length).fill(false);
  for (const phrase of p.phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, j) => sameWord(words[i + j] ?? "", w))) for (let j = 0; j < phrase.length; j++) own[i + j] = true;
    }
  }
  words.forEach((w, i) => {
    if (p.words.has(w) && (WEIGHT.get(w) ?? 0) >= DISTINCTIVE_WEIGHT) own[i] = true;
  });
  const out: string[] = [];
  let run: string[] = [];
  words.forEach((w, i) => {
    if (own[i]) run.push(w);
    if ((!own[i] || i === words.length - 1) && run.length > 0) {
      const text = run.join(" ");
      if (!out.includes(text)) out.push(text);
      run = [];
    }
  });
  return out.slice(0, MAX_EVIDENCE);
}

function evidence(p: Profile, words: readonly string[]): { total: number; phrases: number } {
  let total = 0;
  const seen = new Set<string>();
  for (const w of words) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (p.words.has(w)) {
      total += WEIGHT.get(w) ?? 0;
      continue;
    }
    const near = nearWord(w);
    if (near && p.words.has(near) && !seen.has(near)) {
      seen.add(near);
      total += FUZZY_SHARE * (WEIGHT.get(near) ?? 0);
    }
  }
  let phrases = 0;
  for (const phrase of p.phrases) if (containsPhrase(words, phrase)) phrases++;
  return { total: total + PHRASE_BONUS * Math.min(phrases, 3), phrases };
}

const nearCache = new Map<string, string | null>();

/** The catalogue word one typo away from `w` ("iden" → "kien"), if any; exact words are not looked up here. */
function nearWord(w: string): string | null {
  if (w.length < FUZZY_MIN_LENGTH || /\d/.test(w)) return null;
  const cached = nearCache.get(w);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  if (!WEIGHT.has(w)) {
    for (const v of VOCABULARY) {
      if (v.length >= FUZZY_MIN_LENGTH - 1 && editDistance(w, v, 1) <= 1) {
        found = v;
        break;
      }
    }
  }
  if (nearCache.size > 5000) nearCache.clear();
  nearCache.set(w, found);
  return found;
}

function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= FUZZY_MIN_LENGTH && nearWord(a) === b);
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (!sameWord(words[i + j] ?? "", phrase[j] ?? "")) continue outer;
    }
    return true;
  }
  return false;
}

// Last, once the helpers above are initialised.
for (const p of PROFILES) {
  const ind = INDICATORS.find((i) => i.id === p.id);
  if (ind) p.selfEvidence = evidence(p, foldedWords(ind.labelVi)).total;
}
