// Infers a unit's kind and subtype from how offices name units ("Thôn Đông 1", "TDP số 3", "Trường THCS ...").
import {
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPE_LABELS,
  type UnitKind,
  type UnitSubtype,
} from '#shared/domain/units.ts';
import { foldText } from '#shared/text/fold.ts';

const PREFIXES: [RegExp, UnitKind, UnitSubtype | null][] = [
  [/^(to dan pho|tdp)\b/, 'khu_dan_cu', 'to_dan_pho'],
  [/^(khu pho|kp)\b/, 'khu_dan_cu', 'khu_pho'],
  [/^thon\b/, 'khu_dan_cu', 'thon'],
  [/^lang\b/, 'khu_dan_cu', 'lang'],
  [/^ban\b/, 'khu_dan_cu', 'ban'],
  [/^ap\b/, 'khu_dan_cu', 'ap'],
  [/^buon\b/, 'khu_dan_cu', 'buon'],
  [/^phum\b/, 'khu_dan_cu', 'phum'],
  [/^soc\b/, 'khu_dan_cu', 'soc'],
  [/^khom\b/, 'khu_dan_cu', 'khom'],
  [/^(khu dan cu|kdc|xom|khu)\b/, 'khu_dan_cu', null],
  [/^(truong )?(thcs|trung hoc co so)\b/, 'co_so_giao_duc', 'thcs'],
  [/^(truong )?(thpt|trung hoc pho thong)\b/, 'co_so_giao_duc', 'thpt'],
  [/^truong (lien cap|tieu hoc va thcs|th ?& ?thcs|thcs ?& ?thpt)/, 'co_so_giao_duc', 'lien_cap'],
  [/^truong (trung cap|cao dang|dai hoc)|^trung tam giao duc nghe nghiep/, 'co_so_giao_duc', null],
  [/^(cong ty|cty|doanh nghiep|dntn|ngan hang)\b/, 'doanh_nghiep', null],
  [/^(hop tac xa|htx)\b/, 'doanh_nghiep', 'hop_tac_xa'],
  [/^(xa|phuong|dac khu|thi tran)\b/, 'xa_phuong', null],
  [
    /^(uy ban|ubnd|dang uy|tram y te|buu dien|chi cuc|kho bac|ban quan ly|trung tam|van phong|hoi dong|mat tran|doan|hoi)\b/,
    'co_quan',
    null,
  ],
];

export function inferKind(name: string): { kind: UnitKind; subtype: UnitSubtype | null } | null {
  return inferKindFolded(foldText(name));
}

/** inferKind for a name already passed through foldText (the importer folds each name once). */
export function inferKindFolded(f: string): { kind: UnitKind; subtype: UnitSubtype | null } | null {
  for (const [re, kind, subtype] of PREFIXES) {
    if (re.test(f)) {
      if (kind === 'xa_phuong') {
        const word =
          f.split(' ')[0] === 'thi'
            ? 'thi_tran'
            : f.startsWith('dac khu')
              ? 'dac_khu'
              : (f.split(' ')[0] as UnitSubtype);
        return { kind, subtype: word };
      }
      return { kind, subtype };
    }
  }
  return null;
}

/** Reads a kind written in a cell: a code ("khu_dan_cu") or a label ("Khu dân cư", "Doanh nghiệp"). */
export function parseKind(text: string): UnitKind | null {
  const f = foldText(text).replace(/_/g, ' ');
  for (const kind of UNIT_KINDS) {
    if (f === kind.replace(/_/g, ' ') || f === foldText(UNIT_KIND_LABELS[kind])) return kind;
  }
  if (/khu dan cu|thon|to dan pho/.test(f)) return 'khu_dan_cu';
  if (/doanh nghiep|cong ty/.test(f)) return 'doanh_nghiep';
  if (/giao duc|truong/.test(f)) return 'co_so_giao_duc';
  if (/co quan/.test(f)) return 'co_quan';
  if (/^(xa|phuong|dac khu)/.test(f)) return 'xa_phuong';
  return null;
}

export function parseSubtype(text: string, kind: UnitKind | null): UnitSubtype | null {
  const f = foldText(text);
  for (const [code, label] of Object.entries(UNIT_SUBTYPE_LABELS)) {
    if (f === code.replace(/_/g, ' ') || f === foldText(label)) return code as UnitSubtype;
  }
  const inferred = inferKind(`${text} x`);
  return inferred && (kind === null || inferred.kind === kind) ? inferred.subtype : null;
}

/** A heading row that starts a group of one kind: "I. KHU DÂN CƯ", "B. Cơ quan", "Các doanh nghiệp". */
export function sectionKind(text: string): UnitKind | null {
  const folded = foldText(text);
  const enumerated = /^([ivx]+|[a-e])[.)]\s*/.exec(folded);
  const f = enumerated ? folded.slice(enumerated[0].length) : folded;
  const groups: [RegExp, UnitKind][] = [
    [/^(cac )?(khu dan cu|thon, to dan pho|thon|to dan pho)$/, 'khu_dan_cu'],
    [/^(cac )?co quan( nha nuoc)?$/, 'co_quan'],
    [/^(cac )?doanh nghiep$/, 'doanh_nghiep'],
    [/^(cac )?(co so giao duc|truong hoc|nha truong)$/, 'co_so_giao_duc'],
  ];
  for (const [re, kind] of groups) {
    if (re.test(f) || (enumerated && re.test(f.split(/[,;(]/)[0]!.trim()))) return kind;
  }
  return null;
}

export function isTotalsRow(texts: string[]): boolean {
  // "Cộng" alone folds like the start of "Công ty", so short words must stand alone.
  return texts.some((t) => {
    // Folding is the costly part: a text whose first character is ASCII other than t, c, s cannot fold to a total.
    const first = t.trimStart().charCodeAt(0);
    if (first < 0x80 && !/[tcs]/i.test(String.fromCharCode(first))) return false;
    const f = foldText(t);
    return /^(tong cong|tong so|total)\b/.test(f) || /^(tong|cong|sum)\s*[:.]?$/.test(f);
  });
}
