import { DynamicModule, Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { AccessGuard, TOKEN_VERIFIER } from './auth/access.guard';
import { DEV_PUBLIC_JWKS, DevJwksController } from './auth/dev-jwks.controller';
import { loadOrCreateDevKey } from './auth/dev-issuer';
import { RouteAccessAudit } from './auth/route-access.audit';
import { RouteContractAudit } from './http/openapi/route-contract.audit';
import { TokenVerifier } from './auth/token-verifier';
import { PLATFORM_CONFIG } from './config/config.tokens';
import { PlatformConfig } from './config/platform-config';
import { DatabaseConnections } from './database/database.providers';
import { ErrorCatalog, provideErrors } from './errors/error-catalog';
import { errorCatalog } from './errors/messages';
import { ApiExceptionFilter } from './http/exception.filter';
import { PlatformValidationPipe } from './http/validation';
import { HealthController } from './observability/health.controller';
import { Metrics } from './observability/metrics';
import { EventPublisher } from './queues/event-publisher';
import { QueueDashboard } from './queues/queue-dashboard';
import { createCounterConnection } from './queues/redis-connection';
import { RATE_LIMIT_SETTINGS, RATE_LIMITER, RateLimitGuard } from './http/rate-limit/rate-limit.guard';
import { RateLimitSettings } from './http/rate-limit/rate-limit.policy';
import { RedisRateLimiter } from './http/rate-limit/redis-rate-limiter';
import { PostgresRateLimiter } from './http/rate-limit/postgres-rate-limiter';
import { RateLimiter } from './http/rate-limit/rate-limiter';
import { queueSettings } from './queues/queue-backend';
import { Clock, systemClock } from './time/clock';
import { SIGNATURE_ERROR_SET } from './signatures/signature-errors';
import { SignatureVerifierService } from './signatures/signature-verifier.service';
import { ActSignatures } from './signatures/signed-acts/act-signatures.service';

export interface PlatformOptions {
  config: PlatformConfig;
  /** The time the domain reads; the real one unless a test brings a clock it moves. */
  clock?: Clock;
  /** The queues of the contexts the process runs, shown on the admin dashboard. */
  queues?: readonly string[];
}

/** Closes shared connections last, after contexts have stopped their workers. */
class ConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
    await this.limiter.close();
  }
}

/** The request counters live where the queues do: Redis, or the queue schema in PostgreSQL. */
function rateLimiter(config: PlatformConfig): RateLimiter {
  const settings = queueSettings(config);
  if (settings.kind === 'postgres') return PostgresRateLimiter.connect(settings.postgresUrl);
  return new RedisRateLimiter(createCounterConnection(config.REDIS_URL), config.QUEUE_PREFIX);
}

function rateLimitSettings(config: PlatformConfig): RateLimitSettings {
  return {
    windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    limits: { public: config.RATE_LIMIT_PUBLIC, write: config.RATE_LIMIT_WRITE },
  };
}

@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const devIssuer = config.AUTH_DEV_ISSUER;
    return {
      module: PlatformModule,
      imports: [DiscoveryModule],
      controllers: devIssuer ? [HealthController, DevJwksController] : [HealthController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: Clock, useValue: options.clock ?? systemClock },
        { provide: ErrorCatalog, useValue: errorCatalog },
        // Any context may take a signed act, so the refusals of signatures are the platform's.
        provideErrors(SIGNATURE_ERROR_SET),
        // Each context opens its own pool, as its own role, through this (provideContextDatabase).
        DatabaseConnections,
        { provide: EventPublisher, useFactory: () => new EventPublisher(queueSettings(config)) },
        {
          provide: DEV_PUBLIC_JWKS,
          useFactory: async () => (devIssuer ? { keys: [(await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE)).publicJwk] } : { keys: [] }),
        },
        {
          provide: TOKEN_VERIFIER,
          inject: [DEV_PUBLIC_JWKS],
          useFactory: (devKeys: { keys: object[] }) =>
            new TokenVerifier({
              issuer: config.AUTH_ISSUER,
              audience: config.AUTH_AUDIENCE,
              maxLifetimeSeconds: config.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
              // Without a JWKS URL the verifier discovers it from the issuer URL.
              ...(devIssuer ? { localKeys: devKeys } : { jwksUrl: config.AUTH_JWKS_URL || undefined }),
            }),
        },
        {
          provide: QueueDashboard,
          inject: [TOKEN_VERIFIER],
          useFactory: (verifier: TokenVerifier) =>
            new QueueDashboard({ queues: options.queues ?? [], settings: queueSettings(config), verifier }),
        },
        { provide: RATE_LIMITER, useFactory: () => rateLimiter(config) },
        { provide: RATE_LIMIT_SETTINGS, useValue: rateLimitSettings(config) },
        Metrics,
        SignatureVerifierService,
        ActSignatures,
        RouteAccessAudit,
        RouteContractAudit,
        ConnectionCloser,
        // Order matters: the rate limit counts writes against the subject the access guard verified.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useClass: PlatformValidationPipe },
      ],
      exports: [
        PLATFORM_CONFIG,
        Clock,
        ErrorCatalog,
        DatabaseConnections,
        EventPublisher,
        Metrics,
        TOKEN_VERIFIER,
        SignatureVerifierService,
        ActSignatures,
        QueueDashboard,
      ],
    };
  }
}
