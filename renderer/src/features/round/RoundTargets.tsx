// The year's rates against its targets: 100% registration (and 100% of households), ≥70% recognised.
import { Card, Progress, Typography } from 'antd';
import type { RoundRow } from '../../../../shared/api/roundTypes.ts';
import { requiredRecognized } from '../../../../shared/domain/round.ts';
import { formatNumberVi } from '../../../../shared/text/numbers.ts';
import { percent } from './roundLabels.tsx';

function Figure(props: { title: string; part: number; whole: number; target: string; met: boolean; extra?: string }) {
  const value = props.whole === 0 ? 0 : (props.part * 100) / props.whole;
  return (
    <Card size="small" style={{ flex: 1, minWidth: 220 }} aria-label={props.title}>
      <Typography.Text type="secondary">{props.title}</Typography.Text>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {formatNumberVi(props.part)}/{formatNumberVi(props.whole)}
        </Typography.Text>
        <Typography.Text>({percent(props.part, props.whole)})</Typography.Text>
        <Typography.Text type={props.met ? 'success' : 'warning'} style={{ marginLeft: 'auto' }}>
          {props.target}
        </Typography.Text>
      </div>
      <Progress
        percent={Math.round(value * 10) / 10}
        showInfo={false}
        size="small"
        status={props.met ? 'success' : 'active'}
      />
      {props.extra && <Typography.Text type="secondary">{props.extra}</Typography.Text>}
    </Card>
  );
}

export function RoundTargets({ rows }: { rows: RoundRow[] }) {
  const registered = rows.filter((r) => r.registration !== null).length;
  const areas = rows.filter((r) => r.kind === 'khu_dan_cu');
  const fullHouseholds = areas.filter((r) => {
    const reg = r.registration;
    return reg?.householdsRegistered != null && reg.householdsRegistered === (reg.householdsTotal ?? r.households);
  }).length;
  const received = rows.filter((r) => r.receivedOn !== null).length;
  const managed = rows.filter((r) => r.kind !== 'xa_phuong');
  const recognized = managed.filter((r) => r.status === 'da_cong_nhan').length;
  const proposed = managed.filter((r) => r.status === 'de_nghi').length;
  const required = requiredRecognized(managed.length);
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      <Figure
        title="Đơn vị đã đăng ký"
        part={registered}
        whole={rows.length}
        target="Chỉ tiêu 100%"
        met={rows.length > 0 && registered === rows.length}
      />
      <Figure
        title="Khu dân cư có 100% hộ đăng ký"
        part={fullHouseholds}
        whole={areas.length}
        target="Chỉ tiêu 100%"
        met={areas.length > 0 && fullHouseholds === areas.length}
      />
      <Figure
        title="Đã nhận hồ sơ"
        part={received}
        whole={registered}
        target="trên số đã đăng ký"
        met={registered > 0 && received === registered}
      />
      <Figure
        title="Công nhận (đơn vị thuộc xã)"
        part={recognized}
        whole={managed.length}
        target={`Chỉ tiêu ≥ 70% (${formatNumberVi(required)})`}
        met={recognized >= required && managed.length > 0}
        extra={`Đang đề nghị: ${formatNumberVi(proposed)}; nếu được công nhận hết: ${formatNumberVi(recognized + proposed)}/${formatNumberVi(required)} cần đạt`}
      />
    </div>
  );
}
