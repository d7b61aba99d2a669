// "Hướng dẫn": the year's steps in order, where the data lives, backup and restore, and exchange with the office
// above; reachable from every screen (the menu and the header).
import { Card, Space, Steps, Typography } from 'antd';

const YEAR_STEPS = [
  {
    title: 'Mở đợt xét của năm',
    content: 'Tổng quan hoặc Đăng ký, hồ sơ → “Mở đợt xét năm …”. Kiểm tra mốc thời gian ở “Tiêu chí, mốc thời gian”.',
  },
  {
    title: 'Quý I: ghi đăng ký',
    content:
      'Đăng ký, hồ sơ → ghi đăng ký từng đơn vị hoặc “Đăng ký tất cả … đơn vị đang lọc”. Ngày đăng ký phải trong năm xét và không sau hôm nay.',
  },
  {
    title: 'Nhận hồ sơ',
    content:
      'Mở hồ sơ (nhấp đúp vào đơn vị): “Nhận hồ sơ”, rồi thêm tệp bằng nút “Thêm tệp” hoặc kéo thả; nhận cả thư mục từ USB bằng “Nhận tệp từ USB…”. Tệp gắn nhầm đơn vị thì “Chuyển”, tệp thừa thì “Gỡ” (khôi phục được cho tới lần sao lưu tiếp theo).',
  },
  {
    title: 'Thẩm định, đề nghị',
    content:
      'Trong hồ sơ: đánh giá từng tiêu chí, lưu thẩm định, rồi “Đề nghị công nhận” hoặc “Không đề nghị” kèm lý do.',
  },
  {
    title: 'Quyết định công nhận',
    content:
      'Quyết định công nhận → “Lập quyết định”, sửa dự thảo, lập tờ trình, trình ký. Khi Chủ tịch đã ký: “Ghi nhận đã ký” với ngày ký và số văn thư cấp. Ghi sai thì “Sửa việc ký” hoặc “Hủy việc ký” trước khi ban hành (số cũ ghi là đã hủy trong sổ). Cuối cùng “Ban hành”.',
  },
  {
    title: 'Báo cáo lên trên',
    content:
      'Trao đổi dữ liệu → “Xuất gói dữ liệu năm …”, chép tệp .anttpkg vào USB gửi cấp trên. In tóm tắt ở Tổng quan.',
  },
];

export function GuidePage() {
  return (
    <div className="page">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Hướng dẫn
        </Typography.Title>
        <Card size="small" title="Các bước trong năm">
          <Steps orientation="vertical" size="small" current={-1} items={YEAR_STEPS} />
        </Card>
        <Card size="small" title="Dữ liệu nằm ở đâu">
          <Typography.Paragraph>
            Mọi dữ liệu nằm trong một thư mục dữ liệu trên máy này: mặc định{' '}
            <Typography.Text code>%APPDATA%\AnToanANTT\du-lieu\</Typography.Text> trên Windows. Trong đó có tệp cơ sở dữ
            liệu <Typography.Text code>du-lieu.sqlite</Typography.Text>, tệp đính kèm của hồ sơ (
            <Typography.Text code>tep-dinh-kem</Typography.Text>), văn bản đã ban hành (
            <Typography.Text code>van-ban</Typography.Text>) và các bản sao lưu tự động (
            <Typography.Text code>sao-luu</Typography.Text>). Mở thư mục này bằng menu Trợ giúp → “Mở thư mục dữ liệu”.
            Gỡ phần mềm không xóa dữ liệu.
          </Typography.Paragraph>
        </Card>
        <Card size="small" title="Sao lưu và phục hồi">
          <Typography.Paragraph>
            Phần mềm tự sao lưu mỗi 24 giờ và khi thoát (nếu có thay đổi), giữ các bản mới nhất trong thư mục{' '}
            <Typography.Text code>sao-luu</Typography.Text>. Quản trị viên vào “Sao lưu và phục hồi” để “Sao lưu ngay”
            (nên lưu thêm một bản ra USB hoặc ổ đĩa khác) hoặc phục hồi từ một bản sao lưu: tệp được kiểm tra toàn bộ,
            số liệu bên trong hiện ra trước, dữ liệu hiện tại được tự sao lưu rồi mới bị thay.
          </Typography.Paragraph>
        </Card>
        <Card size="small" title="Trao đổi dữ liệu với cấp trên">
          <Typography.Paragraph>
            Xã gửi lên một “gói dữ liệu” của năm (đơn vị, đăng ký, hồ sơ kèm tệp, quyết định đã ban hành); cấp trên nhập
            gói, xem trước các thay đổi rồi mới ghi. Cấp trên gửi xuống “gói tiêu chí” (bộ tiêu chí, mẫu quyết định). Cả
            hai đều là một tệp chép qua USB, được kiểm tra trọn vẹn trước khi nhận.
          </Typography.Paragraph>
        </Card>
      </Space>
    </div>
  );
}
