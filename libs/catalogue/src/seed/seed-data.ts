import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { toFieldErrors } from '@qaztech/platform';
import { CreateCapabilityDto } from '../capabilities/capability.dto';
import { standingProblems, otherLimitProblems } from '../capabilities/capability-rules';
import { descriptionOf, NewCapability, standingOf } from '../capabilities/maintain-catalogue.use-case';

/** Beside this module in the source and, copied by the build, in dist. */
export const SEED_FILE = join(__dirname, 'capabilities.json');

/**
 * The seed's entries, each checked as an operator's would be: a seed that the API would refuse
 * stops the start, naming the entry and the fields.
 */
export function parseSeed(text: string): NewCapability[] {
  const document = JSON.parse(text) as { assumption?: unknown; capabilities?: unknown };
  if (document.assumption !== true) throw new Error('The catalogue seed must say it is an assumption ("assumption": true)');
  if (!Array.isArray(document.capabilities)) throw new Error('The catalogue seed has no "capabilities" list');
  const problems: string[] = [];
  const entries: NewCapability[] = [];
  document.capabilities.forEach((item: unknown, index) => {
    const body = plainToInstance(CreateCapabilityDto, item);
    const fields = toFieldErrors(validateSync(body, { whitelist: true, forbidNonWhitelisted: true }));
    if (fields.length === 0) {
      const entry: NewCapability = { id: body.id, ...descriptionOf(body), ...standingOf(body) };
      fields.push(...standingProblems(entry), ...otherLimitProblems(entry.limits.other));
      entries.push(entry);
    }
    for (const field of fields) problems.push(`capabilities[${index}].${field.field}: ${field.code}`);
  });
  const ids = entries.map((entry) => entry.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of new Set(repeated)) problems.push(`capability id ${id} is repeated`);
  if (problems.length > 0) throw new Error(`The catalogue seed is invalid:\n${problems.join('\n')}`);
  return entries;
}

export function loadSeed(file = SEED_FILE): NewCapability[] {
  return parseSeed(readFileSync(file, 'utf8'));
}
