// CLI commands over the year's incidents and appraisals.
import path from 'node:path';
import { VERDICT_LABELS } from '#shared/domain/round.ts';
import { UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { localIsoDate } from '#shared/text/dates.ts';
import type { ServiceContext } from '../core/context.ts';
import { UsageError, type ParsedArgs } from './args.ts';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: ParsedArgs, ctx: ServiceContext, io: Io) => Promise<number>;

const json = (value: unknown) => JSON.stringify(value, null, 2);
const SUGGESTION_LABELS = { dat: 'gợi ý đạt', khong_dat: 'gợi ý không đạt' } as const;

export const roundCommands: Record<string, Command> = {
  async 'import-incidents'(args, ctx, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('Thiếu đường dẫn tệp Excel sổ theo dõi vụ việc cần nhập.');
    const filePath = path.resolve(file);
    const { analyzeIncidentFile, importIncidents } = await import('../core/features/incidents/import.ts');
    if (args.flags.has('dry-run')) {
      const analysis = await analyzeIncidentFile(ctx.store.db, filePath);
      if (args.flags.has('json')) io.out(json({ dryRun: true, ...analysis }));
      io.err(
        `Thử nhập (không ghi): ${analysis.counts.new} vụ việc mới, ${analysis.counts.duplicate} đã có, ${analysis.counts.error} dòng lỗi.`,
      );
      for (const r of analysis.rows.filter((x) => x.status === 'error'))
        io.err(`  Dòng ${r.rowNumber}: ${r.problems.join(' ')}`);
      return analysis.counts.error > 0 ? 3 : 0;
    }
    const result = await importIncidents(ctx, filePath);
    if (args.flags.has('json')) io.out(json({ dryRun: false, created: result.created, ...result.analysis }));
    io.err(`Đã ghi ${result.created} vụ việc; ${result.analysis.counts.duplicate} vụ việc đã có, bỏ qua.`);
    return 0;
  },

  async appraisal(args, ctx, io) {
    if (!args.flags.has('year')) throw new UsageError('Thiếu --year (năm của đợt xét).');
    const year = Number(args.flags.get('year'));
    const unit = args.flags.get('unit');
    const { appraisalReport } = await import('../core/features/appraisal/report.ts');
    const entries = await appraisalReport(
      ctx.store.db,
      year,
      localIsoDate(ctx.now()),
      typeof unit === 'string' ? unit : undefined,
    );
    if (args.flags.has('json')) io.out(json(entries));
    else {
      for (const e of entries) {
        io.out(`${e.unit} (${UNIT_KIND_LABELS[e.kind]}): ${e.result ?? 'chưa thẩm định'}`);
        for (const c of e.criteria) {
          const hint = c.suggestion ? SUGGESTION_LABELS[c.suggestion] : 'cần xem xét';
          io.out(`  Tiêu chí ${c.code}: ${VERDICT_LABELS[c.verdict]} (${hint})`);
          for (const r of c.reasons) io.out(`    - ${r}`);
        }
      }
    }
    io.err(`${entries.length} hồ sơ năm ${year}.`);
    return 0;
  },
};
