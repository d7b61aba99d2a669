// The single place where SQLite error codes become domain errors. Never match on message text.
import { DomainError } from '../errors.ts';

interface SqliteLikeError {
  code: string;
}

function isSqliteError(error: unknown): error is SqliteLikeError & Error {
  return (
    error instanceof Error &&
    typeof (error as unknown as Partial<SqliteLikeError>).code === 'string' &&
    (error as unknown as SqliteLikeError).code.startsWith('SQLITE_')
  );
}

export function mapSqliteError(error: unknown): unknown {
  if (!isSqliteError(error)) return error;
  const code = error.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new DomainError('conflict', 'Dữ liệu này đã có (trùng). Hãy kiểm tra lại tên hoặc mã.');
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new DomainError(
      'conflict',
      'Không thực hiện được vì dữ liệu đang được nơi khác sử dụng hoặc tham chiếu tới mục không còn.',
    );
  }
  if (code === 'SQLITE_CONSTRAINT_TRIGGER') {
    return new DomainError('conflict', 'Dữ liệu đã khóa (ví dụ văn bản đã ký), không thể sửa.');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new DomainError('validation', 'Dữ liệu không hợp lệ nên không lưu được. Hãy kiểm tra các trường bắt buộc.');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DomainError(
      'locked',
      'Cơ sở dữ liệu đang bận (có thể một cửa sổ khác đang ghi). Hãy thử lại sau ít giây.',
    );
  }
  if (code === 'SQLITE_FULL') {
    return new DomainError('io', 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.');
  }
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code.startsWith('SQLITE_CANTOPEN')) {
    return new DomainError('io', 'Không ghi được vào thư mục dữ liệu. Hãy kiểm tra quyền ghi hoặc ổ đĩa.');
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new DomainError(
      'io',
      'Tệp cơ sở dữ liệu bị hỏng hoặc không phải dữ liệu của ứng dụng. Hãy phục hồi từ bản sao lưu.',
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new DomainError('io', 'Lỗi đọc ghi ổ đĩa. Hãy kiểm tra ổ đĩa rồi thử lại.');
  }
  return new DomainError(
    'internal',
    'Lỗi cơ sở dữ liệu không mong đợi. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật.',
  );
}
