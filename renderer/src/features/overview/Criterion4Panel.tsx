// The commune's own criterion 4 (Điều 5 Thông tư 124): 100% of managed units register, at least 70% recognised.
import { Alert, Card, Space, Typography } from 'antd';
import type { CommuneCriterion4 } from '#shared/api/roundTypes.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { BAR_COLORS, LegendItem, RateBar } from './RateBar.tsx';
import { formatPercentVi, ratio, RECOGNITION_TARGET } from './format.ts';

const n = formatNumberVi;

function verdict(c: CommuneCriterion4): { type: 'success' | 'warning' | 'error' | 'info'; text: string } {
  if (c.total === 0) return { type: 'info', text: 'Chưa có đơn vị nào thuộc phạm vi quản lý trong năm này.' };
  if (c.meets) return { type: 'success', text: 'Đạt tiêu chí 4: đủ 100% đăng ký và đủ số đơn vị được công nhận.' };
  const missing = Math.max(0, c.required - c.recognized);
  const missingEvenIfProposed = Math.max(0, c.required - c.recognized - c.proposed);
  if (!c.allRegistered) {
    const unregistered = c.total - c.registered;
    const tail =
      missingEvenIfProposed === 0
        ? ' Nếu các đơn vị đang đề nghị được công nhận thì đủ tỷ lệ 70%, nhưng vẫn không đạt vì thiếu đăng ký.'
        : ` Ngoài ra còn thiếu ${n(missing)} đơn vị được công nhận.`;
    return {
      type: 'error',
      text: `Chưa đạt: còn ${n(unregistered)} đơn vị chưa đăng ký, trong khi tiêu chí yêu cầu 100% đơn vị đăng ký.${tail}`,
    };
  }
  if (c.meetsIfProposedRecognized) {
    return {
      type: 'warning',
      text: `Chưa đạt, nhưng sẽ đạt nếu UBND công nhận đủ ${n(missing)} trong số ${n(c.proposed)} đơn vị đang đề nghị.`,
    };
  }
  return {
    type: 'error',
    text: `Chưa đạt: kể cả khi ${n(c.proposed)} đơn vị đang đề nghị đều được công nhận vẫn còn thiếu ${n(missingEvenIfProposed)} đơn vị.`,
  };
}

export function Criterion4Panel({ c, localityName }: { c: CommuneCriterion4; localityName: string }) {
  const v = verdict(c);
  return (
    <Card size="small" title={`Tiêu chí 4 của ${localityName}`} className="overview-panel">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          100% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc phạm vi quản lý đăng ký và ít nhất 70% trong số
          đó được công nhận.
        </Typography.Text>
        <Typography.Text>
          Đăng ký:{' '}
          <strong>
            {n(c.registered)}/{n(c.total)}
          </strong>{' '}
          đơn vị ({formatPercentVi(c.registered, c.total)}, cần 100%).
        </Typography.Text>
        <Typography.Text>
          Cần ít nhất{' '}
          <strong>
            {n(c.required)}/{n(c.total)}
          </strong>{' '}
          đơn vị được công nhận. Đã công nhận <strong>{n(c.recognized)}</strong>, đang đề nghị{' '}
          <strong>{n(c.proposed)}</strong>.
        </Typography.Text>
        <RateBar
          height={18}
          label={`Đã công nhận ${n(c.recognized)}, đề nghị ${n(c.proposed)}, cần ${n(c.required)} trên ${n(c.total)}`}
          target={c.total > 0 ? Math.max(RECOGNITION_TARGET, ratio(c.required, c.total)) : RECOGNITION_TARGET}
          segments={[
            { value: ratio(c.recognized, c.total), color: BAR_COLORS.recognized, label: 'Đã công nhận' },
            { value: ratio(c.proposed, c.total), color: BAR_COLORS.proposed, label: 'Đề nghị' },
          ]}
        />
        <Space size={16} wrap className="overview-legend">
          <LegendItem color={BAR_COLORS.recognized}>Đã công nhận</LegendItem>
          <LegendItem color={BAR_COLORS.proposed}>Đang đề nghị</LegendItem>
          <LegendItem color="#cf1322" dashed>
            Mức cần đạt ({n(c.required)} đơn vị)
          </LegendItem>
        </Space>
        <Alert type={v.type} showIcon title={v.text} />
      </Space>
    </Card>
  );
}
