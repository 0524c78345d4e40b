import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ErrorCatalog, ErrorCatalogError, provideErrors } from './error-catalog';
import { PLATFORM_ERRORS } from './error-codes';
import { defineErrors, ErrorSet } from './error-set';
import { plural } from './plural';

const LEASES = defineErrors('leases', {
  errors: {
    LEASE_TAKEN: { status: 409, kk: '{who} алып қойған.', ru: 'Уже взял {who}.', en: '{who} already holds it.' },
    LEASE_TOO_LONG: {
      status: 422,
      kk: 'Ең көбі {days} күн.',
      ru: ({ days }) => `Не более ${days} ${plural('ru', days, { one: 'дня', other: 'дней' })}.`,
      en: ({ days }) => `At most ${days} ${plural('en', days, { one: 'day', other: 'days' })}.`,
    },
  },
  fields: { NOT_A_LEASE: { kk: 'Жалдау емес.', ru: 'Не аренда.', en: 'Not a lease.' } },
});

/** A set as a context might write it by mistake; the types would refuse it, the boot must too. */
const broken = (owner: string, errors: object, fields: object = {}): ErrorSet => defineErrors(owner, { errors, fields } as never);

function refusal(register: () => void): string[] {
  try {
    register();
  } catch (error) {
    expect(error).toBeInstanceOf(ErrorCatalogError);
    return [...(error as ErrorCatalogError).problems];
  }
  throw new Error('the catalog accepted the set');
}

describe('ErrorCatalog', () => {
  it('answers a registered code with its status and its words in each language', () => {
    const catalog = new ErrorCatalog(PLATFORM_ERRORS, LEASES);
    expect(catalog.status(LEASES.codes.LEASE_TAKEN)).toBe(409);
    expect(catalog.message(LEASES.codes.LEASE_TAKEN, 'en', { who: 'Aigerim' })).toBe('Aigerim already holds it.');
    expect(catalog.message(LEASES.codes.LEASE_TOO_LONG, 'ru', { days: 21 })).toBe('Не более 21 дня.');
    expect(catalog.message(LEASES.codes.LEASE_TOO_LONG, 'en', { days: 1 })).toBe('At most 1 day.');
    expect(catalog.fieldMessage(LEASES.fieldCodes.NOT_A_LEASE, 'kk')).toBe('Жалдау емес.');
    expect(catalog.hasError('LEASE_TAKEN')).toBe(true);
    expect(catalog.hasError('NEVER_DECLARED')).toBe(false);
  });

  it('leaves a placeholder it has no value for as it is, so the gap shows', () => {
    expect(new ErrorCatalog(LEASES).message('LEASE_TAKEN' as never, 'ru')).toBe('Уже взял {who}.');
  });

  it('refuses a code without a message in every language, naming the owner, the code and the language', () => {
    const catalog = new ErrorCatalog(PLATFORM_ERRORS);
    const problems = refusal(() =>
      catalog.register(
        broken(
          'leases',
          { LEASE_TAKEN: { status: 409, ru: 'Уже взят.', en: 'Taken.' } },
          { NOT_A_LEASE: { kk: 'Жалдау емес.', ru: '  ', en: 'Not a lease.' } },
        ),
      ),
    );
    expect(problems).toEqual(['leases: error code LEASE_TAKEN has no kk message', 'leases: field code NOT_A_LEASE has no ru message']);
    expect(catalog.hasError('LEASE_TAKEN')).toBe(false);
  });

  it('refuses a code another owner declared, and registers nothing of the set', () => {
    const catalog = new ErrorCatalog(PLATFORM_ERRORS, LEASES);
    const clash = broken('rentals', {
      RENTAL_ENDED: { status: 409, kk: 'Аяқталды.', ru: 'Закончилась.', en: 'Ended.' },
      LEASE_TAKEN: { status: 409, kk: 'Алынған.', ru: 'Взята.', en: 'Taken.' },
      VALIDATION_FAILED: { status: 400, kk: 'Қате.', ru: 'Ошибка.', en: 'Wrong.' },
    });
    expect(refusal(() => catalog.register(clash))).toEqual([
      'rentals: error code LEASE_TAKEN is already declared by leases',
      'rentals: error code VALIDATION_FAILED is already declared by platform',
    ]);
    expect(catalog.hasError('RENTAL_ENDED')).toBe(false);
  });

  it('refuses two sets of one call that declare the same code, and a status that is not an error', () => {
    const one = broken('one', { SHARED: { status: 409, kk: 'a', ru: 'b', en: 'c' } });
    const two = broken('two', { SHARED: { status: 200, kk: 'a', ru: 'b', en: 'c' } });
    expect(refusal(() => new ErrorCatalog(one, two))).toEqual([
      'two: error code SHARED is already declared by one',
      'two: error code SHARED has no HTTP error status (200)',
    ]);
  });

  it('takes the very same set again without complaint, as a second app in one process does', () => {
    const catalog = new ErrorCatalog(PLATFORM_ERRORS, LEASES);
    expect(() => catalog.register(LEASES)).not.toThrow();
    expect(refusal(() => catalog.register(broken('leases', {})))).toEqual([
      'leases: another set of codes is already registered under this owner',
    ]);
  });
});

describe('provideErrors', () => {
  @Injectable()
  class NeedsNothing {}

  async function boot(...sets: ErrorSet[]) {
    const catalog = new ErrorCatalog(PLATFORM_ERRORS);
    @Module({ providers: [{ provide: ErrorCatalog, useValue: catalog }, ...sets.map(provideErrors), NeedsNothing] })
    class Service {}
    const app = await NestFactory.createApplicationContext(Service, { logger: false, abortOnError: false });
    return { app, catalog };
  }

  it('registers a context’s codes while the application is built', async () => {
    const { app, catalog } = await boot(LEASES);
    expect(catalog.message(LEASES.codes.LEASE_TAKEN, 'kk', { who: 'Айгерим' })).toBe('Айгерим алып қойған.');
    await app.close();
  });

  it('stops the start when a code lacks a translation or is declared twice', async () => {
    const untranslated = broken('leases', { LEASE_TAKEN: { status: 409, kk: 'Алынған.', ru: 'Взята.' } });
    await expect(boot(untranslated)).rejects.toThrow('leases: error code LEASE_TAKEN has no en message');
    const twice = broken('rentals', { LEASE_TAKEN: { status: 409, kk: 'Алынған.', ru: 'Взята.', en: 'Taken.' } });
    await expect(boot(LEASES, twice)).rejects.toThrow('rentals: error code LEASE_TAKEN is already declared by leases');
  });
});
