// Proposes, for each file found on a USB stick, the unit (đơn vị) and the dossier component (thành phần hồ sơ) it
// belongs to. Pure: the caller lists the files. The caller pre-fills a proposal only when its confidence ≥ ACCEPT,
// so every rule below is calibrated against that line: sure matches score ≥ 0.6, doubtful ones stay under it.
import { cleanText, foldText } from '#shared/text/fold.ts';

export interface MatchUnit {
  id: number;
  name: string;
  kind: string;
  subtype: string | null;
}

export interface MatchComponent {
  code: string;
  label: string;
  /** extra folded keywords, e.g. ['bien ban', 'bb'] */
  keywords: string[];
}

export interface FileProposal {
  relativePath: string;
  unitId: number | null;
  unitConfidence: number;
  componentCode: string | null;
  componentConfidence: number;
  reason: string;
}

/** Hand-typed names of each component; the label is always a keyword too. Folded on use, so diacritics are optional. */
export const DEFAULT_COMPONENT_KEYWORDS: Record<string, string[]> = {
  dang_ky: ['dang ky', 'đăng ký', 'dang ki', 'ban dang ky', 'phieu dang ky', 'dk', 'dky', 'dki'],
  nghi_quyet: ['nghi quyet', 'nghị quyết', 'nq', 'nghi quyet chi bo', 'nq chi bo', 'nq cb'],
  ke_hoach: ['ke hoach', 'kế hoạch', 'kh'],
  bao_cao: ['bao cao', 'báo cáo', 'bao cao ket qua', 'bc', 'bc ket qua', 'bckq'],
  bien_ban: ['bien ban', 'biên bản', 'bien ban hop', 'bb', 'bb hop', 'bbh'],
  to_trinh: ['to trinh', 'tờ trình', 'to trinh de nghi', 'de nghi cong nhan', 'ttr'],
  tu_danh_gia: [
    'tu danh gia',
    'tự đánh giá',
    'bang tu danh gia',
    'tdg',
    'bang cham diem',
    'cham diem',
    'bang diem',
    'danh gia',
  ],
};

export const ACCEPT = 0.6;
const GAP = '|'; // stands for removed words, so that what was on either side never reads as one name
// Words that name files rather than units; a number right after scan/img is the scanner's page counter.
const NOISE = ['scan', 'img', 'dsc', 'image', 'photo', 'copy', 'final', 'ban sao', 'ho so', 'hs', 'file', 'tai lieu'];
// Short forms of unit prefixes, applied to unit names and file names alike so both sides fold the same way.
const EXPANSIONS = new Map<string, string[]>([
  ['tdp', ['to', 'dan', 'pho']],
  ['kp', ['khu', 'pho']],
  ['kdc', ['khu', 'dan', 'cu']],
  ['cty', ['cong', 'ty']],
  ['htx', ['hop', 'tac', 'xa']],
]);
const PREFIXES = [
  'to dan pho', 'khu dan cu', 'hop tac xa', 'khu pho', 'thi tran', 'dac khu', 'cong ty', 'doanh nghiep', 'truong',
  'thon', 'xom', 'lang', 'ban', 'ap', 'buon', 'phum', 'soc', 'khom', 'khu', 'to', 'xa', 'phuong',
].map((p) => p.split(' ')); // prettier-ignore

const isNumber = (t: string | undefined): boolean => t !== undefined && /^\d+$/.test(t);

