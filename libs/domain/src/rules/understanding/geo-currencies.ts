import { readWorldData } from './geo-world-data';

/**
 * Countries whose salaries are paid in another currency than the first ISO 4217 one the world table
 * lists (Panama's balboa circulates only as coins; pay is in US dollars).
 */
const PAY_CURRENCY_OVERRIDES: Readonly<Record<string, string>> = { PA: 'USD' };

let byCountry: Map<string, string> | undefined;

function table(): Map<string, string> {
  byCountry ??= new Map(
    readWorldData()
      .countries.filter((c) => c.currency)
      .map((c) => [c.iso2, PAY_CURRENCY_OVERRIDES[c.iso2] ?? c.currency]),
  );
  return byCountry;
}

/** The currency salaries are paid in within a country (ISO2), or undefined when unknown. */
export function currencyOfCountry(iso2: string): string | undefined {
  return table().get(iso2.toUpperCase());
}

/** Every currency `currencyOfCountry` can yield (for the FX table's completeness check). */
export function payCurrencies(): string[] {
  return [...new Set(table().values())].sort();
}
