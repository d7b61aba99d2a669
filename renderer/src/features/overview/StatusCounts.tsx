// How many units stand at each step of the round.
import { Card, Tag } from 'antd';
import { ROUND_STATUSES, ROUND_STATUS_LABELS, type RoundStatus } from '#shared/domain/round.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { formatPercentVi } from './format.ts';

export const STATUS_COLORS: Record<RoundStatus, string> = {
  chua_dang_ky: 'default',
  chua_nop: 'gold',
  da_nhan: 'blue',
  da_tham_dinh: 'cyan',
  de_nghi: 'purple',
  khong_de_nghi: 'red',
  da_cong_nhan: 'green',
};

export function StatusCounts({ byStatus, total }: { byStatus: Record<RoundStatus, number>; total: number }) {
  return (
    <Card size="small" title="Theo tình trạng" className="overview-panel">
      <table className="status-table">
        <tbody>
          {ROUND_STATUSES.map((s) => (
            <tr key={s}>
              <td>
                <Tag color={STATUS_COLORS[s]}>{ROUND_STATUS_LABELS[s]}</Tag>
              </td>
              <td className="num">{formatNumberVi(byStatus[s])}</td>
              <td className="num muted">{formatPercentVi(byStatus[s], total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
