// The file types the app keeps and opens: documents and scans a secretary reads, nothing a system can run.
// The content of each type is checked as well (electron/core/attachments/signature.ts); this list is what users see.

export const VIEWABLE_TYPES = {
  pdf: 'PDF',
  doc: 'Word 97-2003',
  docx: 'Word',
  xls: 'Excel 97-2003',
  xlsx: 'Excel',
  odt: 'OpenDocument văn bản',
  ods: 'OpenDocument bảng tính',
  jpg: 'ảnh JPEG',
  jpeg: 'ảnh JPEG',
  png: 'ảnh PNG',
  tif: 'ảnh TIFF',
  tiff: 'ảnh TIFF',
} as const;

export type ViewableExtension = keyof typeof VIEWABLE_TYPES;

/** For messages: ".pdf, .doc, …". */
export const VIEWABLE_LIST = Object.keys(VIEWABLE_TYPES)
  .map((e) => `.${e}`)
  .join(', ');

export function isViewableExtension(extension: string): extension is ViewableExtension {
  return Object.hasOwn(VIEWABLE_TYPES, extension);
}

// Names Windows keeps for devices, whatever follows the first dot ("con.pdf" is the console too).
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;
const MAX_NAME_UNITS = 255;
const MAX_NAME_BYTES = 255;

/** What is wrong with a file name (the last part of a path), or null. Nothing is cleaned: a bad name is refused. */
export function fileNameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'tên tệp trống hoặc là "." / ".."';
  if (name.length > MAX_NAME_UNITS || new TextEncoder().encode(name).length > MAX_NAME_BYTES) return 'tên tệp quá dài';
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(name)) return 'tên tệp có ký tự điều khiển';
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u.test(name)) return 'tên tệp có ký tự đảo chiều văn bản';
  if (/[\u200b-\u200d\u2060\ufeff]/u.test(name)) return 'tên tệp có ký tự vô hình';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name))
    return 'tên tệp có ký tự hỏng';
  if (/[. ]$/u.test(name)) return 'tên tệp kết thúc bằng dấu chấm hoặc dấu cách';
  if (DEVICE.test(name)) return 'tên tệp trùng tên thiết bị của Windows';
  return null;
}

/** The extension as the system sees it: what follows the last dot, lower case ("a.pdf   .exe" is an .exe). */
export function extensionOfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Why a file of this name is not kept or opened (name rule, then type), or null when it may be. */
export function viewableNameProblem(name: string): string | null {
  const problem = fileNameProblem(name);
  if (problem) return problem;
  const extension = extensionOfName(name);
  if (!isViewableExtension(extension))
    return extension
      ? `loại tệp ".${extension}" không được nhận (chỉ nhận ${VIEWABLE_LIST})`
      : `tệp không có phần mở rộng (chỉ nhận ${VIEWABLE_LIST})`;
  return null;
}
