// The four figures the office reports upward: units, registered (target 100%), proposed, recognised (target ≥70%).
import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { RoundOverview } from '#shared/api/roundTypes.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { BAR_COLORS, RateBar } from './RateBar.tsx';
import { formatPercentVi, ratio, RECOGNITION_TARGET } from './format.ts';

function Figure(props: { title: string; value: number; suffix?: string; color?: string; children?: ReactNode }) {
  return (
    <Card size="small" className="overview-figure">
      <Statistic
        title={props.title}
        value={props.value}
        formatter={(v) => formatNumberVi(Number(v))}
        suffix={props.suffix}
        styles={{ content: { color: props.color } }}
      />
      {props.children}
    </Card>
  );
}

export function HeadlineFigures({ overview }: { overview: RoundOverview }) {
  const { total, registered, recognized } = overview;
  const proposed = overview.byStatus.de_nghi;
  const allRegistered = total > 0 && registered === total;
  const recognizedOk = ratio(recognized, total) >= RECOGNITION_TARGET;
  return (
    <div className="overview-figures">
      <Figure title="Tổng số đơn vị" value={total}>
        <Typography.Text type="secondary">Khu dân cư, xã, cơ quan, doanh nghiệp, trường học</Typography.Text>
      </Figure>
      <Figure
        title="Đã đăng ký"
        value={registered}
        suffix={`/ ${formatNumberVi(total)}`}
        color={allRegistered ? '#389e0d' : '#d46b08'}
      >
        <RateBar
          label={`Tỷ lệ đăng ký ${formatPercentVi(registered, total)}`}
          segments={[{ value: ratio(registered, total), color: BAR_COLORS.registered, label: 'Đã đăng ký' }]}
        />
        <Typography.Text type="secondary">
          {formatPercentVi(registered, total)} — chỉ tiêu 100%
          {!allRegistered && total > 0 && `, còn ${formatNumberVi(total - registered)} đơn vị`}
        </Typography.Text>
      </Figure>
      <Figure title="Đề nghị công nhận" value={proposed}>
        <Typography.Text type="secondary">Đã thẩm định đạt, chờ quyết định của UBND</Typography.Text>
      </Figure>
      <Figure
        title="Đã công nhận"
        value={recognized}
        suffix={`/ ${formatNumberVi(total)}`}
        color={recognizedOk ? '#389e0d' : undefined}
      >
        <RateBar
          label={`Tỷ lệ công nhận ${formatPercentVi(recognized, total)}, chỉ tiêu ít nhất 70%`}
          target={RECOGNITION_TARGET}
          segments={[
            { value: ratio(recognized, total), color: BAR_COLORS.recognized, label: 'Đã công nhận' },
            { value: ratio(proposed, total), color: BAR_COLORS.proposed, label: 'Đề nghị' },
          ]}
        />
        <Typography.Text type="secondary">
          {formatPercentVi(recognized, total)} — chỉ tiêu ít nhất 70%
          {proposed > 0 && (
            <>
              <br />
              Tính cả đề nghị: {formatPercentVi(recognized + proposed, total)}
            </>
          )}
        </Typography.Text>
      </Figure>
    </div>
  );
}
