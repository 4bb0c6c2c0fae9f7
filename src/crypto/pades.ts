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
  const signed = await new SignPdf().sign(unmangleStrings(withPlaceholder), new IdentitySigner(identity), options.signingTime);
  return new Uint8Array(signed);
}

const SIGNATURE_OBJECT = /\d+ 0 obj\n<<\n\/Type \/Sig[\s\S]*?\n>>\nendobj/;

/**
 * @signpdf/placeholder-plain writes the signature dictionary's text strings (/Name,
 * /Reason, /Location, /ContactInfo) as one byte per character, UTF-16BE with its byte
 * order mark when a string is not ASCII, but then converts that byte string to UTF-8, so
 * every byte above 0x7F becomes two: "Zoë" or any Arabic name reached the signature panel
 * as "Ã¾Ã¿…". This puts the dictionary back to the bytes meant (each UTF-8 character is
 * one of those bytes) and pads the shorter object with spaces before "endobj", so every
 * offset in the cross-reference table stays true. ASCII dictionaries are left as they are.
 */
function unmangleStrings(pdf: BufferPolyfill): BufferPolyfill {
  const text = pdf.toString('latin1');
  const match = SIGNATURE_OBJECT.exec(text);
  if (!match) return pdf;
  const raw = pdf.subarray(match.index, match.index + match[0].length);
  if (raw.every((byte) => byte < 0x80)) return pdf;
  const meant = NodeBuffer.from(raw.toString('utf8'), 'latin1');
  const end = meant.lastIndexOf('\nendobj');
  const padded = NodeBuffer.concat([meant.subarray(0, end), NodeBuffer.alloc(raw.length - meant.length, ' '), meant.subarray(end)]);
  return NodeBuffer.concat([pdf.subarray(0, match.index), padded, pdf.subarray(match.index + raw.length)]);
}
