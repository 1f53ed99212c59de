import type { Result } from '../result/schema.js';

/**
 * Options for {@link formatIcs}.
 *
 * @example
 * formatIcs(result, { alarmMinutes: 2 * 24 * 60 });
 */
export interface FormatIcsOptions {
  /** How long before each deadline its alarm goes off, in minutes. Default 1440 (one day). */
  alarmMinutes?: number;
}

const TEXTS = {
  'zh-CN': {
    calendar: '纠纷时限',
    review: '重新评估案件',
    expired: '已过期',
    basis: '依据',
    sources: '来源',
    due: '截止',
  },
  en: {
    calendar: 'Dispute deadlines',
    review: 'Re-triage the case',
    expired: 'expired',
    basis: 'basis',
    sources: 'sources',
    due: 'due',
  },
} as const;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A UID part from a free-text id: letters, digits, '.', '_' and '-' kept, anything else percent-encoded. */
function uidPart(id: string): string {
  return Array.from(new TextEncoder().encode(id), (b) =>
    /[A-Za-z0-9._-]/.test(String.fromCharCode(b)) && b < 128
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/** An instant as an RFC 5545 UTC date-time: 20261110T155959Z. */
function utcStamp(iso: string): string {
  return new Date(Date.parse(iso))
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function event(
  uid: string,
  stamp: string,
  start: string,
  summary: string,
  description: string,
  alarmMinutes: number,
): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${start}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    `TRIGGER:-PT${alarmMinutes}M`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * The result's deadlines as an iCalendar file (RFC 5545): one VEVENT per deadline, starting at its
 * `dueAt` (written in UTC) with a display alarm, and one for `nextReviewAt` when the result has it.
 * Each UID is the case id and the deadline id, so importing a later result updates the same events
 * instead of adding copies; DTSTAMP is the result's `asOf`. Lines end in CRLF, folded at 75 octets.
 *
 * @example
 * import { formatIcs } from 'pos-dispute-triage';
 * const ics = formatIcs(await triage.triage(kase)); // save as deadlines.ics
 */
export function formatIcs(result: Result, options: FormatIcsOptions = {}): string {
  const alarmMinutes = Math.max(0, Math.round(options.alarmMinutes ?? 1440));
  const t = TEXTS[result.locale];
  const stamp = utcStamp(result.asOf);
  const uid = (part: string) => `${uidPart(result.caseId)}.${uidPart(part)}@pos-dispute-triage`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//pos-dispute-triage//deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${t.calendar}: ${result.caseId}`)}`,
  ];
  for (const d of result.deadlines) {
    const expired = d.expired ? `${t.expired}. ` : '';
    const description =
      `${expired}${t.due} ${d.dueAt}. ${t.basis}: ${d.basis}. ` +
      `${t.sources}: ${d.source.join(', ')} (${d.confidence})`;
    lines.push(
      ...event(
        uid(`deadline.${d.id}`),
        stamp,
        utcStamp(d.dueAt),
        `${d.label} (${result.caseId})`,
        description,
        alarmMinutes,
      ),
    );
  }
  const review = (result as { nextReviewAt?: unknown }).nextReviewAt;
  if (typeof review === 'string')
    lines.push(
      ...event(uid('next-review'), stamp, utcStamp(review), `${t.review} (${result.caseId})`, review, alarmMinutes),
    );
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
