import { LOCALES, type Locale } from '../text.js';
import { UsageError } from './io.js';

/**
 * The case with `--locale` applied over its own `locale` (a case that is not an object is left for
 * validation to reject).
 *
 * @example
 * withLocaleOption({ id: 'c1', scenario: 'chargeback' }, 'en'); // { id: 'c1', scenario: 'chargeback', locale: 'en' }
 */
export function withLocaleOption(input: unknown, locale: string | undefined): unknown {
  if (locale === undefined) return input;
  if (!(LOCALES as readonly string[]).includes(locale))
    throw new UsageError(`--locale: expected one of ${LOCALES.join(', ')}; found ${JSON.stringify(locale)}`);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  return { ...input, locale: locale as Locale };
}
