import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { actorOf, RequestContext, SignatureError, SigningDocument } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { MeetingRepository } from '../meetings/meeting.repository';
import { minutesDocument, ReviewSigning } from '../signing/review-signing';
import { MinutesQuery } from './minutes.query';

export class MinutesSignatureView {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty({ example: 'sha256:…', description: 'Digest of the minutes as signed' })
  contentDigest!: string;

  @ApiProperty({ example: 'sha256:…', description: 'Digest of the CMS: the signature’s name in the ledger' })
  cmsDigest!: string;

  @ApiProperty({ nullable: true, type: String })
  signerIin!: string | null;

  @ApiProperty()
  signerName!: string;
}

/**
 * The secretary signs the meeting's minutes as they stand. Verified before the transaction, then
 * held against the minutes as the transaction sees them, with the meeting locked: a vote or a
 * decision recorded in between makes it a signature over other minutes.
 */
@Injectable()
export class SignMinutesUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly minutes: MinutesQuery,
    private readonly meetings: MeetingRepository,
    private readonly signing: ReviewSigning,
  ) {}

  async document(meetingId: string): Promise<SigningDocument> {
    return minutesDocument(meetingId, await this.minutes.of(meetingId));
  }

  async execute(context: RequestContext, meetingId: string, cms: string | undefined): Promise<MinutesSignatureView> {
    const signed = await this.signing.require(context, await this.document(meetingId), cms);
    return this.uow.run(async (tx) => {
      const meeting = await this.meetings.lock(tx.manager, meetingId);
      const now = minutesDocument(meetingId, await this.minutes.read(tx.manager, meetingId));
      if (now.digest !== signed.document.digest) {
        throw new SignatureError('SIGNATURE_CONTENT_MISMATCH', 'the minutes changed after their signing document was taken');
      }
      // One signature per state of the minutes and signer: signing the same twice records it once.
      const actId = `${meetingId}/${signed.event.cmsDigest}`;
      if (await this.signing.record(tx.manager, signed, actId, null)) {
        await tx.append({
          type: 'meeting.minutes_signed.v1',
          aggregateId: null,
          actor: actorOf(context.principal, ['commission.secretary']),
          correlationId: context.requestId,
          payload: { meetingId, protocolNumber: meeting.protocolNumber, signature: signed.event },
        });
      }
      const { signer } = signed.event;
      return {
        meetingId,
        contentDigest: signed.document.digest,
        cmsDigest: signed.event.cmsDigest,
        signerIin: signer.iin,
        signerName: signer.commonName,
      };
    });
  }
}
