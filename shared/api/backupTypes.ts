// Backups, restores, data checks and long-running jobs as the renderer sees them: names and counts, never paths.
import { z } from 'zod';
import type { ApiError } from './result.ts';

/** Why a backup file exists: the schedule or app exit, a manual copy, or the data kept just before a restore. */
export type BackupLabel = 'auto' | 'manual' | 'before-restore';

export const BACKUP_LABELS: Record<BackupLabel, string> = {
  auto: 'Tự động',
  manual: 'Sao lưu thủ công',
  'before-restore': 'Trước khi phục hồi',
};

/** The tables shown before a restore, in this order, with their Vietnamese names. */
export const BACKUP_COUNT_LABELS: Record<string, string> = {
  units: 'Đơn vị',
  campaigns: 'Đợt xét (năm)',
  registrations: 'Đăng ký',
  dossiers: 'Hồ sơ',
  dossier_files: 'Tệp hồ sơ',
  attachments: 'Tệp đính kèm (không trùng)',
  incidents: 'Vụ việc',
  decisions: 'Quyết định',
  issued_files: 'Văn bản đã ban hành',
  users: 'Tài khoản',
};

export interface BackupInspection {
  fileName: string;
  createdAt: string;
  appVersion: string;
  /** The last migration applied to the backed-up database. */
  schemaVersion: string;
  office: string | null;
  label: BackupLabel;
  /** Rows per table, read from the database inside the backup. */
  counts: Record<string, number>;
  attachments: { count: number; bytes: number };
  issuedFiles: { count: number; bytes: number };
  /** Problems that do not stop a restore, e.g. an attachment row whose file was already missing. */
  warnings: string[];
}

export interface BackupEntry {
  /** A file name in the automatic backups folder, never a path. */
  name: string;
  createdAt: string;
  size: number;
  label: BackupLabel;
}

export const backupConfigSchema = z.object({
  /** How many automatic backups of each kind are kept. */
  keep: z
    .number({ error: 'Hãy nhập số bản giữ lại.' })
    .int()
    .min(1, 'Giữ lại ít nhất 1 bản.')
    .max(100, 'Giữ lại tối đa 100 bản.'),
  /** Hours between scheduled backups. */
  intervalHours: z
    .number({ error: 'Hãy nhập số giờ giữa hai lần sao lưu.' })
    .int()
    .min(1, 'Ít nhất 1 giờ.')
    .max(720, 'Tối đa 720 giờ (30 ngày).'),
});
export type BackupConfig = z.infer<typeof backupConfigSchema>;

export interface BackupListing {
  backups: BackupEntry[];
  config: BackupConfig;
  lastBackupAt: string | null;
}

export interface BackupCreated {
  fileName: string;
  size: number;
  createdAt: string;
  files: number;
}

export interface RestoreResult {
  inspection: BackupInspection;
  /** The automatic backup of the data that was replaced. */
  previousDataBackup: string;
}

export interface DataCheckReport {
  sound: boolean;
  problems: string[];
  checked: { attachments: number; issuedFiles: number };
}

export type JobStateName = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  label: string;
  state: JobStateName;
  done: number;
  total: number;
  message: string | null;
  /** The job's return value once done; its type is known to whoever started the job. */
  result: unknown;
  error: ApiError | null;
}

/** What a call that starts a job returns; `T` is the type of the job's result, for the renderer's typing only. */
export interface JobStarted<T> {
  jobId: string;
  /** Phantom: never sent. */
  resultType?: T;
}
