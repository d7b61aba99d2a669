// Command line over the same services as the app, for IT staff and automation.
// Exit codes: 0 success, 1 other failure, 2 bad usage, 3 input rejected (nothing changed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import type { ServiceContext } from '../core/context.ts';
import { openDataFolder } from '../core/dataFolder.ts';
import { withFolderLock } from '../core/db/folderLock.ts';
import type { DataStore } from '../core/db/open.ts';
import { mapSqliteError } from '../core/db/sqliteErrors.ts';
import { DomainError } from '../core/errors.ts';
import { removeOpenedCopies } from '../core/attachments/readOnlyCopy.ts';
import { queryUnits } from '../core/features/units/service.ts';
import { acceptedAssignments, attachFiles, previewFolder } from '../core/features/dossiers/attach.ts';
import { roundOverview } from '../core/features/round/overview.ts';
import { exportCommuneYear } from '../core/features/exchange/exportPackage.ts';
import { exportCriteriaPackage } from '../core/features/exchange/criteriaPackage.ts';
import { importExchangePackage } from '../core/features/exchange/service.ts';
import { PACKAGE_KIND_LABELS, RECORD_KINDS, RECORD_KIND_LABELS, type KindCounts } from '#shared/api/exchangeTypes.ts';
import { ROUND_STATUS_LABELS, type RoundStatus } from '#shared/domain/round.ts';
import { formatDateVi, localIsoDate } from '#shared/text/dates.ts';
import { defaultDataDir } from '../core/paths.ts';
import { parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { backupCommands } from './backupCommands.ts';
import { modelCommands } from './modelCommands.ts';
import { roundCommands } from './roundCommands.ts';

const HELP = `Cách dùng: npm run -s cli -- <lệnh> [tùy chọn]

Lệnh:
  demo [--year Y]                       tạo dữ liệu mẫu (một xã với các khu dân cư, cơ quan, doanh nghiệp, trường học;
                                        xã tự đăng ký, có hồ sơ và tự đánh giá để gửi cấp trên)
  units [--kind LOẠI]                   liệt kê đơn vị
  import-units TỆP [--kind LOẠI] [--sheet TRANG] [--dry-run] [--skip-errors]
                                        nhập đơn vị từ tệp Excel (.xlsx, .xls); --skip-errors: nhập các dòng
                                        đúng, bỏ qua và kể tên các dòng lỗi
  status --year Y                       tình hình đợt xét: đăng ký, hồ sơ, thẩm định, công nhận, tiêu chí 4 của xã
  import-incidents TỆP [--dry-run]      nhập sổ theo dõi vụ việc từ tệp Excel (Ngày, Khu dân cư / Đơn vị, Loại vụ việc,
                                        Nội dung): đủ cả tệp hoặc không ghi gì
  appraisal --year Y [--unit TÊN]       thẩm định từng hồ sơ: đánh giá đã lưu, gợi ý từ dữ liệu và lý do theo tiêu chí
  export-decisions --year Y --out THƯ_MỤC
                                        xuất các quyết định đã ban hành của năm, danh sách và giấy công nhận (.docx)
  verify-docx TỆP                       kiểm tra tệp .docx có phải bản gốc đã ban hành (mã thoát 0) hay không (3)
  export-package --year Y --out TỆP     xuất gói trao đổi dữ liệu năm Y (đơn vị, hồ sơ, tệp, quyết định) ra USB
  export-package --criteria --out TỆP   xuất gói bộ tiêu chí và mẫu quyết định cho cấp dưới
  import-package TỆP [--dry-run] [--on-conflict keep|take]
                                        nhập gói (của xã, phường hoặc gói tiêu chí của cấp trên): kiểm tra toàn bộ
                                        trước, rồi ghi một lần
  attach-folder THƯ_MỤC --year Y [--dry-run]
                                        nhận tệp hồ sơ từ thư mục (USB), tự khớp đơn vị và thành phần hồ sơ
  import-models TỆP [--dry-run]         nhập danh sách mô hình (mỗi dòng một điểm: tên, loại, đơn vị, số và ngày quyết
                                        định, nơi áp dụng, số tổ, số thành viên): đủ cả tệp hoặc không ghi gì
  models --year Y                       thống kê mô hình theo tên, số điểm, số tổ; hiệu quả, thanh loại, theo loại
  backup --out TỆP_HOẶC_THƯ_MỤC         sao lưu toàn bộ dữ liệu (kể cả tệp đính kèm) ra một tệp .zip
  restore TỆP                           phục hồi từ tệp sao lưu (kiểm tra trước; dữ liệu hiện tại được sao lưu lại)
  check                                 kiểm tra dữ liệu: cơ sở dữ liệu, tệp đính kèm, văn bản (mã thoát 0 khi nguyên vẹn)

Tùy chọn chung:
  --data THƯ_MỤC   thư mục dữ liệu (mặc định: thư mục của ứng dụng)
  --json           in kết quả dạng JSON ra stdout

Loại đơn vị: ${UNIT_KINDS.join(', ')}`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: ParsedArgs, ctx: ServiceContext, io: Io) => Promise<number>;

