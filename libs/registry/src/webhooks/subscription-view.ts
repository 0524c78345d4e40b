import { Subscription } from './subscription.repository';
import { SubscriptionView, SubscriptionWithSecretView } from './subscription.dto';

/** A subscription as the API shows it: never the secrets. */
export function subscriptionView(subscription: Subscription): SubscriptionView {
  return {
    id: subscription.id,
    url: subscription.targetUrl,
    description: subscription.description,
    status: subscription.status,
    createdAt: subscription.createdAt.toISOString(),
    disabledAt: subscription.disabledAt?.toISOString() ?? null,
    secretRotatedAt: subscription.secretRotatedAt?.toISOString() ?? null,
    previousSecretValidUntil: subscription.previousSecretUntil?.toISOString() ?? null,
  };
}

export function withSecret(subscription: Subscription): SubscriptionWithSecretView {
  return { ...subscriptionView(subscription), secret: subscription.secret };
}
