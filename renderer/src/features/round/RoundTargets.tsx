// The year's rates against its targets: 100% registration (and 100% of households), ≥70% recognised.
import { Card, Progress, Typography } from 'antd';
import type { RoundRow } from '../../../../shared/api/roundTypes.ts';
import { requiredRecognized } from '../../../../shared/domain/round.ts';
import { formatNumberVi } from '../../../../shared/text/numbers.ts';
import { percent } from './roundLabels.tsx';

function Figure(props: { title: string; part: number; whole: number; target: string; met: boolean; extra?: string }) {
  const value = props.whole === 0 ? 0 : (props.part * 100) / props.whole;
  return (
    <Card size="small" style={{ flex: 1, minWidth: 230 }} styles={{ body: { padding: '8px 12px' } }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text type="secondary" ellipsis={{ tooltip: props.title }}>
          {props.title}
        </Typography.Text>
        {props.extra && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {props.extra}
          </Typography.Text>
        )}
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6 }}>
        <Typography.Text strong style={{ fontSize: 18 }}>
          {formatNumberVi(props.part)}/{formatNumberVi(props.whole)}
        </Typography.Text>
        <Typography.Text>({percent(props.part, props.whole)})</Typography.Text>
        <Typography.Text type={props.met ? 'success' : 'warning'} style={{ marginLeft: 'auto', whiteSpace: 'nowrap' }}>
          {props.target}
        </Typography.Text>
      </div>
      <Progress
        percent={Math.round(value * 10) / 10}
        showInfo={false}
        size="small"
        status={props.met ? 'success' : 'normal'}
        aria-label={props.title}
      />
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
        title="Khu dân cư đủ 100% hộ đăng ký"
        part={fullHouseholds}
        whole={areas.length}
        target="Chỉ tiêu 100%"
        met={areas.length > 0 && fullHouseholds === areas.length}
      />
      <Figure
        title="Đã nhận hồ sơ"
        part={received}
        whole={registered}
        target="trên số đăng ký"
        met={registered > 0 && received === registered}
      />
      <Figure
        title="Đã công nhận"
        part={recognized}
        whole={managed.length}
        target={`Cần ≥ 70% (${formatNumberVi(required)})`}
        met={recognized >= required && managed.length > 0}
        extra={`đề nghị: ${formatNumberVi(proposed)}`}
      />
    </div>
  );
}