function kindFlag(args: ParsedArgs): UnitKind | undefined {
  const kind = args.flags.get('kind');
  if (kind === undefined) return undefined;
  if (typeof kind !== 'string' || !(UNIT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`Loại đơn vị "${String(kind)}" không hợp lệ. Dùng một trong: ${UNIT_KINDS.join(', ')}.`);
  }
  return kind as UnitKind;
}

function yearFlag(args: ParsedArgs, now: Date): number {
  const raw = args.flags.get('year');
  if (raw === undefined) return now.getFullYear();
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`Năm "${String(raw)}" không hợp lệ.`);
  return year;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

const commands: Record<string, Command> = {
  ...backupCommands,
  ...roundCommands,
  ...modelCommands,
  async demo(args, ctx, io) {
    const year = yearFlag(args, ctx.now());
    const { seedDemo } = await import('../core/features/demo/service.ts');
    const result = await seedDemo(ctx, year);
    io.err(`Đã tạo dữ liệu mẫu năm ${year}: thêm ${result.unitsCreated} đơn vị (tổng ${result.unitsTotal}).`);
    if (args.flags.has('json')) io.out(json({ year, ...result }));
    return 0;
  },

  async units(args, ctx, io) {
    const kind = kindFlag(args);
    const units = await queryUnits(ctx.store.db, kind ? { kind } : {});
    if (args.flags.has('json')) io.out(json(units));
    else for (const u of units) io.out(`${u.id}\t${u.kind}\t${u.name}\t${u.households ?? ''}`);
    io.err(`${units.length} đơn vị.`);
    return 0;
  },

  async status(args, ctx, io) {
    const year = yearFlag(args, ctx.now());
    const overview = await roundOverview(ctx.store.db, year, localIsoDate(ctx.now()));
    const c = overview.communeCriterion4;
    if (args.flags.has('json')) io.out(json(overview));
    else {
      io.out(
        `Năm ${year}: ${overview.total} đơn vị, ${overview.registered} đã đăng ký, ${overview.recognized} đã công nhận.`,
      );
      for (const [status, n] of Object.entries(overview.byStatus))
        io.out(`  ${ROUND_STATUS_LABELS[status as RoundStatus]}: ${n}`);
    }
    io.err(
      `Tiêu chí 4 của xã: ${c.registered}/${c.total} đăng ký, ${c.recognized} công nhận (cần ${c.required})${c.meets ? ' — đạt' : ''}.`,
    );
    for (const d of overview.deadlines.filter((x) => x.overdue)) {
      io.err(
        `  Quá hạn: ${d.label} (${UNIT_KIND_LABELS[d.kind]}) ngày ${formatDateVi(d.date)}, còn ${d.pending} đơn vị.`,
      );
    }
    return 0;
  },

  async 'attach-folder'(args, ctx, io) {
    const dir = args.positionals[0];
    if (!dir) throw new UsageError('Thiếu thư mục cần nhận tệp.');
    if (!args.flags.has('year')) throw new UsageError('Thiếu --year (năm của đợt xét).');
    const year = yearFlag(args, ctx.now());
    const folder = path.resolve(dir);
    const proposals = await previewFolder(ctx.store.db, folder, year);
    const accepted = acceptedAssignments(proposals);
    const files = proposals.map((p, i) => ({
      path: p.relativePath,
      unit: accepted[i]!.unitId === null ? null : p.unitName,
      unitId: accepted[i]!.unitId,
      component: accepted[i]!.componentCode,
      unitConfidence: p.unitConfidence,
      componentConfidence: p.componentConfidence,
      reason: p.reason,
      refused: p.refused,
    }));
    const unmatched = files.filter((f) => f.unit === null).map((f) => f.path);
    if (args.flags.has('dry-run')) {
      if (args.flags.has('json')) io.out(json({ dryRun: true, year, files, unmatched }));
      io.err(`Thử nhận (không ghi): ${files.length - unmatched.length}/${files.length} tệp khớp đơn vị.`);
    } else {
      const result = await attachFiles(ctx, folder, year, accepted);
      if (args.flags.has('json')) io.out(json({ dryRun: false, ...result, files }));
      io.err(
        `Đã nhận ${result.attached} tệp vào hồ sơ năm ${year} (${result.alreadyPresent} tệp đã có, ${result.dossiersCreated} hồ sơ mới).`,
      );
    }
    for (const f of unmatched) io.err(`  Chưa khớp đơn vị: ${f}`);
    for (const f of files) if (f.refused) io.err(`  Không nhận: ${f.path} (${f.refused})`);
    return 0;
  },

  async 'export-decisions'(args, ctx, io) {
    if (!args.flags.has('year')) throw new UsageError('Thiếu --year (năm của đợt xét).');
    const out = args.flags.get('out');
    if (typeof out !== 'string') throw new UsageError('Thiếu --out (thư mục ghi tệp).');
    const year = yearFlag(args, ctx.now());
    const { exportIssued } = await import('../core/features/decisions/issue.ts');
    const files = await exportIssued(ctx.store.db, ctx.store.dataDir, year, path.resolve(out));
    if (args.flags.has('json')) io.out(json({ year, files }));
    io.err(`Đã xuất ${files.length} tệp quyết định, danh sách và giấy công nhận năm ${year} vào ${path.resolve(out)}.`);
    return 0;
  },

  async 'verify-docx'(args, ctx, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('Thiếu đường dẫn tệp .docx cần kiểm tra.');
    let data: Buffer;
    try {
      data = fs.readFileSync(path.resolve(file));
    } catch {
      throw new DomainError('validation', `Không đọc được tệp "${file}".`);
    }
    const { verifyIssuedFile } = await import('../core/features/decisions/issue.ts');
    const v = await verifyIssuedFile(ctx.store.db, data);
    if (args.flags.has('json')) io.out(json(v));
    if (!v.original) {
      io.err('Tệp KHÔNG phải bản gốc đã ban hành (đã bị sửa, hoặc không do phần mềm này ban hành).');
      return 3;
    }
    io.err(
      `Tệp là bản gốc ${v.fileKind === 'decision' ? 'quyết định' : 'giấy công nhận'} số ${v.number} ngày ${formatDateVi(v.signedOn)}.`,
    );
    return 0;
  },

  async 'export-package'(args, ctx, io) {
    const criteria = args.flags.has('criteria');
    if (criteria && args.flags.has('year'))
      throw new UsageError('Gói tiêu chí không theo năm: dùng --criteria hoặc --year, không dùng cả hai.');
    if (!criteria && !args.flags.has('year'))
      throw new UsageError('Thiếu --year (năm cần xuất) hoặc --criteria (gói tiêu chí và mẫu văn bản).');
    const out = args.flags.get('out');
    if (typeof out !== 'string') throw new UsageError('Thiếu --out (tệp gói cần ghi, đuôi .anttpkg).');
    if (criteria) {
      const result = await exportCriteriaPackage(ctx, path.resolve(out));
      if (args.flags.has('json'))
        io.out(json({ file: path.resolve(out), packageId: result.manifest.packageId, ...result.counts }));
      io.err(
        `Đã xuất gói tiêu chí: ${result.counts.criteriaSets} bộ tiêu chí, ${result.counts.templates} mẫu văn bản → ${path.resolve(out)}.`,
      );
      return 0;
    }
    const year = yearFlag(args, ctx.now());
    const result = await exportCommuneYear(ctx, year, path.resolve(out));
    if (args.flags.has('json'))
      io.out(json({ file: path.resolve(out), packageId: result.manifest.packageId, ...result.counts }));
    io.err(
      `Đã xuất gói năm ${year}: ${result.counts.units} đơn vị, ${result.counts.dossiers} hồ sơ, ${result.counts.decisions} quyết định, ${result.counts.files} tệp → ${path.resolve(out)}.`,
    );
    return 0;
  },

  async 'import-package'(args, ctx, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('Thiếu đường dẫn tệp gói cần nhập.');
    const onConflict = args.flags.get('on-conflict') ?? 'keep';
    if (onConflict !== 'keep' && onConflict !== 'take') {
      throw new UsageError('--on-conflict chỉ nhận "keep" (giữ bản ở đây) hoặc "take" (lấy bản trong gói).');
    }
    const dryRun = args.flags.has('dry-run');
    const result = await importExchangePackage(ctx, path.resolve(file), { dryRun, onConflict });
    if (args.flags.has('json')) io.out(json(result));
    const p = result.preview;
    const line = (label: string, c: KindCounts) =>
      `  ${label}: ${c.new} mới, ${c.changed} thay đổi, ${c.conflicting} xung đột, ${c.unchanged} không đổi`;
    io.err(
      `Gói ${PACKAGE_KIND_LABELS[p.packageKind].toLowerCase()} của ${p.office.name}${p.year ? ` năm ${p.year}` : ''}, tạo lúc ${p.createdAt}${p.alreadyImported ? ' (đã nhập trước đây)' : ''}:`,
    );
    for (const kind of RECORD_KINDS) {
      const c = p.counts[kind];
      if (c.new + c.changed + c.conflicting + c.unchanged > 0) io.err(line(RECORD_KIND_LABELS[kind], c));
    }
    for (const c of p.conflicts.slice(0, 20)) io.err(`  Xung đột: ${c.label} — ${c.reason}`);
    if (dryRun) io.err('Thử nhập: chưa ghi gì.');
    else if (!result.applied) io.err('Không có gì thay đổi.');
    else
      io.err(
        `Đã nhập: ${RECORD_KINDS.filter(
          (k) => p.counts[k].new + p.counts[k].changed + p.counts[k].conflicting + p.counts[k].unchanged > 0,
        )
          .map((k) => `${result.written[k]} ${RECORD_KIND_LABELS[k].toLowerCase()}`)
          .join(', ')}.`,
      );
    return 0;
  },

  async 'import-units'(args, ctx, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('Thiếu đường dẫn tệp Excel cần nhập.');
    const kind = kindFlag(args);
    const sheet = args.flags.get('sheet');
    const options = { ...(kind ? { kind } : {}), ...(typeof sheet === 'string' ? { sheet } : {}) };
    const filePath = path.resolve(file);
    if (args.flags.has('dry-run')) {
      const { analyzeFile } = await import('../core/features/unitImport/service.ts');
      const analysis = await analyzeFile(ctx.store.db, filePath, options);
      if (args.flags.has('json')) io.out(json({ dryRun: true, ...analysis }));
      io.err(
        `Thử nhập (không ghi): ${analysis.counts.new} đơn vị mới, ${analysis.counts.duplicate} trùng, ${analysis.counts.skipped} dòng bỏ qua, ${analysis.counts.error} dòng lỗi.`,
      );
      for (const r of analysis.rows.filter((x) => x.problems.length))
        io.err(`  Dòng ${r.rowNumber}: ${r.problems.join(' ')}`);
      return analysis.counts.error > 0 ? 3 : 0;
    }
    const { commitImport } = await import('../core/features/unitImport/service.ts');
    const result = await commitImport(ctx, filePath, { ...options, skipErrors: args.flags.has('skip-errors') });
    if (args.flags.has('json'))
      io.out(
        json({
          dryRun: false,
          batch: result.batch,
          created: result.created,
          skipped: result.skipped,
          errorRows: result.errorRows,
          ...result.analysis,
        }),
      );
    io.err(`Đã nhập ${result.created} đơn vị (lần nhập số ${result.batch.id}); bỏ qua ${result.skipped} dòng.`);
    if (result.errorRows.length > 0)
      io.err(`Bỏ qua ${result.errorRows.length} dòng có lỗi: dòng ${result.errorRows.join(', ')}.`);
    for (const r of result.analysis.rows.filter((x) => x.problems.length))
      io.err(`  Dòng ${r.rowNumber}: ${r.problems.join(' ')}`);
    return 0;
  },
};

