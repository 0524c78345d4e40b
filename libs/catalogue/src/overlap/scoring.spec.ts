import { GlossaryTermKind } from '@qaztech/contracts';
import { scoreOf, ScoringSide } from './scoring';

function side(parts: {
  functions?: string[];
  dataObjects?: string[];
  concepts?: [string, GlossaryTermKind][];
  words?: string[];
}): ScoringSide {
  return {
    functions: parts.functions ?? [],
    dataObjects: parts.dataObjects ?? [],
    concepts: new Map(parts.concepts ?? []),
    words: new Set(parts.words ?? []),
  };
}

describe('the overlap score', () => {
  const vehicles = side({
    concepts: [
      ['registration', 'function'],
      ['vehicle', 'data_object'],
    ],
    words: ['ru:регистрац', 'ru:транспортн'],
  });

  it('is 1 for a system against itself with identical titles, and 0 for nothing shared', () => {
    expect(scoreOf(vehicles, vehicles, 1).score).toBe(1);
    const unrelated = side({ concepts: [['libraries', 'function']], words: ['ru:библиотек'] });
    expect(scoreOf(vehicles, unrelated, 0).score).toBe(0);
  });

  it('counts only the parts both sides carry: a record without codes is not punished for lacking them', () => {
    const withCodes = side({
      ...{ functions: ['vehicle_registration'] },
      concepts: [
        ['registration', 'function'],
        ['vehicle', 'data_object'],
      ],
    });
    const parts = scoreOf(withCodes, vehicles, 0.5);
    expect(parts.sharedFunctions).toEqual([]);
    expect(parts.score).toBeGreaterThan(0.6);
  });

  it('lowers the score when both say what they do and share none of it, however alike their words', () => {
    const sameWordsOtherWork = side({
      concepts: [
        ['fines', 'function'],
        ['vehicle', 'data_object'],
      ],
      words: ['ru:транспортн', 'ru:штраф'],
    });
    const parts = scoreOf(vehicles, sameWordsOtherWork, 0.4);
    expect(parts.differentFunctions).toBe(true);
    const without = scoreOf(vehicles, side({ concepts: [['vehicle', 'data_object']], words: ['ru:транспортн', 'ru:штраф'] }), 0.4);
    expect(parts.score).toBeLessThan(without.score);
  });

  it('gives the reasons: shared codes, data objects, concepts and words', () => {
    const query = side({
      functions: ['f1', 'f2'],
      dataObjects: ['person', 'vehicle'],
      concepts: [['registration', 'function']],
      words: ['kk:тіркеу'],
    });
    const candidate = side({
      functions: ['f2'],
      dataObjects: ['vehicle'],
      concepts: [['registration', 'function']],
      words: ['kk:тіркеу', 'kk:жүргізуші'],
    });
    expect(scoreOf(query, candidate, 0.2)).toMatchObject({
      sharedFunctions: ['f2'],
      sharedDataObjects: ['vehicle'],
      sharedConcepts: ['registration'],
      sharedWords: ['kk:тіркеу'],
      differentFunctions: false,
    });
  });

  it('weighs what a system does above the terms it uses', () => {
    const query = side({
      concepts: [
        ['registration', 'function'],
        ['electronic', 'term'],
      ],
    });
    const sameFunction = side({ concepts: [['registration', 'function']] });
    const sameTerm = side({
      concepts: [
        ['electronic', 'term'],
        ['registration', 'function'],
        ['archive', 'function'],
      ],
    });
    expect(scoreOf(query, sameFunction, 0).score).toBeGreaterThan(scoreOf(query, sameTerm, 0).score);
  });
});
