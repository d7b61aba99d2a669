// Who issues each type of document, and so how it is headed and signed. Recognition is decided by the collective
// People's Committee ("TM. ỦY BAN NHÂN DÂN"); commendations by the chair personally (Luật Thi đua, khen thưởng
// 2022, Điều 80 khoản 3), never "TM.". A certificate names the same issuer as its decision.
import type { SigningAuthority } from '../domain/accounts.ts';
import type { SignatureBlock } from './model.ts';

export type DocumentType = 'recognition' | 'commendation';

/** The issuing body as printed: "ỦY BAN NHÂN DÂN" and "XÃ ĐÔNG SƠN". */
export interface IssuerNames {
  bodyUpper: string;
  localityUpper: string;
}

/** The person signing: a deputy is one whose signer entry signs "KT." for the chair. */
export interface SigningPerson {
  authority: SigningAuthority;
  title: string;
  fullName: string;
}

const CHAIR = 'CHỦ TỊCH';

interface IssuerForm {
  authorityLine: (names: IssuerNames) => string;
  signature: (person: SigningPerson, names: IssuerNames) => SignatureBlock;
}

export const DOCUMENT_ISSUERS: Record<DocumentType, IssuerForm> = {
  recognition: {
    authorityLine: (n) => `${n.bodyUpper} ${n.localityUpper}`,
    signature: (p, n) => ({
      authority: 'TM.',
      onBehalfOf: n.bodyUpper,
      ...(p.authority === 'KT.' ? { deputyFor: CHAIR } : {}),
      title: p.title,
      signerName: p.fullName,
    }),
  },
  commendation: {
    authorityLine: (n) => `${CHAIR} ${n.bodyUpper} ${n.localityUpper}`,
    signature: (p) =>
      p.authority === 'KT.'
        ? { authority: 'KT.', onBehalfOf: CHAIR, title: p.title, signerName: p.fullName }
        : { authority: '', onBehalfOf: '', title: p.title, signerName: p.fullName },
  },
};
