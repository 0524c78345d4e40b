export interface Fraction {
  numerator: number;
  denominator: number;
}

/** Parses `2/3` into a fraction in (0, 1]. */
export function parseFraction(raw: string): Fraction | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (!match) return undefined;
  const numerator = Number(match[1]);
  const denominator = Number(match[2]);
  if (numerator <= 0 || denominator <= 0 || numerator > denominator) return undefined;
  return { numerator, denominator };
}
