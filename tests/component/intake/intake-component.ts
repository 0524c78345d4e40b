import { randomUUID } from 'node:crypto';
import { EventCatalogue, EventEnvelope, EventType } from '@qaztech/contracts';
import { IntakeModule } from '@qaztech/intake';
import { RequestContext, Role } from '@qaztech/platform';
import { AddAttachmentUseCase } from '../../../libs/intake/src/attachments/add-attachment.use-case';
import { Component, reviewEnvelope, startComponent } from '../../support/component';
import { completeRequest, randomBin } from '../../support/fixtures';

/** Intake with the platform, messaging off. */
export function startIntake(): Promise<Component> {
  return startComponent('intake', IntakeModule);
}

/** An agency of its own: a submitter and a signatory acting for it. */
export function anAgency() {
  const agencyBin = randomBin();
  const as = (role: Role, name: string): RequestContext => ({
    principal: { subject: `${role}-${agencyBin}`, name, roles: [role], agencyBin },
    requestId: randomUUID(),
    language: 'en',
  });
  return {
    agencyBin,
    submitter: () => as('agency.submitter', 'Ерлан Жумабаев'),
    signatory: () => as('agency.signatory', 'Айгерим Садыкова'),
    content: () => completeRequest(agencyBin),
  };
}

/** Records a stored document on the request, as the upload route does once the file is in storage. */
export async function attach(component: Component, context: RequestContext, requestId: string, kind: string) {
  return component.get<AddAttachmentUseCase>(AddAttachmentUseCase).record(context, requestId, {
    metadata: { kind, language: 'ru', classification: 'open' },
    mediaType: 'application/pdf',
    storageKey: `${randomUUID()}.pdf`,
    file: { temporaryPath: '', clientFileName: `${kind}.pdf`, sha256: 'a'.repeat(64), sizeBytes: 1024 },
  });
}

/** An event as another context's relay hands it over. */
export function eventFrom<T extends EventType>(
  type: T,
  requestId: string,
  payload: EventCatalogue[T],
): EventEnvelope<T, EventCatalogue[T]> {
  return reviewEnvelope(type, requestId, payload, { id: 'secretary-1', role: 'commission.secretary', name: 'Секретарь' });
}
