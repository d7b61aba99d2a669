// backup, restore and check on the command line: the same services the app's backup page uses.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_COUNT_LABELS, type BackupInspection } from '#shared/api/backupTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import type { ServiceContext } from '../core/context.ts';
import { backupFileName } from '../core/features/backup/auto.ts';
import { checkData } from '../core/features/backup/check.ts';
import { createBackup } from '../core/features/backup/create.ts';
import { checkBackupTarget } from '../core/features/backup/handlers.ts';
import { restoreBackup } from '../core/features/backup/restore.ts';
import { assertFolderFree } from '../core/db/folderLock.ts';
import { UsageError, type ParsedArgs } from './args.ts';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: ParsedArgs, ctx: ServiceContext, io: Io) => Promise<number>;

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function inspectionLines(i: BackupInspection): string[] {
  const lines = [
    `Bản sao lưu ${i.fileName}, tạo lúc ${formatDateTimeVi(i.createdAt)} (phiên bản ${i.appVersion})${i.office ? ` của ${i.office}` : ''}:`,
  ];
  for (const [table, label] of Object.entries(BACKUP_COUNT_LABELS)) {
    if (i.counts[table] !== undefined) lines.push(`  ${label}: ${formatNumberVi(i.counts[table])}`);
  }
  lines.push(`  Tệp đính kèm: ${formatNumberVi(i.attachments.count)} tệp, ${formatFileSize(i.attachments.bytes)}`);
  for (const w of i.warnings) lines.push(`  Lưu ý: ${w}`);
  return lines;
}

export const backupCommands: Record<string, Command> = {
  async backup(args, ctx, io) {
    const out = args.flags.get('out');
    if (typeof out !== 'string') throw new UsageError('Thiếu --out (tệp hoặc thư mục ghi bản sao lưu).');
    let target = path.resolve(out);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory())
      target = path.join(target, backupFileName(ctx.now()));
    checkBackupTarget(ctx.store.dataDir, target);
    const created = await createBackup(ctx.store, target, { label: 'manual', now: ctx.now });
    if (args.flags.has('json')) io.out(json({ ...created, path: target }));
    io.err(`Đã sao lưu ${created.files} tệp (${formatFileSize(created.size)}) vào ${target}.`);
    return 0;
  },

  async restore(args, ctx, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('Thiếu đường dẫn tệp sao lưu cần phục hồi.');
    // Replacing the data under an open app would leave it working on files that are gone.
    assertFolderFree(ctx.store.dataDir, 'phục hồi (hoặc phục hồi ngay trong phần mềm, mục "Sao lưu và phục hồi")');
    const { store, result } = await restoreBackup(ctx.store, path.resolve(file), {
      now: ctx.now,
      actor: ctx.actor,
      onVerified: (inspection) => {
        for (const line of inspectionLines(inspection)) io.err(line);
        io.err('Bản sao lưu nguyên vẹn. Đang sao lưu dữ liệu hiện tại rồi thay bằng dữ liệu trên...');
      },
    });
    await store.close();
    if (args.flags.has('json')) io.out(json(result));
    io.err(`Đã phục hồi. Dữ liệu trước đó được giữ trong bản sao lưu ${result.previousDataBackup}.`);
    return 0;
  },

  async check(args, ctx, io) {
    const report = await checkData(ctx.store);
    if (args.flags.has('json')) io.out(json(report));
    if (report.sound) {
      io.err(
        `Dữ liệu nguyên vẹn: cơ sở dữ liệu, ${report.checked.attachments} tệp đính kèm và ${report.checked.issuedFiles} văn bản đã ban hành.`,
      );
      return 0;
    }
    io.err(`Phát hiện ${report.problems.length} vấn đề:`);
    for (const p of report.problems) io.err(`  ${p}`);
    io.err('Hãy phục hồi từ một bản sao lưu gần nhất, hoặc báo cán bộ kỹ thuật.');
    return 1;
  },
};
