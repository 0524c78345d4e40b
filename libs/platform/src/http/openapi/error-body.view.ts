import { ApiProperty } from '@nestjs/swagger';
import { ErrorBody } from '../error-body';

export class ErrorDetailView {
  @ApiProperty({ description: 'Dotted path of the field in the body, query or path', example: 'applicant.bin' })
  field!: string;
  @ApiProperty({ description: 'Stable code of what is wrong with the field', example: 'INVALID_BIN' })
  code!: string;
  @ApiProperty({ description: "The field's problem in the language of Accept-Language (kk, ru, en)" })
  message!: string;
}

/** The one body of every error any route answers with (`renderError`). */
export class ErrorBodyView implements ErrorBody {
  @ApiProperty({ description: 'Stable code a client branches on; never renamed or reused', example: 'VALIDATION_FAILED' })
  code!: string;
  @ApiProperty({ description: 'What went wrong, in the language of Accept-Language (kk, ru, en)' })
  message!: string;
  @ApiProperty({ type: () => [ErrorDetailView], description: 'One entry per wrong field; empty for an error of the whole request' })
  details!: ErrorDetailView[];
  @ApiProperty({ description: 'The x-request-id of the answer, to quote to support' })
  requestId!: string;
}
