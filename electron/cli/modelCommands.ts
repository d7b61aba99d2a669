// CLI commands over the models registry: the year's counts by the national rule, and the import of the models
// list offices keep in spreadsheets.
import path from 'node:path';
import type { ServiceContext } from '../core/context.ts';
import { UsageError, type ParsedArgs } from './args.ts';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: ParsedArgs, ctx: ServiceContext, io: Io) => Promise<number>;

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const modelCommands: Record<string, Command> = {
  async models(args, ctx, io) {
    if (!args.flags.has('year')) throw new UsageError('Thiếu --year (năm cần thống kê mô hình).');
    const year = Number(args.flags.get('year'));
    const { modelCounts } = await import('../core/features/models/index.ts');
    const counts = await modelCounts(ctx.store.db, year);
    const { models, points, teams, effective, retired, byType } = counts;
    if (args.flags.has('json')) io.out(json({ models, points, teams, effective, retired, byType }));
    else {
      io.out(`Năm ${year}: ${models} mô hình, ${points} điểm, ${teams} tổ; ${effective} hoạt động hiệu quả.`);
      for (const [type, n] of Object.entries(byType)) io.out(`  ${type}: ${n}`);
    }
    io.err(
      `Thống kê mô hình năm ${year} (16/11/${year - 1} – 15/11/${year}): ${models} mô hình, ${points} điểm, ${teams} tổ, ${effective} hiệu quả, ${retired} thanh loại.`,
    );
    return 0;
  },

  async 'import-models'(args, ctx, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('Thiếu đường dẫn tệp Excel danh sách mô hình cần nhập.');
    const filePath = path.resolve(file);
    const { analyzeModelFile, importModels } = await import('../core/features/models/import.ts');
    const dryRun = args.flags.has('dry-run');
    const analysis = dryRun ? await analyzeModelFile(ctx, filePath) : await importModels(ctx, filePath);
    if (args.flags.has('json')) io.out(json({ dryRun, ...analysis }));
    const what = `${analysis.models} mô hình, ${analysis.points} điểm, ${analysis.teams} tổ`;
    io.err(
      dryRun
        ? `Thử nhập (không ghi): ${what}; ${analysis.counts.duplicate} dòng đã có, ${analysis.counts.error} dòng lỗi.`
        : `Đã nhập ${what}; ${analysis.counts.duplicate} dòng đã có, bỏ qua.`,
    );
    for (const r of analysis.rows.filter((x) => x.status === 'error'))
      io.err(`  Dòng ${r.rowNumber}: ${r.problems.join(' ')}`);
    return analysis.counts.error > 0 ? 3 : 0;
  },
};
