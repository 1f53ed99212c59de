// Every deadline on one axis drawn to scale against the advice instant ("now"): expired, due soon, later.
import type { DeadlineItem } from '../result/schema.js';
import type { Locale } from '../text.js';
import { el, svg } from './dom.js';
import { formatLocal } from './format-local.js';
import type { PageTexts } from './texts.js';

const SOON_DAYS = 3;
const WIDTH = 640;
const ROW = 26;
const PAD = 12;

/** The state a deadline is drawn in. */
export function deadlineState(deadline: DeadlineItem): 'expired' | 'soon' | 'later' {
  if (deadline.expired) return 'expired';
  return deadline.daysLeft <= SOON_DAYS ? 'soon' : 'later';
}

/**
 * An SVG timeline plus a list that says the same in words (for screen readers and narrow screens).
 *
 * @example
 * section.append(renderTimeline(result.deadlines, result.asOf, texts, 'en', 'Asia/Shanghai'));
 */
export function renderTimeline(
  deadlines: DeadlineItem[],
  asOf: string,
  texts: PageTexts,
  locale: Locale,
  timeZone: string,
): HTMLElement {
  const now = Date.parse(asOf);
  const times = deadlines.map((deadline) => Date.parse(deadline.dueAt));
  const start = Math.min(now, ...times);
  const end = Math.max(now + 86_400_000, ...times);
  const x = (t: number) => PAD + ((t - start) / (end - start)) * (WIDTH - 2 * PAD);
  const height = ROW * (deadlines.length + 1) + PAD;
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    class: 'timeline',
    role: 'img',
    'aria-label': texts.timeline,
  });
  chart.append(svg('line', { x1: PAD, x2: WIDTH - PAD, y1: height - PAD, y2: height - PAD, class: 'axis' }));
  chart.append(svg('line', { x1: x(now), x2: x(now), y1: 0, y2: height - PAD, class: 'now' }));
  chart.append(svg('text', { x: x(now) + 4, y: height - PAD - 4, class: 'now-label' }, texts.nowMark));
  deadlines.forEach((deadline, i) => {
    const cx = x(Date.parse(deadline.dueAt));
    const y = ROW * (i + 1) - 8;
    const state = deadlineState(deadline);
    chart.append(svg('circle', { cx, cy: y, r: 6, class: `mark ${state}` }, svg('title', {}, deadline.label)));
    const anchor = cx > WIDTH / 2 ? 'end' : 'start';
    chart.append(
      svg(
        'text',
        { x: anchor === 'end' ? cx - 10 : cx + 10, y: y + 4, 'text-anchor': anchor, class: 'mark-label' },
        deadline.label,
      ),
    );
  });
  const list = el('ol', { class: 'deadline-list' });
  for (const deadline of deadlines) {
    const state = deadlineState(deadline);
    const left =
      state === 'expired'
        ? texts.expired
        : deadline.daysLeft === 1
          ? texts.dayLeft
          : texts.daysLeft.replace('{n}', String(deadline.daysLeft));
    list.append(
      el(
        'li',
        { class: `deadline ${state}`, 'data-deadline': deadline.id },
        el('strong', {}, deadline.label),
        ' ',
        el('time', { datetime: deadline.dueAt }, formatLocal(deadline.dueAt, locale, timeZone)),
        ' ',
        el('span', { class: `badge ${state}` }, `${texts[state]} · ${left}`),
        el('div', { class: 'basis' }, deadline.basis),
      ),
    );
  }
  return el('div', { class: 'timeline-wrap' }, chart, list);
}
