// The one rule for text a person typed (API inputs and package records): no characters that hide or reorder what
// is shown (controls, bidi overrides, zero-width marks) and no broken UTF-16, so what is stored is what is seen.

/** Why a character is refused, in Vietnamese; the first offending character decides. */
const REFUSED: [RegExp, string][] = [
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u, 'ký tự điều khiển'],
  [/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u, 'ký tự đảo chiều văn bản'],
  [/[\u200b-\u200d\u2060\ufeff]/u, 'ký tự vô hình'],
];
const LINE_BREAKS = /[\t\n\r]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What is wrong with `value` as free text, or null when it is fine. Tab and line breaks pass only when
 * `multiline` (a note, an article of a decision); everything else is refused in any field.
 */
export function textProblem(value: string, multiline = false): string | null {
  if (LONE_SURROGATE.test(value)) return 'ký tự hỏng (mã hoá không hợp lệ)';
  if (!multiline && LINE_BREAKS.test(value)) return 'xuống dòng hoặc tab';
  for (const [re, what] of REFUSED) if (re.test(value)) return what;
  return null;
}

/** The Vietnamese message for a field whose text breaks the rule. */
export function textProblemMessage(label: string, problem: string): string {
  return `${label} có ${problem}, không lưu được. Hãy gõ lại nội dung (đừng dán từ nơi khác).`;
}
