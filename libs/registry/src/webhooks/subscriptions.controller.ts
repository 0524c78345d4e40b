import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, ErrorCode, JSON_BODY_ERRORS, PageQueryDto, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { CreateSubscriptionUseCase } from './create-subscription.use-case';
import { DeliveryHistoryQuery, DeliveryPageView, DeliveryView } from './delivery-history.query';
import { DisableSubscriptionUseCase } from './disable-subscription.use-case';
import { RedeliverUseCase } from './redeliver.use-case';
import { RotateSecretUseCase } from './rotate-secret.use-case';
import { CreateSubscriptionDto, SubscriptionPageView, SubscriptionView, SubscriptionWithSecretView } from './subscription.dto';
import { SubscriptionsQuery } from './subscriptions.query';
import { subscriptionView } from './subscription-view';
import { RegistryError } from '../shared/registry-errors';

/** Webhook subscriptions of the register and their deliveries: administrators only. */
@ApiTags('registry: webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller('registry/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsQuery,
    private readonly history: DeliveryHistoryQuery,
    private readonly createSubscription: CreateSubscriptionUseCase,
    private readonly disableSubscription: DisableSubscriptionUseCase,
    private readonly rotateSecret: RotateSecretUseCase,
    private readonly redeliverUseCase: RedeliverUseCase,
  ) {}

  @Answers(SubscriptionWithSecretView, { errors: [...JSON_BODY_ERRORS] })
  @Post()
  @ApiOperation({ summary: 'Subscribe an address; the answer shows its signing secret, once' })
  async create(@Ctx() context: RequestContext, @Body() body: CreateSubscriptionDto): Promise<SubscriptionWithSecretView> {
    return this.createSubscription.execute(context, body);
  }

  @Answers(SubscriptionPageView, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get()
  @ApiOperation({ summary: 'Subscriptions, oldest first, by cursor; never their secrets' })
  async list(@Query() query: PageQueryDto): Promise<SubscriptionPageView> {
    const page = await this.subscriptions.list(query.limit ?? 20, query.cursor);
    return { ...page, items: page.items.map(subscriptionView) };
  }

  @Answers(SubscriptionView, { errors: [ErrorCode.VALIDATION_FAILED, RegistryError.SUBSCRIPTION_NOT_FOUND] })
  @Get(':id')
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<SubscriptionView> {
    return subscriptionView(await this.subscriptions.find(id));
  }

  @Answers(SubscriptionView, { errors: [ErrorCode.VALIDATION_FAILED, RegistryError.SUBSCRIPTION_NOT_FOUND] })
  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop deliveries: nothing new, and waiting deliveries are cancelled' })
  async disable(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<SubscriptionView> {
    return this.disableSubscription.execute(context, id);
  }

  @Answers(SubscriptionWithSecretView, {
    errors: [ErrorCode.VALIDATION_FAILED, RegistryError.SUBSCRIPTION_NOT_FOUND, RegistryError.SUBSCRIPTION_DISABLED],
  })
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new secret, shown once; the old one still signs during the grace period' })
  async rotate(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<SubscriptionWithSecretView> {
    return this.rotateSecret.execute(context, id);
  }

  @Answers(DeliveryPageView, { errors: [ErrorCode.VALIDATION_FAILED, RegistryError.SUBSCRIPTION_NOT_FOUND] })
  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Deliveries, newest publication first, with every attempt' })
  async deliveries(@Param('id', new UuidPipe('id')) id: string, @Query() query: PageQueryDto): Promise<DeliveryPageView> {
    await this.subscriptions.find(id);
    return this.history.list(id, query.limit ?? 20, query.cursor);
  }

  @Answers(DeliveryView, {
    errors: [
      ErrorCode.VALIDATION_FAILED,
      RegistryError.SUBSCRIPTION_NOT_FOUND,
      RegistryError.DELIVERY_NOT_FOUND,
      RegistryError.SUBSCRIPTION_DISABLED,
    ],
  })
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again, with a fresh retry window' })
  async redeliver(
    @Param('id', new UuidPipe('id')) id: string,
    @Param('deliveryId', new UuidPipe('deliveryId')) deliveryId: string,
  ): Promise<DeliveryView> {
    return this.redeliverUseCase.execute(id, deliveryId);
  }
}
