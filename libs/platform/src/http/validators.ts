import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, registerDecorator, ValidateNested, ValidationOptions } from 'class-validator';
import { isValidKzIdentifier } from '../identifiers/kz-identifier';

function simpleValidator(name: string, test: (value: unknown) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options,
        validator: { validate: test },
      });
}

/** A Kazakh BIN (organisation) or IIN (person): 12 digits with a valid check digit. */
export const IsKzIdentifier = simpleValidator('isKzIdentifier', isValidKzIdentifier);

/** An amount in tenge as a decimal string, so no float ever rounds a budget: `1500000.00`. */
export const IsAmountKzt = simpleValidator(
  'isAmountKzt',
  (value) => typeof value === 'string' && /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/.test(value),
);

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsCalendarDate = simpleValidator('isCalendarDate', (value) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
});

type DtoClass = () => new (...args: never[]) => object;

/**
 * A field holding one object of a DTO class. `@ValidateNested()` alone lets an array through
 * (it validates each of its items, and `[]` has none), so `system: []` would be stored where
 * the schema says object; `@IsObject()` refuses arrays and scalars.
 */
export function NestedObject(type: DtoClass): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

/** A list of objects of a DTO class: an item that is itself a list (`[[]]`) is refused, not passed on empty. */
export function NestedObjects(type: DtoClass): PropertyDecorator {
  return applyDecorators(IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
}
