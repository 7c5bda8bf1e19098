/**
 * Orders strings by UTF-16 code unit: the same on every machine. `localeCompare` depends on the
 * machine's locale and ICU data, which would make reports and error messages differ between a
 * developer's laptop and CI.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
