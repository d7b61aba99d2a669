// CLI commands over the models registry: the year's counts by the national rule.
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
};
