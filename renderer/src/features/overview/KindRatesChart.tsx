// Rates per unit kind against the year's targets: registration vs 100%, recognised (+ proposed) vs the 70% line.
import { Card, Space, Typography } from 'antd';
import type { RoundOverview } from '#shared/api/roundTypes.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { BAR_COLORS, LegendItem, RateBar } from './RateBar.tsx';
import { formatPercentVi, ratio, RECOGNITION_TARGET } from './format.ts';

export function KindRatesChart({ overview }: { overview: RoundOverview }) {
  const kinds = UNIT_KINDS.filter((k) => overview.byKind[k].total > 0);
  return (
    <Card size="small" title="Tỷ lệ so với chỉ tiêu" className="overview-panel">
      {kinds.length === 0 && <Typography.Text type="secondary">Chưa có đơn vị nào.</Typography.Text>}
      <div className="kind-chart">
        {kinds.map((k) => {
          const f = overview.byKind[k];
          const full = f.registered === f.total;
          return (
            <div key={k} className="kind-chart-group">
              <div className="kind-chart-kind">
                {UNIT_KIND_LABELS[k]} <Typography.Text type="secondary">({formatNumberVi(f.total)})</Typography.Text>
              </div>
              <span className="kind-chart-label">Đăng ký</span>
              <RateBar
                label={`${UNIT_KIND_LABELS[k]}: đăng ký ${formatPercentVi(f.registered, f.total)}`}
                target={1}
                segments={[
                  {
                    value: ratio(f.registered, f.total),
                    color: full ? BAR_COLORS.registered : BAR_COLORS.missing,
                    label: 'Đã đăng ký',
                  },
                ]}
              />
              <span className="kind-chart-value">{formatPercentVi(f.registered, f.total)}</span>
              <span className="kind-chart-label">Công nhận</span>
              <RateBar
                label={`${UNIT_KIND_LABELS[k]}: công nhận ${formatPercentVi(f.recognized, f.total)}, đề nghị ${formatPercentVi(f.proposed, f.total)}`}
                target={RECOGNITION_TARGET}
                segments={[
                  { value: ratio(f.recognized, f.total), color: BAR_COLORS.recognized, label: 'Đã công nhận' },
                  { value: ratio(f.proposed, f.total), color: BAR_COLORS.proposed, label: 'Đề nghị' },
                ]}
              />
              <span className="kind-chart-value">
                {formatPercentVi(f.recognized, f.total)}
                {f.proposed > 0 && (
                  <Typography.Text type="secondary"> (+{formatPercentVi(f.proposed, f.total)})</Typography.Text>
                )}
              </span>
            </div>
          );
        })}
      </div>
      <Space size={16} wrap className="overview-legend">
        <LegendItem color={BAR_COLORS.registered}>Đăng ký đủ 100%</LegendItem>
        <LegendItem color={BAR_COLORS.missing}>Đăng ký chưa đủ</LegendItem>
        <LegendItem color={BAR_COLORS.recognized}>Đã công nhận</LegendItem>
        <LegendItem color={BAR_COLORS.proposed}>Đang đề nghị</LegendItem>
        <LegendItem color="#cf1322" dashed>
          Chỉ tiêu (100% đăng ký, 70% công nhận)
        </LegendItem>
      </Space>
    </Card>
  );
}
