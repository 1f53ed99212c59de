/** Locales the package speaks. Ids never change with the locale; labels and messages do. */
export const LOCALES = ['zh-CN', 'en'] as const;
/**
 * A locale of labels and messages: `zh-CN` or `en`.
 *
 * @example
 * const triage = createTriage({ locale: 'en' satisfies Locale });
 */
export type Locale = (typeof LOCALES)[number];

/** A text in every supported locale. @example const title: Text = { 'zh-CN': '拒付', en: 'Chargeback' }; */
export type Text = Record<Locale, string>;

export function pickText(text: Text, locale: Locale): string {
  return text[locale];
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
