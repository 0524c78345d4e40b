import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_CONFIG } from '../config/config.tokens';
import { PlatformConfig } from '../config/platform-config';
import { Clock } from '../time/clock';
import { SignatureError } from './signature-errors';
import {
  OfflineVerification,
  SignatureVerification,
  SignatureVerifierSettings,
  SignedAct,
  verifySignature,
  verifySignatureOffline,
} from './signature-verifier';
import { signatureSettingsFrom } from './trusted-roots';

/**
 * The verifier as contexts inject it: the operator's settings, the platform's clock. The roots
 * bundle is read on first use, so a service starts before the development PKI exists; a bundle
 * that cannot be read refuses each signature (503) and says why in the error's detail.
 */
@Injectable()
export class SignatureVerifierService {
  private settings: SignatureVerifierSettings | undefined;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Whether acts must be signed; off, a signature that is sent is still verified. */
  get required(): boolean {
    return this.config.SIGNATURES_REQUIRED;
  }

  async verify(act: SignedAct): Promise<SignatureVerification> {
    return verifySignature(act, this.loadSettings(), this.clock.now());
  }

  /** What can be checked without the CA: for an export verified away from the network. */
  verifyOffline(act: SignedAct): OfflineVerification {
    return verifySignatureOffline(act, this.loadSettings(), this.clock.now());
  }

  private loadSettings(): SignatureVerifierSettings {
    if (this.settings) return this.settings;
    try {
      this.settings = signatureSettingsFrom(this.config);
    } catch (error) {
      throw new SignatureError('SIGNATURE_TRUST_NOT_CONFIGURED', `${this.config.SIGNATURE_TRUSTED_ROOTS}: ${(error as Error).message}`);
    }
    return this.settings;
  }
}
