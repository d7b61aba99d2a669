// Where the year stands: headline figures, the commune's criterion 4, figures and rates per kind, deadlines,
// counts per status; printable as a one-page summary.
import { PlayCircleOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { localityInText } from '#shared/text/officeName.ts';
import { useState } from 'react';
import { call } from '../../kit/api.ts';
import { useSession } from '../../kit/session.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoader } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { Criterion4Panel } from './Criterion4Panel.tsx';
import { DeadlinesTable } from './DeadlinesTable.tsx';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { KindFiguresTable } from './KindFiguresTable.tsx';
import { KindRatesChart } from './KindRatesChart.tsx';
import { PrintFooter, PrintHeader } from './PrintHeader.tsx';
import { StatusCounts } from './StatusCounts.tsx';
import { todayVi } from './format.ts';
import './overview.css';

export function OverviewPage() {
  const year = useYear();
  const { state } = useSession();
  const writable = useCan('campaigns.open');
  const office = state.office;
  const { run, busy } = useAction();
  // Printing goes through a preview of the paper first, so nobody prints blind.
  const [previewing, setPreviewing] = useState(false);
  const loaded = useLoader(year, async () => {
    const [overview, campaign] = await Promise.all([call('round.overview', { year }), call('campaigns.get', { year })]);
    return { overview, campaign };
  });
  const current = loaded.data ?? null;
  const loading = loaded.loading;

  const openCampaign = () =>
    run(
      'open',
      async () => {
        await call('campaigns.open', { year });
        loaded.reload();
      },
      { success: `Đã mở đợt xét năm ${year} với mốc thời gian mặc định.` },
    );

  const today = todayVi();
  const place = office ? localityInText(office) : 'xã';

  return (
    <div className={previewing ? 'page overview-page print-page print-preview' : 'page overview-page print-page'}>
      {previewing && (
        <div className="print-preview-bar" role="region" aria-label="Xem trước bản in">
          <Typography.Text strong>Xem trước bản in: trang tóm tắt như khi in ra giấy A4.</Typography.Text>
          <Space>
            <Button onClick={() => setPreviewing(false)}>Đóng xem trước</Button>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              loading={busy('print')}
              onClick={() => void run('print', () => call('print.dialog', {}))}
            >
              In
            </Button>
          </Space>
        </div>
      )}
      <PrintHeader office={office} year={year} date={today} />
      <Space className="no-print" style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            Tổng quan năm {year}
          </Typography.Title>
          {current?.campaign && (
            <Typography.Text type="secondary">
              Bộ tiêu chí: {current.campaign.criteriaSetName} (phiên bản {current.campaign.criteriaSetVersion}) · Số
              liệu tính đến ngày {today}
            </Typography.Text>
          )}
        </div>
        <Space wrap>
          {current && !current.campaign && writable && (
            <Button type="primary" icon={<PlayCircleOutlined />} loading={busy('open')} onClick={openCampaign}>
              Mở đợt xét năm {year}
            </Button>
          )}
          <Button icon={<PrinterOutlined />} disabled={!current} onClick={() => setPreviewing(true)}>
            In tóm tắt...
          </Button>
          <Button icon={<ReloadOutlined />} aria-label="Tải lại" onClick={loaded.reload} />
        </Space>
      </Space>
      {current && !current.campaign && (
        <Alert
          className="no-print"
          type="info"
          showIcon
          title={`Chưa mở đợt xét năm ${year}`}
          description={
            writable
              ? 'Số liệu dưới đây tính theo danh sách đơn vị và mốc thời gian mặc định (Thông tư 124/2021/TT-BCA). Mở đợt xét để ghi đăng ký, nhận hồ sơ và chỉnh mốc thời gian.'
              : 'Số liệu dưới đây tính theo danh sách đơn vị và mốc thời gian mặc định (Thông tư 124/2021/TT-BCA). Cán bộ Thường trực sẽ mở đợt xét.'
          }
        />
      )}
      {!current ? (
        <Spin spinning={loading} description="Đang tải số liệu...">
          <div style={{ minHeight: 200 }} />
        </Spin>
      ) : (
        <Spin spinning={loading}>
          <div className="overview-body">
            <HeadlineFigures overview={current.overview} />
            <div className="overview-columns">
              <div className="overview-column">
                <Criterion4Panel c={current.overview.communeCriterion4} localityName={place} />
                <StatusCounts byStatus={current.overview.byStatus} total={current.overview.total} />
              </div>
              <div className="overview-column">
                <KindRatesChart overview={current.overview} />
              </div>
            </div>
            <KindFiguresTable overview={current.overview} />
            <DeadlinesTable deadlines={current.overview.deadlines} />
          </div>
        </Spin>
      )}
      <PrintFooter office={office} date={today} />
    </div>
  );
}