/** Folded words of a name: "T.D.P số 03" -> to dan pho 3; drops dates, years and long counters. */
function tokenize(text: string): string[] {
  const words = foldText(text)
    .replace(/(?<![a-z])([a-z])\.(?=[a-z](?![a-z]))/g, '$1') // "t.d.p" -> "tdp"
    .replace(/\(\d+\)/g, ' ') // Windows copy suffix "(2)"
    .replace(/\b\d{1,2}[./-](\d{1,2}[./-])?\d{4}\b/g, ' ') // dates "15.10.2025", "10/2025"
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out: string[] = [];
  words.forEach((t, i) => {
    const next = words[i + 1];
    if (isNumber(t)) {
      if (t.length < 5 && !/^(19|20)\d\d$/.test(t)) out.push(String(Number(t))); // "01" = "1"
    } else if (t === 'so' && isNumber(next)) {
      // "số" before a number is noise: "TDP số 3" = "TDP 3"; elsewhere it may be a word ("Sở Tư pháp").
    } else if (t === 'to' && isNumber(next)) {
      out.push('to', 'dan', 'pho'); // "Tổ 3" is how a tổ dân phố is usually typed
    } else {
      out.push(...(EXPANSIONS.get(t) ?? [t]));
    }
  });
  return out;
}

function indexOfSeq(hay: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return -1;
  for (let i = Math.max(0, from); i + needle.length <= hay.length; i++) {
    if (needle.every((t, j) => hay[i + j] === t)) return i;
  }
  return -1;
}

const endsAt = (hay: readonly string[], end: number, needle: readonly string[]): boolean =>
  end >= needle.length && indexOfSeq(hay, needle, end - needle.length) === end - needle.length;

interface Phrase {
  tokens: string[];
  code: string | null; // null: noise
}
interface ComponentHit {
  code: string;
  start: number;
  strength: number;
}
interface Segment {
  raw: string;
  inFolder: boolean;
  tokens: string[]; // with GAP where component words and noise were
  hits: ComponentHit[];
}

function buildPhrases(components: readonly MatchComponent[]): Phrase[] {
  const phrases: Phrase[] = components.flatMap((c) =>
    [c.label, ...c.keywords].map((k) => ({ tokens: tokenize(k), code: c.code })),
  );
  phrases.push(...NOISE.map((n) => ({ tokens: n.split(' '), code: null })));
  // Longest first, so "bien ban hop" is taken whole before "bb" or "bien ban" could split it.
  return phrases.filter((p) => p.tokens.length > 0).sort((a, b) => b.tokens.length - a.tokens.length);
}

function analyse(raw: string, inFolder: boolean, phrases: readonly Phrase[]): Segment {
  const tokens = tokenize(raw);
  const hits: ComponentHit[] = [];
  for (const p of phrases) {
    for (let i = indexOfSeq(tokens, p.tokens); i >= 0; i = indexOfSeq(tokens, p.tokens, i + 1)) {
      let end = i + p.tokens.length;
      // Full words say more than an abbreviation: "BB" could be a typo, "bien ban" hardly.
      if (p.code !== null) hits.push({ code: p.code, start: i, strength: p.tokens.length > 1 ? 0.95 : 0.8 });
      else while (isNumber(tokens[end])) end++;
      tokens.fill(GAP, i, end);
    }
  }
  // Leading numbers of a file name are the sender's ordering ("01. To trinh"), not a unit number.
  for (let i = 0; !inFolder && i < tokens.length && (tokens[i] === GAP || isNumber(tokens[i])); i++) tokens[i] = GAP;
  return { raw: cleanText(raw), inFolder, tokens, hits };
}

interface PreparedUnit {
  unit: MatchUnit;
  prefixes: string[][]; // from the name ("Thôn ...") and from the subtype, for names typed without one
  core: string[];
  numericCore: boolean; // "Tổ dân phố số 3": a bare "3" means nothing without its prefix
}

function prepareUnit(unit: MatchUnit): PreparedUnit {
  const tokens = tokenize(unit.name);
  const own = PREFIXES.find((p) => tokens.length > p.length && indexOfSeq(tokens, p) === 0);
  const core = own ? tokens.slice(own.length) : tokens;
  const implied = PREFIXES.find((p) => p.join('_') === unit.subtype);
  const prefixes = [own, implied].filter((p): p is string[] => p !== undefined);
  return { unit, prefixes, core, numericCore: core.every((t) => isNumber(t)) };
}

