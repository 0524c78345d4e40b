import { formatOfFileName, parseInventory } from './inventory-file';

const HEADER = 'object_id,owner_bin,owner_name,name_kk,name_ru,status,functions,data_objects,go_live_date';

describe('reading an inventory file', () => {
  it('reads the Architecture portal’s CSV columns, lists separated by semicolons, quoted cells with commas', () => {
    const content = `\uFEFF${HEADER}\nAP-1,940140000385,"Министерство, внутренних дел",Көлік тіркеу,Регистрация ТС,industrial,vehicle_registration; fines,vehicle;person,2015-03-01\n`;
    const { records, problems } = parseInventory(content, 'csv');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        objectId: 'AP-1',
        ownerBin: '940140000385',
        ownerName: 'Министерство, внутренних дел',
        nameKk: 'Көлік тіркеу',
        nameRu: 'Регистрация ТС',
        status: 'industrial',
        functions: ['vehicle_registration', 'fines'],
        dataObjects: ['vehicle', 'person'],
        goLiveDate: '2015-03-01',
        description: null,
      },
    ]);
  });

  it('reads JSON as an array or as {"systems": [...]}, with the same fields in camelCase', () => {
    const system = {
      objectId: 'AP-2',
      ownerBin: '940140000385',
      ownerName: 'МЦРИАП',
      nameRu: 'Портал',
      status: 'pilot',
      functions: ['public-services'],
    };
    expect(parseInventory(JSON.stringify([system]), 'json').records[0]).toMatchObject({
      objectId: 'AP-2',
      nameKk: '',
      functions: ['public-services'],
    });
    expect(parseInventory(JSON.stringify({ systems: [system] }), 'json').problems).toEqual([]);
  });

  it('names every bad row and field, so a file is refused whole', () => {
    const content = `${HEADER}\nAP-1,940140000386,Орган,,,launched,,,2015-13-40\nAP-1,940140000385,Орган,Атауы,,pilot,,,\n,940140000385,,Атауы,,pilot,,,`;
    const { problems } = parseInventory(content, 'csv');
    expect(problems.map((problem) => `${problem.field} ${problem.code}`)).toEqual([
      'rows.0.ownerBin INVALID_BIN',
      'rows.0.nameRu NAME_REQUIRED',
      'rows.0.status NOT_ALLOWED_VALUE',
      'rows.0.goLiveDate INVALID_DATE',
      'rows.2.objectId REQUIRED',
      'rows.2.ownerName REQUIRED',
      'rows.1.objectId DUPLICATE_VALUE',
    ]);
  });

  it('says when a file cannot be read at all, or holds no rows', () => {
    expect(parseInventory('{not json', 'json').problems).toEqual([{ field: 'content', code: 'UNREADABLE_FILE' }]);
    expect(parseInventory(`${HEADER}\n"unclosed,1`, 'csv').problems[0]!.code).toBe('UNREADABLE_FILE');
    expect(parseInventory('[]', 'json').problems[0]!.code).toBe('TOO_FEW');
  });

  it('knows the format by the file’s extension', () => {
    expect([formatOfFileName('export.CSV'), formatOfFileName('a.json'), formatOfFileName('a.xlsx')]).toEqual(['csv', 'json', null]);
  });
});
