import { Cast } from './cast';
import { ApiClient, BaseUrlOf } from './demo-client';
import { DemoSigner } from './demo-signer';

/** What the steps learn as they go, for the steps after them. */
export interface DemoState {
  requestId?: string;
  registrationNumber?: string;
  meetingId?: string;
  itemId?: string;
  decisionId?: string;
  decisionNumber?: string;
  publicUrl?: string;
  lastLedgerIndex?: number;
  /** The second request, the one that duplicates an existing system. */
  duplicateRequestId?: string;
}

export interface DemoContext {
  /** The API, typed by the committed openapi.json: the demo calls only what the contract publishes. */
  client: ApiClient;
  cast: Cast;
  /** Signs each act with the development PKI, as the person's NCALayer would. */
  signer: DemoSigner;
  state: DemoState;
  /** How long a step waits for something another service does after an event. */
  timeoutMs: number;
  /** The address a path has for a person reading the output. */
  baseUrlOf: BaseUrlOf;
  /** An indented line under the step's own line. */
  detail(line: string): void;
  requestId(): string;
}

/** One line of the demo: `run` does the work and says in a few words what came of it. */
export interface DemoStep {
  name: string;
  run(context: DemoContext): Promise<string>;
}

export function createDemoContext(options: Omit<DemoContext, 'state' | 'requestId'>): DemoContext {
  const state: DemoState = {};
  return {
    ...options,
    state,
    requestId() {
      if (!state.requestId) throw new Error('no request yet: the drafting step did not run');
      return state.requestId;
    },
  };
}
