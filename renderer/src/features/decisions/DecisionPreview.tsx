// The decision as it will be printed: the same document model main renders the .docx from, written out with the
// same formatters, so screen, paper and .docx say the same words. The decision itself is one A4 sheet; each
// attached list starts a sheet of its own. Screen and print share the markup (see decisions.css).
import { Alert, Spin } from 'antd';
import type { Decision } from '#shared/api/decisionTypes.ts';
import {
  formatDocumentNumber,
  formatPlaceDate,
  recipientLines,
  signatureLines,
  withListEndings,
} from '#shared/documents/format.ts';
import type { AttachedList, DecisionModel } from '#shared/documents/model.ts';
import { call } from '../../kit/api.ts';
import { useLoader } from '../../kit/useLoad.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi');

export function DecisionPreview({ decision }: { decision: Decision }) {
  // Keyed by the whole decision: main returns a new version of it on every change (edit, signing...), and the
  // model is read again for it. The preview shows its own failure in place.
  const loaded = useLoader(decision, () => call('decisions.model', { id: decision.id }), { quiet: true });

  if (loaded.error !== null) {
    return <Alert type="error" showIcon title="Không hiển thị được bản xem trước" description={loaded.error} />;
  }
  if (!loaded.data) return <Spin style={{ display: 'block', margin: 40 }} />;
  return <DecisionSheets model={loaded.data} />;
}

export function DecisionSheets({ model }: { model: DecisionModel }) {
  const sign = model.signature;
  return (
    <div className="decision-sheets">
      <article className="decision-paper" aria-label="Bản xem trước quyết định">
        <header className="dp-header">
          <div className="dp-issuer">
            {(model.issuingBody.parentLines ?? []).map((l, i) => (
              <div key={i}>{upper(l)}</div>
            ))}
            {model.issuingBody.lines.map((l, i) => (
              <div key={i} className="dp-strong">
                {upper(l)}
              </div>
            ))}
            <div className="dp-rule dp-rule-short" />
          </div>
          <div className="dp-nation">
            <div className="dp-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="dp-motto">
              <span>Độc lập - Tự do - Hạnh phúc</span>
            </div>
          </div>
          <div className="dp-number dp-blanks">{formatDocumentNumber(model.documentNumber)}</div>
          <div className="dp-place-date dp-blanks">{formatPlaceDate(model.placeDate)}</div>
        </header>

        <h1 className="dp-title">{upper(model.title)}</h1>
        {model.subjectLines.map((l, i) => (
          <p key={i} className="dp-subject">
            {l}
          </p>
        ))}
        <div className="dp-rule dp-rule-subject" />
        <p className="dp-authority">{upper(model.authorityLine)}</p>

        {withListEndings(model.legalBases).map((b, i) => (
          <p key={i} className="dp-para dp-basis">
            {b}
          </p>
        ))}
        <p className="dp-decides">{upper(model.title)}:</p>
        {model.articles.map((a, i) => {
          const [first = '', ...rest] = a.paragraphs;
          return [
            <p key={`${i}`} className="dp-para">
              <strong>Điều {i + 1}.</strong> {first}
            </p>,
            ...rest.map((text, j) => (
              <p key={`${i}.${j}`} className="dp-para">
                {text}
              </p>
            )),
          ];
        })}

        <footer className="dp-bottom">
          <div className="dp-recipients">
            <div className="dp-recipients-title">Nơi nhận:</div>
            {recipientLines(model.recipients).map((r, i) => (
              <div key={i}>{r}</div>
            ))}
          </div>
          <div className="dp-signature">
            {signatureLines(sign).map((l, i) => (
              <div key={i} className="dp-strong">
                {l}
              </div>
            ))}
            <div className="dp-sign-space" />
            <div className="dp-strong dp-signer">{sign.signerName}</div>
          </div>
        </footer>
      </article>

      {model.attachedLists.map((list, k) => (
        <AttachedListSheet key={k} list={list} />
      ))}
    </div>
  );
}

function AttachedListSheet({ list }: { list: AttachedList }) {
  const total = list.columns.reduce((s, c) => s + c.widthPercent, 0) || 1;
  return (
    <section className="decision-paper dp-annex" aria-label={upper(list.titleLines.join(' '))}>
      {list.titleLines.map((l, i) => (
        <h2 key={i} className="dp-annex-title">
          {upper(l)}
        </h2>
      ))}
      <p className="dp-annex-ref dp-blanks">{list.note}</p>
      <div className="dp-rule dp-rule-short" />
      <table className="dp-table">
        <colgroup>
          {list.columns.map((c, i) => (
            <col key={i} style={{ width: `${(c.widthPercent / total) * 100}%` }} />
          ))}
        </colgroup>
        {/* A <thead> is repeated at the top of every printed page the table runs onto. */}
        <thead>
          <tr>
            {list.columns.map((c, i) => (
              <th key={i}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((text, i) => (
                <td key={i} className={`dp-align-${list.columns[i]?.align ?? 'left'}`}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
