import { randomInt } from 'node:crypto';
import { kzCheckDigit } from '@qaztech/platform';

/** A fresh valid BIN, so each test works as an agency of its own. */
export function randomBin(): string {
  for (;;) {
    const digits = Array.from({ length: 11 }, () => randomInt(10));
    const check = kzCheckDigit(digits);
    if (check !== undefined) return [...digits, check].join('');
  }
}

/** Today's date in Kazakhstan (Asia/Almaty), as the Commission dates meetings and decisions. */
export function almatyToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
}

/** A request that passes completeness for `bin` (given the two required documents). */
export function completeRequest(bin: string) {
  return {
    applicant: {
      bin,
      nameKk: 'Қазақстан Республикасының Цифрлық даму министрлігі',
      nameRu: 'Министерство цифрового развития Республики Казахстан',
      kind: 'central_state_body',
      contactPerson: { fullName: 'Айгерим Садыкова', position: 'Директор департамента', email: 'a.sadykova@gov.kz', phone: '+77172740000' },
    },
    system: {
      titleKk: 'Мемлекеттік құпияларды есепке алу жүйесі',
      titleRu: 'Система учёта сведений, составляющих государственные секреты',
      purpose: 'Учёт и контроль доступа к сведениям ограниченного распространения',
      kind: 'new_system',
      expectedUsers: 350,
      functions: ['state_secrets_protection', 'document_management'],
      dataObjects: ['classified_information', 'person', 'state_body'],
    },
    justification: {
      reasons: [
        {
          category: 'state_secrets',
          explanation: 'Закон о государственных секретах требует изолированного контура',
          capabilities: [
            { capabilityId: 'env-prod', gap: 'insufficient', limit: 'классы данных: open, personal, restricted', needed: 'state_secret' },
            { capabilityId: 'document-storage', gap: 'absent' },
          ],
          evidence: { classificationActRef: 'Приказ МЦРИАП № 12-с от 3 февраля 2026 года' },
        },
      ],
      alternativesAssessed: [{ name: 'QazTech: платформа данных', whyItFails: 'Нет аттестованного изолированного сегмента' }],
    },
    data: {
      categories: ['restricted_personal_data', 'dsp'],
      hosting: { inKazakhstan: true, location: 'ЦОД АО «Казахтелеком», Астана' },
      ai: { used: false },
    },
    budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget', platformAlternativeKzt: '1400000000.00' },
    timeline: { plannedStart: '2027-02-01', goLive: '2027-11-30' },
  };
}

/** The smallest files of each kind that a content check recognises. */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
  ]),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]),
};

export function uploadForm(file: Buffer, fileName: string, fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file]), fileName);
  return form;
}

export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * What an opinion on `completeRequest` says about its claims: the technical expert confirms every
 * claimed gap, the security and legal experts find every reason supported.
 */
export function assessmentFor(
  stage: 'technical' | 'security' | 'legal',
  content: { justification: unknown } = completeRequest(randomBin()),
) {
  const reasons = (content.justification as { reasons: { capabilities?: { capabilityId: string }[] }[] }).reasons;
  if (stage === 'technical') {
    const gapAnswers = reasons.flatMap((reason, reasonIndex) =>
      (reason.capabilities ?? []).map(({ capabilityId }) => ({ reasonIndex, capabilityId, answer: 'confirmed' as const })),
    );
    return { gapAnswers };
  }
  return { reasonRatings: reasons.map((_reason, reasonIndex) => ({ reasonIndex, rating: 'supported' as const })) };
}
