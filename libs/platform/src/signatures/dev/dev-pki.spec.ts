import { isValidKzIdentifier } from '../../identifiers/kz-identifier';
import { ROLES } from '../../auth/roles';
import { devPerson } from './dev-pki';

describe('the development PKI’s people', () => {
  it('gives every role a person with a valid IIN and BIN: agency roles the agency’s, the rest the Commission’s', () => {
    for (const role of ROLES) {
      const person = devPerson(role, {});
      expect(isValidKzIdentifier(person.iin)).toBe(true);
      expect(isValidKzIdentifier(person.bin)).toBe(true);
      expect(person.bin).toBe(role.startsWith('agency.') ? '940140000385' : '000740001307');
    }
  });

  it('signs as the IIN and BIN the command names instead', () => {
    expect(devPerson('commission.chair', { iin: '880101300123', bin: '940140000385' })).toMatchObject({
      commonName: 'ОМАРОВА ДИНАРА',
      iin: '880101300123',
      bin: '940140000385',
    });
  });
});
