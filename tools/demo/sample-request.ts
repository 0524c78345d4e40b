import { components } from '../api-client/api-schema';

/** A request's content as the published contract describes it. */
type RequestContent = components['schemas']['RequestContentDto'];

/** A realistic request: an emergency-alert system whose sirens and radio network QazTech cannot host. */
export function sampleRequest(agencyBin: string) {
  return {
    applicant: {
      bin: agencyBin,
      nameKk: 'Қазақстан Республикасы Төтенше жағдайлар министрлігі',
      nameRu: 'Министерство по чрезвычайным ситуациям Республики Казахстан',
      kind: 'central_state_body',
      contactPerson: {
        fullName: 'Айгерим Садыкова',
        position: 'Цифрландыру департаментінің директоры',
        email: 'a.sadykova@emer.gov.kz',
        phone: '+77172750000',
      },
    },
    system: {
      titleKk: 'Халықты төтенше жағдайлар туралы хабардар етудің бірыңғай жүйесі',
      titleRu: 'Единая система оповещения населения о чрезвычайных ситуациях',
      titleEn: 'Unified public emergency alert system',
      purpose:
        'Жүйе сиреналарды, радио және ұялы байланыс арналарын басқарады. ' +
        'Система управляет сиренами, радиоканалами и рассылкой Cell Broadcast при угрозе землетрясения, паводка или пожара.',
      kind: 'new_system',
      expectedUsers: 1_200,
      functions: ['public_alerting', 'emergency_response'],
      functionsNote: 'Сиреналарды басқару және Cell Broadcast тарату. Управление сиренами и рассылка Cell Broadcast.',
      dataObjects: ['person', 'address', 'emergency_event', 'geospatial_object'],
      architectureObjectId: '104523',
    },
    justification: {
      reasons: [
        {
          category: 'special_hardware_or_network',
          explanation:
            'Сиреналар мен радиоарналар жеке байланыс желісінде жұмыс істейді. Сирены и радиоканалы работают в выделенной сети, не связанной с сетями общего пользования.',
          capabilities: [{ capabilityId: 'env-prod', gap: 'absent' }],
          evidence: {
            specification:
              'Выделенная радиосеть УКВ 146–174 МГц, 4 200 сирен С-40 с блоками управления по RS-485, резервный спутниковый канал',
          },
        },
        {
          category: 'performance_or_scale',
          explanation: 'Оповещение 20 млн абонентов за 5 минут с гарантией доставки даже при отказе магистральных каналов.',
          capabilities: [
            {
              capabilityId: 'notifications',
              gap: 'insufficient',
              limit: '5 000 сообщений в секунду',
              needed: '70 000 сообщений в секунду',
            },
          ],
          evidence: { load: { unit: 'messages_per_second', peak: 70_000, publishedLimit: 5_000 } },
        },
      ],
      alternativesAssessed: [
        { name: 'QazTech: платформа интеграции', whyItFails: 'Не поддерживает управление оконечным оборудованием сирен' },
        { name: 'QazTech: облачная инфраструктура', whyItFails: 'Нет резервного канала через спутниковую связь' },
      ],
    },
    data: {
      categories: ['public_personal_data', 'critical_ict'],
      hosting: { inKazakhstan: true, location: 'ЦОД МЧС РК, Астана; резервный ЦОД, Алматы' },
      ai: { used: false },
    },
    budget: { amountKzt: '4870000000.00', fundingSource: 'republican_budget', platformAlternativeKzt: '5350000000.00' },
    timeline: { plannedStart: '2027-03-01', goLive: '2028-06-30' },
  } satisfies RequestContent;
}

/** The smallest PDF a content check accepts: the demo's stand-in for real documents. */
export function samplePdf(title: string): Blob {
  return new Blob([`%PDF-1.7\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`]);
}
