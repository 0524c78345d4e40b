import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NestedObject } from '../../http/validators';
import { ActSignatureV1 } from '@qaztech/contracts';
import { SigningDocument } from './signing-document';

/** NCA RK's CMS with its chain stays far below this; a bigger body is not a signature. */
const MAX_CMS_BASE64 = 256 * 1024;

/** The detached CMS the signer's NCALayer returned for the act's signing document. */
export class ActSignatureDto {
  @ApiProperty({
    description: "Base64 of the detached CMS SignedData over the act's signing document (NCALayer's createCMSSignatureFromBase64)",
    maxLength: MAX_CMS_BASE64,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CMS_BASE64)
  // Base64 is judged by the verifier, which allows NCALayer's line breaks and answers SIGNATURE_MALFORMED.
  cms!: string;
}

/** What to sign for an act as it stands: hand `content` to NCALayer, send back the CMS with the act. */
export class SigningDocumentView {
  @ApiProperty({ example: 'review.decision' })
  act!: string;

  @ApiProperty({ description: 'Base64 of the exact bytes to sign (RFC 8785 canonical JSON of the act)' })
  content!: string;

  @ApiProperty({ example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  digest!: string;

  @ApiProperty({ description: 'How NCALayer is asked to sign it', example: 'createCMSSignatureFromBase64, detached' })
  signWith!: string;
}

export function toSigningDocumentView(document: SigningDocument): SigningDocumentView {
  return {
    act: document.act,
    content: document.bytes.toString('base64'),
    digest: document.digest,
    signWith: 'createCMSSignatureFromBase64, detached',
  };
}

/** The body of an act whose only content is its signature (a submission, the minutes). */
export class SignedActDto {
  @ApiPropertyOptional({ type: ActSignatureDto, description: 'The qualified signature; required when SIGNATURES_REQUIRED is on' })
  @IsOptional()
  @NestedObject(() => ActSignatureDto)
  signature?: ActSignatureDto;
}

export class ActSignerView {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'IIN from the certificate' }) iin!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'BIN from the certificate' }) bin!: string | null;
  @ApiProperty() commonName!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) organization!: string | null;
}

/** Who signed an act, and what: the HTTP answer's account of the signature kept with the act. */
export class ActSignatureView {
  @ApiProperty({ example: 'review.decision' }) act!: string;
  @ApiProperty({ description: 'sha256 of the bytes signed' }) contentDigest!: string;
  @ApiProperty({ description: 'sha256 of the CMS: the signature’s name in the ledger' }) cmsDigest!: string;
  @ApiProperty({ type: () => ActSignerView }) signer!: ActSignerView;
  @ApiProperty() certificateSerial!: string;
  @ApiProperty() certificateIssuer!: string;
  @ApiProperty() algorithm!: string;
  @ApiProperty() signingTime!: string;
}

/** The view of an event's signature, field by field, so the event may grow without changing the API. */
export function toActSignatureView(signature: ActSignatureV1 | undefined): ActSignatureView | null {
  if (!signature) return null;
  const { act, contentDigest, cmsDigest, signer, certificateSerial, certificateIssuer, algorithm, signingTime } = signature;
  const { iin, bin, commonName, organization } = signer;
  return {
    act,
    contentDigest,
    cmsDigest,
    signer: { iin, bin, commonName, organization },
    certificateSerial,
    certificateIssuer,
    algorithm,
    signingTime,
  };
}
