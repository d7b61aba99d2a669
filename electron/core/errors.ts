// Typed domain errors: every failure that reaches a user carries a kind and a Vietnamese message.
import type { ApiError, ErrorKind, FieldProblem } from '#shared/api/result.ts';

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly fields: FieldProblem[] | undefined;

  constructor(kind: ErrorKind, message: string, fields?: FieldProblem[]) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.fields = fields;
  }

  toApiError(): ApiError {
    return this.fields
      ? { kind: this.kind, message: this.message, fields: this.fields }
      : { kind: this.kind, message: this.message };
  }
}

export const notFound = (what: string) =>
  new DomainError('not-found', `Không tìm thấy ${what}. Có thể dữ liệu đã bị xóa; hãy tải lại danh sách.`);
