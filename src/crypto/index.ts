/**
 * The crypto layer's public API. Import it lazily (`await import('../crypto')`):
 * it carries pkijs, asn1js, node-forge and @signpdf, which stay out of the
 * initial bundle. Codes and their words are in ./codes and ./messages, which
 * import nothing and may be imported statically.
 */
export { importPkcs12 } from './pkcs12';
export { createSelfSignedIdentity, type SelfSignedRequest } from './selfSigned';
export { certificateInfo, readCertificates, CertificateInfoSchema, type CertificateInfo, type CertificateFile } from './certificate';
export { pemOf } from './trust';
export { validityError, certificatePath, type Identity, type IdentityResult } from './identity';
export { signPdf, type PdfSignOptions } from './pades';
export { verifyPdf, type PdfVerifyResult } from './padesVerify';
export { signPackage, verifyPackage, packagePayload, type PackageSignOptions } from './jws';
export type { SignatureCheck, TrustAnchor, VerifyOptions, VerifyResult } from './trust';
export * from './codes';
