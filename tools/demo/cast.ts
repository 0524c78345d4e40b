import { DevSigningKey, mintDevToken, Role } from '@qaztech/platform';

/** Everyone who takes part in one exemption case, with the token each signs in with. */
export interface Person {
  id: string;
  name: string;
  role: Role;
  /** The organisation's BIN: the agency's for its staff, the employer's for a Commission member. */
  organisationBin?: string;
  token: string;
}

export interface Cast {
  agencyBin: string;
  submitter: Person;
  signatory: Person;
  secretary: Person;
  experts: Record<'technical' | 'security' | 'legal', Person>;
  chair: Person;
  /** Five members; the first works for the applicant and is recused. */
  members: Person[];
  auditor: Person;
  admin: Person;
}

export interface CastOptions {
  key: DevSigningKey;
  issuer: string;
  audience: string;
  agencyBin: string;
  /** Makes user ids unique to one run, so runs against the same system never meet. */
  runId: string;
}

type Draft = Omit<Person, 'token'>;

function draftCast(agencyBin: string, runId: string): Record<string, Draft | Draft[]> {
  const id = (name: string): string => `demo-${runId}-${name}`;
  return {
    submitter: { id: id('submitter'), name: 'Айгерим Садыкова', role: 'agency.submitter', organisationBin: agencyBin },
    signatory: { id: id('signatory'), name: 'Ерлан Жақсылықов', role: 'agency.signatory', organisationBin: agencyBin },
    secretary: { id: id('secretary'), name: 'Динара Омарова', role: 'commission.secretary' },
    technical: { id: id('technical'), name: 'Асхат Нұрланов (QazTech)', role: 'expert.technical' },
    security: { id: id('security'), name: 'Марат Серіков (ГТС)', role: 'expert.security' },
    legal: { id: id('legal'), name: 'Сауле Бекова', role: 'expert.legal' },
    chair: { id: id('chair'), name: 'Бауыржан Әбдіқадыров', role: 'commission.chair' },
    members: [
      { id: id('member-1'), name: 'Гульнара Исаева', role: 'commission.member', organisationBin: agencyBin },
      { id: id('member-2'), name: 'Нұрлан Тоқтаров', role: 'commission.member' },
      { id: id('member-3'), name: 'Елена Ким', role: 'commission.member' },
      { id: id('member-4'), name: 'Арман Қасымов', role: 'commission.member' },
      { id: id('member-5'), name: 'Жанна Мусина', role: 'commission.member' },
    ],
    auditor: { id: id('auditor'), name: 'Тимур Ахметов', role: 'auditor' },
    admin: { id: id('admin'), name: 'Ғалым Сейітов', role: 'admin' },
  };
}

/** Mints a development token for every person of the case. */
export async function mintCast(options: CastOptions): Promise<Cast> {
  const drafts = draftCast(options.agencyBin, options.runId);
  const sign = async (draft: Draft): Promise<Person> => ({
    ...draft,
    token: await mintDevToken(options.key, {
      subject: draft.id,
      name: draft.name,
      roles: [draft.role],
      agencyBin: draft.organisationBin,
      issuer: options.issuer,
      audience: options.audience,
      expiresInSeconds: 3600,
    }),
  });
  const one = (name: string): Promise<Person> => sign(drafts[name] as Draft);
  return {
    agencyBin: options.agencyBin,
    submitter: await one('submitter'),
    signatory: await one('signatory'),
    secretary: await one('secretary'),
    experts: { technical: await one('technical'), security: await one('security'), legal: await one('legal') },
    chair: await one('chair'),
    members: await Promise.all((drafts.members as Draft[]).map(sign)),
    auditor: await one('auditor'),
    admin: await one('admin'),
  };
}
