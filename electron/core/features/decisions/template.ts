// The office's decision template (settings) and each year's own legal bases (campaign), as edited by the office.
import { z } from 'zod';
import {
  DEFAULT_DECISION_TEMPLATE,
  templateProblems,
  type DecisionTemplate,
} from '#shared/documents/decisionTemplate.ts';
import { recordAudit, updated, type Db, type ServiceContext } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { getCampaign } from '../campaigns/index.ts';

const storedTemplate = z.object({
  subject: z.string(),
  listTitle: z.string(),
  bases: z.array(z.string()),
  articles: z.array(z.string()),
  recipients: z.array(z.string()),
});

export async function getDecisionTemplate(db: Db): Promise<{ template: DecisionTemplate; isDefault: boolean }> {
  const row = await db.selectFrom('office_settings').select('decision_template').where('id', '=', 1).executeTakeFirst();
  if (!row?.decision_template) return { template: DEFAULT_DECISION_TEMPLATE, isDefault: true };
  const parsed = storedTemplate.safeParse(JSON.parse(row.decision_template));
  // A template the app cannot read falls back to the shipped one rather than blocking every decision.
  return parsed.success
    ? { template: parsed.data, isDefault: false }
    : { template: DEFAULT_DECISION_TEMPLATE, isDefault: true };
}

/** Saves the office's template; null restores the shipped one. */
export async function saveDecisionTemplate(ctx: ServiceContext, template: DecisionTemplate | null) {
  const clean = template && {
    subject: template.subject.trim(),
    listTitle: template.listTitle.trim(),
    bases: template.bases.map((s) => s.trim()).filter(Boolean),
    articles: template.articles.map((s) => s.trim()).filter(Boolean),
    recipients: template.recipients.map((s) => s.trim()).filter(Boolean),
  };
  const problems = clean ? templateProblems(clean) : [];
  if (problems.length) throw new DomainError('validation', `Mẫu quyết định chưa dùng được: ${problems.join(' ')}`);
  return ctx.store.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('office_settings')
      .set({ decision_template: clean ? JSON.stringify(clean) : null, ...updated(ctx) })
      .where('id', '=', 1)
      .executeTakeFirst();
    if (res.numUpdatedRows === 0n) {
      throw new DomainError('conflict', 'Hãy nhập thông tin cơ quan trong Cài đặt trước khi sửa mẫu quyết định.');
    }
    await recordAudit(
      trx,
      ctx,
      'update',
      'decision_template',
      1,
      clean ? 'Sửa mẫu quyết định' : 'Dùng lại mẫu quyết định gốc',
    );
    return getDecisionTemplate(trx);
  });
}

export async function getYearBases(db: Db, year: number): Promise<string[]> {
  const campaign = await getCampaign(db, year);
  const row = await db
    .selectFrom('campaigns')
    .select('decision_bases')
    .where('id', '=', campaign.id)
    .executeTakeFirstOrThrow();
  const parsed = z.array(z.string()).safeParse(JSON.parse(row.decision_bases));
  return parsed.success ? parsed.data : [];
}

export async function saveYearBases(ctx: ServiceContext, year: number, bases: string[]): Promise<string[]> {
  const clean = bases.map((b) => b.trim()).filter(Boolean);
  return ctx.store.db.transaction().execute(async (trx) => {
    const campaign = await getCampaign(trx, year);
    await trx
      .updateTable('campaigns')
      .set({ decision_bases: JSON.stringify(clean), ...updated(ctx) })
      .where('id', '=', campaign.id)
      .execute();
    await recordAudit(
      trx,
      ctx,
      'update',
      'campaign',
      campaign.id,
      `Căn cứ riêng của năm ${year}: ${clean.length} dòng`,
    );
    return clean;
  });
}
