import type { Buffer as BufferPolyfill } from 'buffer';
import { NodeBuffer } from './bufferShim';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED, Signer } from '@signpdf/utils';
import { createCmsSignature } from './cms';
import { certificatePath, type Identity } from './identity';

export interface PdfSignOptions {
  /** The signer's clock; written as the signature dictionary's /M (PAdES keeps it out of the CMS). */
  signingTime: Date;
  reason: string;
  /** The signer's name as the PDF viewer shows it. */
  name: string;
  location?: string;
  contactInfo?: string;
}

/** Signs through our own CMS builder, so the key never leaves WebCrypto. */
class IdentitySigner extends Signer {
  constructor(private readonly identity: Identity) {
    super();
  }

  override async sign(pdfBuffer: BufferPolyfill): Promise<BufferPolyfill> {
    return NodeBuffer.from(await createCmsSignature(new Uint8Array(pdfBuffer), this.identity));
  }
}

/**
 * A PAdES baseline (B-B) signature: an incremental update adds an invisible
 * signature field whose /Contents is a detached CMS (SubFilter
 * ETSI.CAdES.detached) over every byte of the file except /Contents itself.
 * The visible "signed by" block is printed by the report renderer before
 * signing, so it is inside the signed bytes.
 */
export async function signPdf(pdfBytes: Uint8Array, identity: Identity, options: PdfSignOptions): Promise<Uint8Array> {
  const certificates = certificatePath(identity).reduce((sum, der) => sum + der.length, 0);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: NodeBuffer.from(pdfBytes),
    reason: options.reason,
    contactInfo: options.contactInfo ?? identity.info.email,
    name: options.name,
    location: options.location ?? '',
    signingTime: options.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    // Room for the CMS: certificates, attributes and the signature value, with a margin.
    signatureLength: Math.max(8192, certificates + 4096),
    // A PDF name object: no spaces.
    appName: 'HRBA-Tech',
  });
  const signed = await new SignPdf().sign(withPlaceholder, new IdentitySigner(identity), options.signingTime);
  return new Uint8Array(signed);
}
