import fs from 'node:fs';
import path from 'node:path';
import { startJob, type ReportProgress } from '../../api/jobs.ts';
import { forgetPicked, pickedPath, rememberPicked } from '../../api/pickedFiles.ts';
import { serviceContext, type AppContext, type PartialHandlerTable } from '../../api/types.ts';
import type { ExportDone } from '#shared/api/exchangeTypes.ts';
import { getSettings } from '../settings/index.ts';
import { PACKAGE_EXTENSION } from './container.ts';
import { exportCriteriaPackage } from './criteriaPackage.ts';
import { exportCommuneYear } from './exportPackage.ts';
import { exchangeOverview, receivedData, receivedFileCopy } from './received.ts';
import type { ImportStep } from './importPackage.ts';
import { importExchangePackage } from './service.ts';

const PACKAGE_FILTER = { name: 'Gói trao đổi dữ liệu', extensions: [PACKAGE_EXTENSION.replace(/^\./u, '')] };

/** A file name a secretary recognises on a USB stick; characters Windows refuses are dropped. */
function packageFileName(what: string, placeName: string): string {
  const name = [...`${what} - ${placeName}`]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/gu, ' ');
  return `${name.trim()}${PACKAGE_EXTENSION}`;
}

const pickedPackage = (app: AppContext, token: string) =>
  pickedPath(app, token, 'Không còn gói đã chọn. Hãy chọn lại tệp gói.');

const STEP_MESSAGES: Record<ImportStep, string> = {
  verify: 'Đang kiểm tra từng tệp trong gói (kích thước, mã SHA-256)...',
  files: 'Đang chép tệp đính kèm vào thư mục dữ liệu...',
  records: 'Đang ghi dữ liệu...',
};

/** Progress of an import, step by step, in sentences the user can read. */
function importProgress(report: ReportProgress) {
  let message = STEP_MESSAGES.verify;
  return {
    onStep: (step: ImportStep) => {
      message = STEP_MESSAGES[step];
      report(0, 0, message);
    },
    onProgress: (done: number, total: number) => report(done, total, message),
  };
}

export const exchangeHandlers: PartialHandlerTable = {
  'exchange.overview': async (_input, app) => exchangeOverview(app.store.db),
  'exchange.received': async (input, app) => receivedData(app.store.db, input.officeId, input.year),
  'exchange.openReceivedFile': async (input, app) => {
    await app.host.openPath(await receivedFileCopy(app.store.db, app.store.attachmentsDir, input));
    return null;
  },
  'exchange.export': async (input, app) => {
    const settings = await getSettings(app.store.db);
    const what = input.kind === 'criteria' ? 'Tiêu chí ANTT' : `Dữ liệu ANTT năm ${input.year}`;
    let target = await app.host.pickSavePath(packageFileName(what, settings.placeName), PACKAGE_FILTER);
    if (!target) return null;
    if (path.extname(target).toLowerCase() !== PACKAGE_EXTENSION) target = `${target}${PACKAGE_EXTENSION}`;
    const out = target;
    const jobId = startJob(app, 'Xuất gói dữ liệu', async (report, signal) => {
      report(0, 0, 'Đang đọc dữ liệu...');
      const options = {
        signal,
        onProgress: (done: number, total: number) => report(done, total, 'Đang ghi các tệp vào gói...'),
      };
      const ctx = serviceContext(app);
      const result =
        input.kind === 'criteria'
          ? await exportCriteriaPackage(ctx, out, options)
          : await exportCommuneYear(ctx, input.year, out, options);
      const done: ExportDone = {
        fileName: path.basename(out),
        size: fs.statSync(out).size,
        packageKind: input.kind,
        counts: result.counts,
      };
      return done;
    });
    return { jobId };
  },
  'exchange.preview': async (_input, app) => {
    const file = await app.host.pickOpenFile('Chọn gói dữ liệu cần nhập', PACKAGE_FILTER);
    if (!file) return null;
    const token = rememberPicked(app, file);
    const jobId = startJob(app, 'Kiểm tra gói dữ liệu', async (report, signal) => {
      const result = await importExchangePackage(serviceContext(app), file, {
        dryRun: true,
        signal,
        ...importProgress(report),
      });
      return result.preview;
    });
    return { jobId, token, fileName: path.basename(file) };
  },
  'exchange.apply': async (input, app) => {
    const file = pickedPackage(app, input.token);
    const jobId = startJob(app, 'Nhập gói dữ liệu', async (report, signal) => {
      const result = await importExchangePackage(serviceContext(app), file, {
        onConflict: input.onConflict,
        choices: input.choices,
        signal,
        ...importProgress(report),
      });
      forgetPicked(app, input.token);
      return result;
    });
    return { jobId };
  },
};
