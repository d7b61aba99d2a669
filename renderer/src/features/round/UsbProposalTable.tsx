// The wizard's table: one line per file found, with the proposed unit and component, editable.
import { Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { FolderProposal } from '#shared/api/roundTypes.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { COMPONENT_OPTIONS } from '../../kit/labels.tsx';
import { RoundUnitSelect } from './RoundUnitSelect.tsx';

/** The line the backend uses too (ACCEPT_CONFIDENCE): at or above it a proposal is taken without asking. */
export const ACCEPT_CONFIDENCE = 0.6;

export interface Assignment {
  unitId: number | null;
  /** Shown in the unit field without searching for it. */
  unitName: string | null;
  componentCode: string | null;
  /** Changed by hand in the wizard, so the confidence no longer applies. */
  manual: boolean;
}

const ATTENTION = { background: '#fff7e6' };

function Confidence({ p, a }: { p: FolderProposal; a: Assignment }) {
  if (a.manual) return <Tag color="blue">Chọn tay</Tag>;
  const pct = `${Math.round(p.unitConfidence * 100)}%`;
  const tag =
    p.unitConfidence >= ACCEPT_CONFIDENCE ? (
      <Tag color="green">Khớp {pct}</Tag>
    ) : p.unitConfidence > 0 ? (
      <Tag color="orange">Chưa chắc {pct}</Tag>
    ) : (
      <Tag color="red">Không khớp</Tag>
    );
  return <Tooltip title={p.reason}>{tag}</Tooltip>;
}

export function UsbProposalTable(props: {
  proposals: FolderProposal[];
  assignments: Record<string, Assignment>;
  year: number;
  onChange: (relativePath: string, patch: Partial<Assignment>) => void;
}) {
  return (
    <Table<FolderProposal>
      size="small"
      rowKey="relativePath"
      dataSource={props.proposals}
      pagination={props.proposals.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ y: 'max(180px, calc(100vh - 520px))' }}
      onRow={(p) => ({ style: props.assignments[p.relativePath]?.unitId == null ? ATTENTION : undefined })}
      columns={[
        {
          title: 'Tệp trên USB',
          dataIndex: 'relativePath',
          render: (path: string, p) => (
            <Tooltip title={p.reason}>
              <Typography.Text>{path}</Typography.Text>{' '}
              <Typography.Text type="secondary">({formatFileSize(p.size)})</Typography.Text>
            </Tooltip>
          ),
        },
        {
          title: 'Đơn vị',
          width: 260,
          render: (_v, p) => {
            const a = props.assignments[p.relativePath];
            if (p.refused)
              return (
                <Tooltip title={`Không nhận: ${p.refused}`}>
                  <Tag color="red">Không nhận tệp này</Tag>
                </Tooltip>
              );
            return (
              <RoundUnitSelect
                year={props.year}
                aria-label={`Đơn vị cho tệp ${p.relativePath}`}
                placeholder="Chọn đơn vị (bỏ trống = bỏ qua)"
                status={a?.unitId == null ? 'warning' : undefined}
                value={a?.unitId ?? null}
                valueLabel={a?.unitName ?? null}
                onChange={(unitId, unitName) => props.onChange(p.relativePath, { unitId, unitName, manual: true })}
              />
            );
          },
        },
        {
          title: 'Thành phần hồ sơ',
          width: 230,
          render: (_v, p) =>
            p.refused ? (
              <Typography.Text type="danger">{p.refused}</Typography.Text>
            ) : (
              <Select
                allowClear
                aria-label={`Thành phần cho tệp ${p.relativePath}`}
                placeholder="Chưa xếp thành phần"
                style={{ width: '100%' }}
                value={props.assignments[p.relativePath]?.componentCode ?? null}
                options={COMPONENT_OPTIONS}
                onChange={(code: string | null | undefined) =>
                  props.onChange(p.relativePath, { componentCode: code ?? null })
                }
              />
            ),
        },
        {
          title: 'Độ tin cậy',
          width: 120,
          render: (_v, p) => {
            const a = props.assignments[p.relativePath];
            return a ? <Confidence p={p} a={a} /> : null;
          },
        },
      ]}
    />
  );
}
