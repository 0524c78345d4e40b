import { describeStep } from './event-descriptions';

describe('describeStep', () => {
  const expert = { id: 'e-1', role: 'expert.legal', name: 'Асель Нурланова' };

  it('says a person’s own step plainly', () => {
    expect(describeStep('vote.cast.v1', undefined, 'en')).toBe('Vote cast');
  });

  it('says a step was the system’s and names the act and the person behind it, in each language', () => {
    const cause = { eventId: '0b8f1c1e-4a1e-4a57-9d43-6d1d3c0f6b11', type: 'review.opinion_submitted.v1', actor: expert };
    expect(describeStep('request.ready_for_agenda.v1', cause, 'en')).toBe(
      'Ready for the agenda (done by the system, after “Expert opinion given”: Асель Нурланова)',
    );
    expect(describeStep('request.ready_for_agenda.v1', cause, 'ru')).toBe(
      'Заявка готова к повестке (выполнено системой, вслед за «Дано экспертное заключение»: Асель Нурланова)',
    );
    expect(describeStep('request.ready_for_agenda.v1', cause, 'kk')).toBe(
      'Өтінім күн тәртібіне дайын (жүйе өзі орындады, себебі «Сараптама қорытындысы берілді»: Асель Нурланова)',
    );
  });

  it('names the person by id when the act carried no name, and a refused act that left no event as such', () => {
    const cause = { eventId: null, type: null, actor: { id: 'm-5', role: 'commission.member' } };
    expect(describeStep('vote.recused.v1', cause, 'en')).toBe('Member recused (done by the system, after a refused act: m-5)');
  });
});
