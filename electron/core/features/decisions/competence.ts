// A commune's People's Committee recognises the units it manages, never the commune itself (Thông tư 124,
// Điều 10): the commune's own dossier goes up to the level named in the settings.
import type { OfficeSettings } from '#shared/api/types.ts';
import { communeRecogniser } from '#shared/domain/competence.ts';
import { DomainError } from '../../errors.ts';

export function assertWithinCompetence(settings: OfficeSettings, rows: readonly { name: string; kind: string }[]) {
  if (settings.level === 'cap_tren') return;
  const own = rows.find((r) => r.kind === 'xa_phuong');
  if (own) {
    throw new DomainError(
      'validation',
      `"${own.name}" là chính xã, phường này: Ủy ban nhân dân không tự công nhận mình. Hồ sơ của xã gửi lên ${communeRecogniser(settings).name} để xét công nhận.`,
    );
  }
}
