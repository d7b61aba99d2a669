// The year's recognition decisions: list, draft from the proposed units, and each decision's preview and steps
// (submit, record signing, issue). Leaders read; admins and staff write.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DECISION_STATUS_LABELS, type Decision, type DecisionStatus } from '#shared/api/decisionTypes.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useSession } from '../../kit/session.tsx';
import { useCan } from '../../kit/useCan.ts';
import { useYear } from '../../kit/year.tsx';
import { CreateDecisionModal } from './CreateDecisionModal.tsx';
import { DecisionDetail } from './DecisionDetail.tsx';
import { decisionNumber } from './decisionText.ts';
import './decisions.css';
import { RegisterCard } from './RegisterCard.tsx';
import { STATUS_COLORS } from './statusColors.ts';
import { VerificationAlert, VerifyFileButton, type Checked } from './VerifyFileButton.tsx';
import { YearBasesCard } from './YearBasesCard.tsx';

export function DecisionsPage() {
  const { state } = useSession();
  const year = useYear();
  const writable = useCan('decisions.submit');
  const loaded = useLoad('decisions.list', { year });
  // A failed load shows an empty list rather than a spinner that never stops.
  const decisions = loaded.data ?? (loaded.error !== null ? [] : null);
  const setDecisions = (update: (list: Decision[]) => Decision[]) => loaded.set(update(decisions ?? []));
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [verified, setVerified] = useState<Checked | null>(null);

  useEffect(() => setOpenId(null), [year]);

  // A changed or new decision replaces its row in place, so the list needs no reload.
  const replace = (d: Decision) =>
    setDecisions((list) => {
      return list.some((x) => x.id === d.id) ? list.map((x) => (x.id === d.id ? d : x)) : [...list, d];
    });

  const open = decisions?.find((d) => d.id === openId) ?? null;
  const verifyBar = verified && <VerificationAlert result={verified} onClose={() => setVerified(null)} />;

  if (open) {
    return (
      <div className="page decisions-page print-page">
        {verifyBar}
        <DecisionDetail
          decision={open}
          office={state.office}
          writable={writable}
          onBack={() => setOpenId(null)}
          onChanged={replace}
          onDeleted={(id) => {
            setOpenId(null);
            setDecisions((list) => list.filter((x) => x.id !== id));
          }}
        />
      </div>
    );
  }

  return (
    <div className="page decisions-page print-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Quyết định công nhận năm {year}
        </Typography.Title>
        <Space wrap>
          <VerifyFileButton onResult={setVerified} />
          <Button icon={<ReloadOutlined />} onClick={loaded.reload}>
            Tải lại
          </Button>
          {writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Lập quyết định
            </Button>
          )}
        </Space>
      </Space>
      {verifyBar}
      <Table<Decision>
        rowKey="id"
        size="middle"
        loading={decisions === null}
        dataSource={decisions ?? []}
        pagination={false}
        locale={{ emptyText: `Năm ${year} chưa có quyết định công nhận nào.` }}
        onRow={(d) => ({ onClick: () => setOpenId(d.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: 'Số',
            key: 'number',
            width: 150,
            render: (_: unknown, d) =>
              decisionNumber(d) ?? <Typography.Text type="secondary">(chưa có số)</Typography.Text>,
          },
          { title: 'Trích yếu', dataIndex: 'subject' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 140,
            render: (s: DecisionStatus) => <Tag color={STATUS_COLORS[s]}>{DECISION_STATUS_LABELS[s]}</Tag>,
          },
          {
            title: 'Ngày ký',
            dataIndex: 'signedOn',
            width: 110,
            render: (v: string | null) => formatDateVi(v),
          },
          {
            title: 'Số đơn vị',
            key: 'units',
            width: 100,
            align: 'right',
            render: (_: unknown, d) => d.units.length,
          },
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, d) => (
              <Button size="small" onClick={() => setOpenId(d.id)}>
                Xem
              </Button>
            ),
          },
        ]}
      />
      <RegisterCard
        year={year}
        version={(decisions ?? []).map((d) => `${d.id}:${d.status}:${d.number ?? ''}:${d.signedOn ?? ''}`).join(',')}
      />
      <YearBasesCard year={year} writable={writable} />
      {creating && (
        <CreateDecisionModal
          year={year}
          decisions={decisions ?? []}
          onClose={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            replace(d);
            setOpenId(d.id);
          }}
        />
      )}
    </div>
  );
}
