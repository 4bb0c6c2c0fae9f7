import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateDer, parseCertificate } from './certificate';
import { arrayBuffer, equalBytes, sha256 } from './encoding';
import { certificatePath, type Identity } from './identity';

const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

/**
 * A detached CMS SignedData (RFC 5652) over `content`, as PAdES baseline B-B
 * wants it: SHA-256, the signer's certificate and chain embedded, and signed
 * attributes content-type, message-digest and ESS signing-certificate-v2
 * (RFC 5035). No signing-time attribute: PAdES puts the claimed time in the
 * signature dictionary's /M instead. pkijs signs through WebCrypto, so a
 * non-extractable key and ECDSA both work.
 */
export async function createCmsSignature(content: Uint8Array, identity: Identity): Promise<Uint8Array> {
  const signer = parseCertificate(identity.certificate.der);
  const attributes = [
    new pkijs.Attribute({ type: OIDS.contentType, values: [new asn1js.ObjectIdentifier({ value: OIDS.data })] }),
    new pkijs.Attribute({ type: OIDS.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBuffer(await sha256(content)) })] }),
    new pkijs.Attribute({ type: OIDS.signingCertificateV2, values: [await signingCertificateV2(identity.certificate.der, signer)] }),
  ];
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OIDS.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: certificatePath(identity).map(parseCertificate),
  });
  await signedData.sign(identity.privateKey, 0, 'SHA-256');
  const info = new pkijs.ContentInfo({ contentType: OIDS.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER());
}

/** SigningCertificateV2 { certs: [ESSCertIDv2 { certHash (SHA-256, the default so omitted), issuerSerial }] }. */
async function signingCertificateV2(der: Uint8Array, cert: pkijs.Certificate): Promise<asn1js.Sequence> {
  const directoryName = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] });
  const issuerSerial = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [directoryName] }), cert.serialNumber] });
  const essCertId = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: arrayBuffer(await sha256(der)) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] });
}

export type CmsCheck =
  | { ok: false; reason: 'malformed' | 'signer-certificate-missing' | 'unsupported-algorithm' }
  | { ok: true; digestMatches: boolean; signatureValid: boolean; path: Uint8Array[] };

/**
 * Checks a detached CMS SignedData over `content`: the message digest, then the
 * signature over the signed attributes (pkijs reports it unverified when the
 * digest already differs).
 */
export async function checkCmsSignature(cms: Uint8Array, content: Uint8Array): Promise<CmsCheck> {
  let signedData: pkijs.SignedData;
  try {
    const info = pkijs.ContentInfo.fromBER(arrayBuffer(cms));
    if (info.contentType !== OIDS.signedData) return { ok: false, reason: 'malformed' };
    signedData = new pkijs.SignedData({ schema: info.content });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const signerInfo = signedData.signerInfos[0];
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo?.sid;
  const signer =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber))
      : undefined;
  if (!signerInfo || !signer) return { ok: false, reason: 'signer-certificate-missing' };
  const path = [signer, ...certs.filter((c) => c !== signer)].map(certificateDer);

  const digestAttr = signerInfo.signedAttrs?.attributes.find((a) => a.type === OIDS.messageDigest);
  const claimed = (digestAttr?.values[0] as asn1js.OctetString | undefined)?.valueBlock.valueHexView;
  if (!claimed) return { ok: false, reason: 'malformed' };
  if (signerInfo.digestAlgorithm.algorithmId !== '2.16.840.1.101.3.4.2.1') return { ok: false, reason: 'unsupported-algorithm' };
  const digestMatches = equalBytes(claimed, await sha256(content));
  let signatureValid = false;
  try {
    const result = await signedData.verify({ signer: 0, data: arrayBuffer(content), checkChain: false, extendedMode: true });
    signatureValid = result.signatureVerified === true;
  } catch (error) {
    // pkijs throws a SignedDataVerifyError carrying the same fields when a check fails.
    signatureValid = (error as pkijs.SignedDataVerifyResult).signatureVerified === true;
  }
  return { ok: true, digestMatches, signatureValid, path };
}

