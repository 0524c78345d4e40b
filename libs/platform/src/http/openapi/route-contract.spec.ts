import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController, ApiProperty } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorator';
import { ErrorCode } from '../../errors/error-codes';
import { defineErrors } from '../../errors/error-set';
import { Answers } from './answers.decorator';
import { errorCodesOf, declaredRoutes } from './api-document';
import { routeContractProblems } from './route-contract.audit';

const LEASES = defineErrors('lease-probe', {
  errors: { LEASE_PROBE_TAKEN: { status: 409, kk: 'Алынған.', ru: 'Занято.', en: 'Taken.' } },
});

class LeaseView {
  @ApiProperty() id!: string;
}

@Controller('leases')
@Roles('admin')
class LeasesController {
  @Answers(LeaseView, { errors: [ErrorCode.VALIDATION_FAILED, LEASES.codes.LEASE_PROBE_TAKEN] })
  @Post()
  take(): LeaseView {
    return { id: '1' };
  }

  @Answers(LeaseView)
  @Post(':id/renew')
  @HttpCode(200)
  renew(): LeaseView {
    return { id: '1' };
  }

  @Get(':id')
  find(): LeaseView {
    return { id: '1' };
  }

  // Below the route decorator, it cannot read the 201 a POST answers with.
  @Post(':id/return')
  @Answers(LeaseView)
  giveBack(): LeaseView {
    return { id: '1' };
  }

  @Answers(LeaseView, { errors: ['NEVER_DEFINED' as never] })
  @Get()
  list(): LeaseView[] {
    return [];
  }
}

@ApiExcludeController()
@Controller('pages')
class PagesController {
  @Get()
  page(): string {
    return '<html></html>';
  }
}

describe('routeContractProblems', () => {
  const problems = routeContractProblems([LeasesController, PagesController]);

  it('names a route without a declared answer, and the fix', () => {
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^GET \/leases\/:id \(LeasesController\.find\) declares no response: add @Answers\(SomeView, .*@ApiExcludeEndpoint\(\)/,
      ),
    );
  });

  it('names an answer whose status is not the one the route sends', () => {
    expect(problems).toContain(
      'POST /leases/:id/return (LeasesController.giveBack) answers 201 but @Answers declares 200: put @Answers above @Post/@HttpCode',
    );
  });

  it('names a code no error set defines', () => {
    expect(problems).toContain('GET /leases (LeasesController.list) names the error code NEVER_DEFINED, which no error set defines');
  });

  it('passes declared routes, and routes left out of the API on purpose', () => {
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).not.toMatch(/take|renew|PagesController/);
  });
});

describe('errorCodesOf', () => {
  const routes = new Map(declaredRoutes([LeasesController]).map((route) => [route.handlerName, route]));

  it("adds what the route's access and method imply to what it declares", () => {
    expect(errorCodesOf(routes.get('take')!)).toEqual([
      'FORBIDDEN',
      'INTERNAL_ERROR',
      'LEASE_PROBE_TAKEN',
      'RATE_LIMITED',
      'SERVICE_UNAVAILABLE',
      'TOKEN_EXPIRED',
      'TOKEN_INVALID',
      'TOKEN_LIFETIME_TOO_LONG',
      'UNAUTHENTICATED',
      'VALIDATION_FAILED',
    ]);
  });

  it('leaves the rate limit out of a read that declares none', () => {
    expect(errorCodesOf(routes.get('find')!)).not.toContain('RATE_LIMITED');
  });
});