export async function runCli(argv: readonly string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (!args.command || args.flags.has('help') || args.command === 'help') {
    (args.command ? io.out : io.err)(HELP);
    return args.command ? 0 : 2;
  }
  const command = commands[args.command];
  if (!command) {
    io.err(`Không có lệnh "${args.command}".\n\n${HELP}`);
    return 2;
  }
  try {
    // Check flag values before touching the data folder, so bad usage creates nothing.
    kindFlag(args);
    yearFlag(args, now());
    const data = args.flags.get('data');
    const dataDir = path.resolve(typeof data === 'string' ? data : defaultDataDir());
    // The whole command, from opening the folder to closing it, under the folder lock: shared, a restore exclusive.
    // Work waiting for a restore, or a restore waiting for work, gives up after a while and fails saying so.
    return await withFolderLock(dataDir, args.command === 'restore' ? 'exclusive' : 'shared', async () => {
      const store: DataStore = openDataFolder(dataDir);
      const ctx: ServiceContext = { store, actor: `cli:${os.userInfo().username}`, now };
      try {
        return await command(args, ctx, io);
      } finally {
        await store.close();
      }
    });
  } catch (thrown) {
    // SQLite's own errors read as the app's Vietnamese messages, from the same one translation.
    const error = mapSqliteError(thrown);
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof DomainError) {
      io.err(error.message);
      return error.kind === 'io' || error.kind === 'internal' || error.kind === 'locked' ? 1 : 3;
    }
    io.err(`Lỗi không mong đợi: ${(error as Error).message ?? String(error)}`);
    return 1;
  } finally {
    removeOpenedCopies();
  }
}

if (import.meta.main) {
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  });
  process.exitCode = code;
}
