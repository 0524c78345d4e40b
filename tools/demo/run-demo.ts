import { randomBytes } from 'node:crypto';
import { loadOrCreateDevKey } from '@qaztech/platform';
import { AUDIT_STEPS } from './audit-steps';
import { Cast, mintCast } from './cast';
import { COMMISSION_STEPS } from './commission-steps';
import { createApiClient } from '../api-client/client';
import { BaseUrlOf } from './demo-client';
import { createDemoContext, DemoState, DemoStep } from './demo-context';
import { INTAKE_STEPS } from './intake-steps';
import { OVERLAP_STEPS } from './overlap-steps';

import { PUBLICATION_STEP } from './publication-step';
import { SCREENING_STEPS } from './review-steps';
import { DemoSigner } from './demo-signer';

/** The whole case, in order: from a draft to a verified ledger. */
export const DEMO_STEPS: readonly DemoStep[] = [
  ...INTAKE_STEPS,
  ...SCREENING_STEPS,
  ...COMMISSION_STEPS,
  PUBLICATION_STEP,
  ...OVERLAP_STEPS,
  ...AUDIT_STEPS,
];

export interface DemoOptions {
  baseUrlOf: BaseUrlOf;
  /** The development issuer's key file: the one the running system reads. */
  keyFile: string;
  issuer: string;
  audience: string;
  agencyBin: string;
  timeoutMs: number;
  /** The development PKI the system trusts (SIGNATURE_TRUSTED_ROOTS' folder), and the port its OCSP responder answers on. */
  pki: { dir: string; ocspPort: number };
  print(line: string): void;
}

/** A step that failed; the message names it. */
export class DemoStepFailed extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`step "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DemoStepFailed';
  }
}

/** Runs every step against a running system, one line each; throws DemoStepFailed at the first failure. */
export async function runDemo(options: DemoOptions): Promise<DemoState> {
  const total = DEMO_STEPS.length + 1;
  const label = (n: number, name: string): string => `[${String(n).padStart(2)}/${total}] ${name}`;
  const key = await loadOrCreateDevKey(options.keyFile).catch((error: unknown) => {
    throw new DemoStepFailed('mint tokens', error);
  });
  const runId = randomBytes(3).toString('hex');
  const cast = await mintCast({ key, issuer: options.issuer, audience: options.audience, agencyBin: options.agencyBin, runId });
  options.print(
    `${label(1, 'mint tokens')}: agency ${cast.agencyBin} (submitter, signatory), secretary, 3 experts, chair, 5 members, auditor`,
  );
  const signer = new DemoSigner(options.pki.dir, cast.agencyBin);
  const responder = await signer.start(options.pki.ocspPort).catch((error: unknown) => {
    throw new DemoStepFailed('mint tokens', error);
  });
  options.print(
    `        acts signed with the development PKI in ${options.pki.dir}; OCSP responder on port ${options.pki.ocspPort} ${responder}`,
  );
  try {
    return await runSteps(options, cast, signer, label);
  } finally {
    await signer.stop();
  }
}

async function runSteps(
  options: DemoOptions,
  cast: Cast,
  signer: DemoSigner,
  label: (n: number, name: string) => string,
): Promise<DemoState> {
  // A step's details follow its own line, which is known only once the step is done.
  const details: string[] = [];
  const context = createDemoContext({
    client: createApiClient({ baseUrlOf: options.baseUrlOf }),
    cast,
    signer,
    timeoutMs: options.timeoutMs,
    baseUrlOf: options.baseUrlOf,
    detail: (line) => details.push(`        ${line}`),
  });
  for (const [index, step] of DEMO_STEPS.entries()) {
    let summary: string;
    try {
      summary = await step.run(context);
    } catch (error) {
      options.print(`${label(index + 2, step.name)}: FAILED`);
      throw new DemoStepFailed(step.name, error);
    }
    options.print(`${label(index + 2, step.name)}: ${summary}`);
    for (const line of details.splice(0)) options.print(line);
  }
  return context.state;
}
