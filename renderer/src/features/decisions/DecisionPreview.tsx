// The decision as it will be printed, drawn from its fields in the Nghị định 30 layout: header, body, signature,
// then the attached list on a new page. Screen and paper share the same markup (see decisions.css).
import type { Decision } from '../../../../shared/api/decisionTypes.ts';
import type { OfficeSettings } from '../../../../shared/api/types.ts';
import { formatDateVi } from '../../../../shared/text/dates.ts';
import {
  basisLines,
  decisionNumber,
  defaultSigner,
  numberLine,
  placeDateLine,
  recipientLines,
  signatureBlock,
} from './decisionText.ts';

/** "Ủy ban nhân dân xã Đông Sơn" as written inside a sentence. */
function issuerInText(office: OfficeSettings): string {
  const body = office.issuingBodyUpper.toLocaleLowerCase('vi');
  const level = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu', cap_tren: '' }[office.level];
  const place = level ? `${level} ${office.placeName}` : office.placeName;
  return `${body.charAt(0).toLocaleUpperCase('vi')}${body.slice(1)} ${place}`;
}

export function DecisionPreview({ decision: d, office }: { decision: Decision; office: OfficeSettings }) {
  const signature = signatureBlock(d, office.issuingBodyUpper, defaultSigner(office.signers));
  const number = decisionNumber(d) ?? `\u00a0\u00a0\u00a0\u00a0/${d.code}`;
  const date = d.signedOn ? formatDateVi(d.signedOn) : `\u00a0\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0/${d.year}`;
  const bases = basisLines(d.bases);

  return (
    <article className="decision-paper" aria-label="Bản xem trước quyết định">
      <header className="dp-header">
        <div className="dp-issuer">
          <div className="dp-strong">{office.issuingBodyUpper}</div>
          <div className="dp-strong">{office.localityUpper}</div>
          <div className="dp-rule dp-rule-short" />
          <div className="dp-number">{numberLine(d)}</div>
        </div>
        <div className="dp-nation">
          <div className="dp-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="dp-motto">
            <span>Độc lập - Tự do - Hạnh phúc</span>
          </div>
          <div className="dp-place-date">{placeDateLine(office.placeName, d.signedOn, d.year)}</div>
        </div>
      </header>

      <h1 className="dp-title">QUYẾT ĐỊNH</h1>
      <p className="dp-subject">{d.subject}</p>
      <div className="dp-rule dp-rule-subject" />
      <p className="dp-authority">
        {office.issuingBodyUpper} {office.localityUpper}
      </p>

      {bases.map((b, i) => (
        <p key={i} className="dp-para dp-basis">
          {b}
        </p>
      ))}
      <p className="dp-decides">QUYẾT ĐỊNH:</p>
      {d.articles.map((a, i) => (
        <p key={i} className="dp-para">
          <strong>Điều {i + 1}.</strong> {a}
        </p>
      ))}

      <footer className="dp-bottom">
        <div className="dp-recipients">
          <div className="dp-recipients-title">Nơi nhận:</div>
          {recipientLines(d.recipients).map((r, i) => (
            <div key={i}>{r}</div>
          ))}
        </div>
        <div className="dp-signature">
          {signature?.authority && <div className="dp-strong">{signature.authority}</div>}
          <div className="dp-strong">{signature?.title ?? ''}</div>
          <div className="dp-sign-space" />
          <div className="dp-strong dp-signer">{signature?.name ?? ''}</div>
        </div>
      </footer>

      <section className="dp-annex">
        <h2 className="dp-annex-title">{d.listTitle.toLocaleUpperCase('vi')}</h2>
        <p className="dp-annex-ref">
          (Kèm theo Quyết định số {number} ngày {date} của {issuerInText(office)})
        </p>
        <div className="dp-rule dp-rule-short" />
        <table className="dp-table">
          <thead>
            <tr>
              <th style={{ width: '12%' }}>STT</th>
              <th>Tên đơn vị</th>
              <th style={{ width: '34%' }}>Thuộc</th>
            </tr>
          </thead>
          <tbody>
            {d.units.map((u, i) => (
              <tr key={u.unitId}>
                <td className="dp-center">{i + 1}</td>
                <td>{u.name}</td>
                <td>{u.parentName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
