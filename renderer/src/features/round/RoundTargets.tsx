// The year's rates against its targets: 100% registration, ≥70% recognised; from the year's overview, not its rows.
import { Card, Progress, Typography } from 'antd';
import type { RoundOverview } from '#shared/api/roundTypes.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { percent } from '../../kit/labels.tsx';

interface FigureProps {
  title: string;
  part: number;
  whole: number;
  target: string;
  met: boolean;
  extra?: string;
}

function Figure(props: FigureProps) {
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

export function RoundTargets({ overview }: { overview: RoundOverview | null }) {
  // Same height while the first figures load, so the grid below does not jump.
  if (!overview) return <div style={{ minHeight: 88 }} />;
  const { total, registered } = overview;
  const received = Object.values(overview.byKind).reduce((n, f) => n + f.received, 0);
  const c4 = overview.communeCriterion4;
  const figures: FigureProps[] = [
    {
      title: 'Đơn vị đã đăng ký',
      part: registered,
      whole: total,
      target: 'Chỉ tiêu 100%',
      met: total > 0 && registered === total,
    },
    {
      title: 'Đã nhận hồ sơ',
      part: received,
      whole: registered,
      target: 'trên số đăng ký',
      met: registered > 0 && received === registered,
    },
    {
      title: 'Đã công nhận',
      part: c4.recognized,
      whole: c4.total,
      target: `Cần ≥ 70% (${formatNumberVi(c4.required)})`,
      met: c4.recognized >= c4.required && c4.total > 0,
      extra: `đề nghị: ${formatNumberVi(c4.proposed)}`,
    },
  ];
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {figures.map((f) => (
        <Figure key={f.title} {...f} />
      ))}
    </div>
  );
}
