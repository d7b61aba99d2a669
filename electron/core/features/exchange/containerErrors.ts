// Every way a package can be refused, as a DomainError with a Vietnamese message saying what is wrong and what to do.
import type { ErrorKind } from '#shared/api/result.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { DomainError } from '../../errors.ts';

export type PackageProblem =
  | 'unreadable'
  | 'empty'
  | 'not-zip'
  | 'corrupt'
  | 'too-many-entries'
  | 'bad-name'
  | 'duplicate-name'
  | 'not-regular-file'
  | 'encrypted'
  | 'unsupported-compression'
  | 'too-large'
  | 'compression-bomb'
  | 'missing-manifest'
  | 'bad-manifest'
  | 'not-exchange-package'
  | 'newer-version'
  | 'unlisted-entry'
  | 'missing-entry'
  | 'size-mismatch'
  | 'hash-mismatch'
  | 'not-json'
  | 'no-such-entry';

export class PackageError extends DomainError {
  readonly problem: PackageProblem;

  constructor(problem: PackageProblem, message: string, kind: ErrorKind = 'validation') {
    super(kind, message);
    this.name = 'PackageError';
    this.problem = problem;
  }
}

const RECOPY = 'Hãy chép lại gói từ USB (hoặc đề nghị nơi gửi xuất lại gói) rồi thử lại.';
const TAMPERED = 'Gói này không do ứng dụng tạo ra hoặc đã bị sửa đổi; không nhập gói này và báo cho nơi gửi.';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A name quoted for a message: control characters made visible, long names shortened. */
export function quoteName(name: string): string {
  const visible = name.replace(CONTROL_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${visible.length > 100 ? `${visible.slice(0, 97)}...` : visible}"`;
}

export const packageErrors = {
  notFound: () =>
    new PackageError('unreadable', 'Không tìm thấy tệp gói trao đổi dữ liệu. Hãy chọn lại tệp.', 'not-found'),
  unreadable: (code: string) =>
    new PackageError(
      'unreadable',
      `Không đọc được tệp gói trao đổi dữ liệu (lỗi ${code}). Hãy kiểm tra USB hoặc quyền truy cập tệp rồi thử lại.`,
      'io',
    ),
  notAFile: () =>
    new PackageError('unreadable', 'Đường dẫn đã chọn không phải là một tệp gói trao đổi dữ liệu. Hãy chọn lại tệp.'),
  empty: () => new PackageError('empty', `Tệp gói trao đổi dữ liệu rỗng (0 byte). ${RECOPY}`),
  notZip: () =>
    new PackageError(
      'not-zip',
      `Tệp không phải gói trao đổi dữ liệu (không đọc được dạng nén zip) hoặc gói bị cắt cụt. ${RECOPY}`,
    ),
  corrupt: (detail: string) => new PackageError('corrupt', `Gói trao đổi dữ liệu bị hỏng: ${detail}. ${RECOPY}`),
  tooManyEntries: (count: number, max: number) =>
    new PackageError('too-many-entries', `Gói có quá nhiều tệp (${count}, tối đa ${max}). ${TAMPERED}`),
  badName: (name: string, reason: string) =>
    new PackageError('bad-name', `Gói chứa tên tệp không an toàn ${quoteName(name)}: ${reason}. ${TAMPERED}`),
  badNameEncoding: () => new PackageError('bad-name', `Gói chứa tên tệp không mã hóa đúng UTF-8. ${TAMPERED}`),
  duplicateName: (name: string, other: string) =>
    new PackageError(
      'duplicate-name',
      name === other
        ? `Gói chứa hai tệp trùng tên ${quoteName(name)}. ${TAMPERED}`
        : `Gói chứa hai tệp trùng tên ${quoteName(other)} và ${quoteName(name)} (chỉ khác chữ hoa/thường hoặc cách ghi dấu tiếng Việt). ${TAMPERED}`,
    ),
  fileAndFolder: (name: string) =>
    new PackageError('duplicate-name', `Gói chứa ${quoteName(name)} vừa là tệp vừa là thư mục. ${TAMPERED}`),
  notRegularFile: (name: string, what: string) =>
    new PackageError('not-regular-file', `Gói chứa ${what} ${quoteName(name)}, không phải tệp thường. ${TAMPERED}`),
  encrypted: (name: string) =>
    new PackageError(
      'encrypted',
      `Tệp ${quoteName(name)} trong gói bị đặt mật khẩu (mã hóa); gói trao đổi không được mã hóa. ${TAMPERED}`,
    ),
  unsupportedCompression: (name: string, method: number) =>
    new PackageError(
      'unsupported-compression',
      `Tệp ${quoteName(name)} trong gói dùng phương thức nén không hỗ trợ (số ${method}). ${TAMPERED}`,
    ),
  entryTooLarge: (name: string, size: number, max: number) =>
    new PackageError(
      'too-large',
      `Tệp ${quoteName(name)} trong gói quá lớn (${formatFileSize(size)}, tối đa ${formatFileSize(max)}). ${TAMPERED}`,
    ),
  totalTooLarge: (max: number) =>
    new PackageError(
      'too-large',
      `Tổng dung lượng các tệp trong gói vượt quá giới hạn ${formatFileSize(max)}. ${TAMPERED}`,
    ),
  bomb: (name: string) =>
    new PackageError(
      'compression-bomb',
      `Tệp ${quoteName(name)} trong gói có tỉ lệ nén bất thường (có thể là "bom nén" làm đầy ổ đĩa). ${TAMPERED}`,
    ),
  missingManifest: () =>
    new PackageError(
      'missing-manifest',
      `Gói không có tệp mô tả (manifest.json) nên không phải gói trao đổi dữ liệu hợp lệ. ${RECOPY}`,
    ),
  badManifest: (detail: string) =>
    new PackageError('bad-manifest', `Tệp mô tả gói (manifest.json) không hợp lệ: ${detail}. ${RECOPY}`),
  notExchangePackage: () =>
    new PackageError(
      'not-exchange-package',
      'Tệp không phải gói trao đổi dữ liệu của ứng dụng An toàn ANTT. Hãy chọn đúng tệp gói (đuôi .anttpkg).',
    ),
  newerVersion: (found: number, supported: number) =>
    new PackageError(
      'newer-version',
      `Gói do phiên bản mới hơn của ứng dụng tạo ra (định dạng gói phiên bản ${found}, ứng dụng này chỉ đọc được đến phiên bản ${supported}). Hãy cập nhật ứng dụng rồi nhập lại gói.`,
    ),
  unlisted: (name: string) =>
    new PackageError(
      'unlisted-entry',
      `Gói chứa tệp ${quoteName(name)} không có trong tệp mô tả (manifest.json). ${TAMPERED}`,
    ),
  missingEntry: (name: string) =>
    new PackageError(
      'missing-entry',
      `Gói thiếu tệp ${quoteName(name)} được liệt kê trong tệp mô tả (manifest.json). ${RECOPY}`,
    ),
  sizeMismatch: (name: string) =>
    new PackageError(
      'size-mismatch',
      `Tệp ${quoteName(name)} trong gói có dung lượng khác với tệp mô tả (manifest.json). ${RECOPY}`,
    ),
  hashMismatch: (name: string) =>
    new PackageError(
      'hash-mismatch',
      `Nội dung tệp ${quoteName(name)} trong gói không khớp mã kiểm tra SHA-256 (tệp bị hỏng hoặc bị sửa). ${RECOPY}`,
    ),
  notJson: (name: string) =>
    new PackageError('not-json', `Tệp ${quoteName(name)} trong gói không phải dữ liệu JSON hợp lệ. ${RECOPY}`),
  noSuchEntry: (name: string) => new PackageError('no-such-entry', `Gói không có tệp ${quoteName(name)}. ${RECOPY}`),
};