/** How surely a segment names a unit: 1 for the full folded name alone, down to 0 for no match. */
function scoreUnit(tokens: readonly string[], pu: PreparedUnit): number {
  const content = tokens.filter((t) => t !== GAP).length;
  let best = 0;
  for (let i = indexOfSeq(tokens, pu.core); i >= 0; i = indexOfSeq(tokens, pu.core, i + 1)) {
    if (isNumber(tokens[i + pu.core.length])) continue; // "Đông 1" is not the start of "Đông 10"
    const prefix = pu.prefixes.find((p) => endsAt(tokens, i, p));
    let score: number;
    if (prefix) score = content === prefix.length + pu.core.length ? 1 : 0.9;
    else if (pu.prefixes.length > 0 && PREFIXES.some((p) => endsAt(tokens, i, p)))
      score = 0.3; // "Xóm Đông 1"
    else if (pu.numericCore) score = 0;
    else if (content === pu.core.length) score = 0.85;
    else score = pu.core.length > 1 ? 0.75 : 0.5; // one common word inside a longer name is weak evidence
    best = Math.max(best, score);
  }
  return best;
}

interface Ranked {
  seg: Segment;
  candidates: { pu: PreparedUnit; score: number }[]; // best first
}

function rank(seg: Segment, units: readonly PreparedUnit[]): Ranked {
  const candidates = units
    .map((pu) => ({ pu, score: scoreUnit(seg.tokens, pu) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  return { seg, candidates };
}

const topScore = (r: Ranked): number => r.candidates[0]?.score ?? 0;
const tied = (r: Ranked) => r.candidates.filter((c) => c.score === topScore(r));
const isCommune = (r: Ranked): boolean => r.candidates[0]?.pu.unit.kind === 'xa_phuong';
const where = (seg: Segment): string => `${seg.inFolder ? 'thư mục' : 'tên tệp'} "${seg.raw}"`;
const round = (x: number): number => Math.round(x * 100) / 100;

interface UnitDecision {
  unitId: number | null;
  confidence: number;
  reason: string;
}
const decision = (unitId: number | null, confidence: number, reason: string): UnitDecision => ({
  unitId,
  confidence,
  reason,
});
/** The one unit a segment surely names, if any. */
const sole = (r: Ranked) => (topScore(r) >= ACCEPT && tied(r).length === 1 ? r.candidates[0]!.pu : undefined);

/** results: deepest folder first, outer folders, then the file name. */
function decideUnit(results: readonly Ranked[], file: Ranked): UnitDecision {
  const sure = results.filter((r) => topScore(r) >= ACCEPT);
  // A commune's name is context (its stick holds its villages; its reports name it), so a narrower unit wins.
  let chosen = sure.find((r) => !isCommune(r)) ?? sure[0];
  if (chosen && tied(chosen).length > 1) {
    const ids = new Set(tied(chosen).map((c) => c.pu.unit.id));
    chosen = sure.find((r) => ids.has(sole(r)?.unit.id ?? NaN)) ?? chosen;
  }
  chosen ??= [...results].sort((a, b) => topScore(b) - topScore(a)).find((r) => topScore(r) > 0);
  if (!chosen) {
    const named = results.find((r) => r.seg.tokens.some((t) => t !== GAP));
    return decision(null, 0, `Không tìm thấy đơn vị${named ? ` cho ${where(named.seg)}` : ''}`);
  }
  const best = tied(chosen);
  const top = best[0]!;
  const { id, name } = top.pu.unit;
  if (best.length > 1) {
    const names = best.map((c) => `"${c.pu.unit.name}"`).join(' và ');
    return decision(null, Math.min(top.score, 0.3), `Không rõ đơn vị: ${where(chosen.seg)} khớp cả ${names}`);
  }
  if (top.score < ACCEPT) return decision(id, top.score, `Chưa chắc: ${where(chosen.seg)} gần giống "${name}"`);
  const other = sole(file);
  if (chosen !== file && other && other !== top.pu && !isCommune(file)) {
    // The folder and the file name name two different units: keep the folder's, but let a person confirm.
    const reason = `Thư mục "${chosen.seg.raw}" là "${name}" nhưng tên tệp "${file.seg.raw}" là "${other.unit.name}"`;
    return decision(id, 0.5, reason);
  }
  return decision(id, top.score, `Khớp ${where(chosen.seg)} với "${name}"`);
}

/** The file name decides; a folder such as "Bien ban/" speaks for the files inside it. */
function decideComponent(segments: readonly Segment[], components: readonly MatchComponent[]) {
  for (const seg of segments) {
    const first = [...seg.hits].sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    const strength = Math.max(...seg.hits.filter((h) => h.code === first.code).map((h) => h.strength));
    // Names usually start with the document type; another type further on ("BB kem to trinh") lowers trust.
    const mixed = seg.hits.some((h) => h.code !== first.code);
    const confidence = round(strength * (mixed ? 0.7 : 1) * (seg.inFolder ? 0.85 : 1));
    const label = components.find((c) => c.code === first.code)?.label ?? first.code;
    const note = mixed ? ' (tên có nhiều loại giấy tờ)' : '';
    return { code: first.code, confidence, reason: `thành phần "${label}"${note}` };
  }
  return { code: null, confidence: 0, reason: 'chưa rõ thành phần' };
}

// Files that Windows, macOS, Office and USB viruses leave on a stick.
const SKIPPED: [RegExp, string][] = [
  [/^~/, 'tệp khóa (tạm) của Office'],
  [/^(desktop\.ini|thumbs\.db|autorun\.inf|\.ds_store)$/i, 'tệp hệ thống'],
  [/\.(lnk|tmp)$/i, 'lối tắt hoặc tệp tạm'],
  [/^(\.|__macosx$|system volume information$|\$recycle\.bin$)/i, 'tệp ẩn hoặc thư mục hệ thống'],
];

function proposeOne(
  relativePath: string,
  units: readonly PreparedUnit[],
  phrases: readonly Phrase[],
  components: readonly MatchComponent[],
): FileProposal {
  const parts = relativePath.split(/[\\/]/).filter((p) => !/^\s*\.{0,2}\s*$/.test(p)); // drop '', '.', '..'
  const fileName = parts.at(-1);
  const none = { relativePath, unitId: null, unitConfidence: 0, componentCode: null, componentConfidence: 0 };
  if (fileName === undefined) return { ...none, reason: 'Bỏ qua: đường dẫn trống' };
  for (const part of parts) {
    const skip = SKIPPED.find(([re]) => re.test(part.trim()));
    if (skip) return { ...none, reason: `Bỏ qua ${skip[1]} "${cleanText(part)}"` };
  }
  const stem = fileName.replace(/\.(?=[^.]*[a-z])[a-z0-9]{1,5}$/i, '');
  const file = analyse(stem, false, phrases);
  const folders = parts
    .slice(0, -1)
    .reverse()
    .map((f) => analyse(f, true, phrases));
  const fileRanked = rank(file, units);
  const unit = decideUnit([...folders.map((f) => rank(f, units)), fileRanked], fileRanked);
  const component = decideComponent([file, ...folders], components);
  return {
    relativePath,
    unitId: unit.unitId,
    unitConfidence: round(unit.confidence),
    componentCode: component.code,
    componentConfidence: component.confidence,
    reason: `${unit.reason}; ${component.reason}`,
  };
}

export function proposeMatches(
  relativePaths: readonly string[],
  units: readonly MatchUnit[],
  components: readonly MatchComponent[],
): FileProposal[] {
  const prepared = units.map(prepareUnit).filter((pu) => pu.core.length > 0);
  const phrases = buildPhrases(components);
  return relativePaths.map((p) => proposeOne(p, prepared, phrases, components));
}
