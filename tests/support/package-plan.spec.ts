import { packagePlan } from './local-servers';

const chromium = { what: 'Chromium at /usr/bin/chromium (the browser test)', package: 'chromium' };
const gost = { what: "OpenSSL's GOST engine (the GOST signature tests)", package: 'libengine-gost-openssl' };

describe('the test command and the system packages it needs', () => {
  it('has nothing to do when nothing is missing', () => {
    expect(packagePlan([], false, true)).toBeNull();
  });

  it('installs what is missing when it runs as root on Debian', () => {
    expect(packagePlan([chromium, gost], true, true)).toEqual({
      install: ['chromium', 'libengine-gost-openssl'],
      command: 'apt-get install -y --no-install-recommends chromium libengine-gost-openssl',
    });
  });

  it('stops a run that is not root, naming what is missing and the exact command to run', () => {
    const plan = packagePlan([chromium, gost], false, true);
    expect(plan).toEqual({
      refuse:
        'The tests need: Chromium at /usr/bin/chromium (the browser test); ' +
        "OpenSSL's GOST engine (the GOST signature tests).\n" +
        'Install it first, on Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libengine-gost-openssl',
    });
  });

  it('never runs apt-get off Debian, even as root', () => {
    expect(packagePlan([gost], true, false)).toHaveProperty('refuse');
  });
});
