// Entry path rules, the same for the writer, the manifest and the reader: a path that passes is safe to use as a
// relative file name on Windows, macOS and Linux, and two paths that pass never name the same file there.

export const MAX_PATH_CHARS = 240;

// Windows refuses these in file names; ':' also covers drive letters and NTFS alternate data streams.
const FORBIDDEN_CHARS = /[:*?"<>|]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /\p{Cs}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Why `path` is not an acceptable entry path (Vietnamese, for a message), or null when it is. */
export function pathProblem(path: string): string | null {
  if (path.length === 0) return 'tên rỗng';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'là đường dẫn tuyệt đối';
  if (path.includes('\\')) return 'chứa dấu gạch ngược "\\"';
  const segments = path.split('/');
  if (segments.includes('..')) return 'chứa ".." trỏ ra ngoài thư mục của gói';
  // Most paths are plain ASCII (ids, extensions); only the others need the Unicode checks.
  if (!PRINTABLE_ASCII.test(path)) {
    if (CONTROL_CHARS.test(path)) return 'chứa ký tự điều khiển';
    if (LONE_SURROGATE.test(path)) return 'chứa ký tự Unicode không hợp lệ';
    if (path.normalize('NFC') !== path) return 'chưa chuẩn hóa Unicode dạng NFC';
  }
  if (FORBIDDEN_CHARS.test(path)) return 'chứa ký tự không được phép trong tên tệp (: * ? " < > |)';
  if (path.length > MAX_PATH_CHARS && [...path].length > MAX_PATH_CHARS) return `dài quá ${MAX_PATH_CHARS} ký tự`;
  for (const segment of segments) {
    if (segment === '' || segment === '.') return 'có phần tên rỗng hoặc "."';
    if (segment.endsWith('.') || segment.endsWith(' ')) return 'có phần tên kết thúc bằng dấu chấm hoặc dấu cách';
  }
  return null;
}

/** Two paths with the same key would be the same file on a case-insensitive file system. */
export function pathKey(path: string): string {
  return (PRINTABLE_ASCII.test(path) ? path : path.normalize('NFC')).toLowerCase();
}

/** Every proper folder prefix of a path: "a/b/c" -> ["a", "a/b"]. */
export function parentFolders(path: string): string[] {
  const folders: string[] = [];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) folders.push(path.slice(0, i));
  return folders;
}

// Formats that are compressed already: deflating them again costs time and saves nothing.
const STORED_EXTENSIONS = new Set([
  ...['pdf', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'heif', 'tif', 'tiff', 'jp2'],
  ...['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'zip', '7z', 'rar', 'gz', 'bz2', 'xz', 'zst'],
  ...['mp3', 'mp4', 'm4a', 'mov', 'avi', 'mkv', 'webm', 'ogg', 'aac', 'anttpkg'],
]);

export function isPrecompressed(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && STORED_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
