// Shown only on paper: the issuing body as printed on documents, the title with the year, and the date.
import type { OfficeSettings } from '#shared/api/types.ts';

export function PrintHeader(props: { office: OfficeSettings | null; year: number; date: string }) {
  const { office, year, date } = props;
  return (
    <div className="print-only print-header">
      <div className="print-issuer">
        <div>{office?.issuingBodyUpper ?? ''}</div>
        <div className="print-strong">{office?.localityUpper ?? ''}</div>
        <div className="print-rule" />
      </div>
      <div className="print-title">TÓM TẮT KẾT QUẢ XÉT, CÔNG NHẬN</div>
      <div className="print-title">ĐẠT TIÊU CHUẨN &quot;AN TOÀN VỀ AN NINH, TRẬT TỰ&quot; NĂM {year}</div>
      <div className="print-sub">
        {office?.standingOfficeName ? `${office.standingOfficeName} — ` : ''}Số liệu tính đến ngày {date}
      </div>
    </div>
  );
}

export function PrintFooter(props: { office: OfficeSettings | null; date: string }) {
  const [d, m, y] = props.date.split('/');
  const place = props.office?.placeName;
  return (
    <div className="print-only print-footer">
      {place ? `${place}, ` : ''}ngày {d} tháng {m} năm {y}
    </div>
  );
}
