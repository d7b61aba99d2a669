// One unit's dossier for a year: components and files, appraisal against the criteria, proposal, history.
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, Spin, Typography } from 'antd';
import type { DossierDetail } from '#shared/api/roundTypes.ts';
import { UNIT_KIND_LABELS } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { StatusTag } from '../../kit/labels.tsx';
import { AppraisalSection } from './AppraisalSection.tsx';
import { ComponentsSection } from './ComponentsSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { ReceiveDossier } from './ReceiveDossier.tsx';

function registrationText(d: DossierDetail): string {
  const r = d.registration;
  if (!r) return 'Chưa đăng ký';
  const households =
    r.householdsTotal !== null
      ? `, ${formatNumberVi(r.householdsRegistered)}/${formatNumberVi(r.householdsTotal)} hộ đăng ký`
      : '';
  return `Đăng ký ngày ${formatDateVi(r.registeredOn)}${households}`;
}

export function DossierPage(props: { dossierId: number; onBack: () => void }) {
  const readOnly = !useCan('dossiers.receive');
  const loaded = useLoad('dossiers.detail', { dossierId: props.dossierId });
  const detail = loaded.data ?? null;
  const setDetail = loaded.set;

  const back = (
    <Button icon={<ArrowLeftOutlined />} aria-label="Quay lại danh sách" onClick={props.onBack}>
      Quay lại danh sách
    </Button>
  );
  if (!detail) {
    return (
      <div className="page">
        <Space>{back}</Space>
        <Spin />
      </div>
    );
  }
  const w = detail.window;
  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space wrap align="center">
          {back}
          <Typography.Title level={4} style={{ margin: 0 }}>
            Hồ sơ {detail.unitName} — năm {detail.year}
          </Typography.Title>
          <StatusTag status={detail.status} />
        </Space>
        <Space>
          {!readOnly && detail.receivedOn === null && <ReceiveDossier detail={detail} onChanged={setDetail} />}
          <Button icon={<ReloadOutlined />} aria-label="Tải lại" onClick={loaded.reload} />
        </Space>
      </Space>
      <Typography.Text type="secondary">
        {UNIT_KIND_LABELS[detail.kind]} · Thời gian đánh giá: {formatDateVi(w.windowFrom)} – {formatDateVi(w.windowTo)}{' '}
        · {registrationText(detail)} ·{' '}
        {detail.receivedOn
          ? `Nhận hồ sơ ngày ${formatDateVi(detail.receivedOn)}${detail.receivedBy ? ` (${detail.receivedBy})` : ''}`
          : `Chưa nhận hồ sơ${w.dossierDeadline ? ` (hạn nộp ${formatDateVi(w.dossierDeadline)})` : ''}`}
      </Typography.Text>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={13}>
          <ComponentsSection detail={detail} readOnly={readOnly} onChanged={setDetail} />
        </Col>
        <Col xs={24} xl={11}>
          <HistorySection detail={detail} />
        </Col>
      </Row>
      <AppraisalSection
        key={`${detail.id}-${detail.version}`}
        detail={detail}
        readOnly={readOnly}
        onChanged={setDetail}
      />
    </div>
  );
}
