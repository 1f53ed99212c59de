// Seeded generator of realistic dispute cases over a rule set's whole vocabulary: every scenario,
// cause, stage, network, signal, evidence subset and contact channel, dates around the case's asOf
// (some past the holiday calendar, some in zones with daylight saving), amounts, settlement cycles
// and payers. Shared by the equivalence test (test/evaluate/) and the benchmark (scripts/bench.mjs).
// Plain JavaScript so the benchmark can run it on Node without a build step.

import { readFileSync } from 'node:fs';

const DAY = 86_400_000;

// The case's closed lists, read from the committed case JSON Schema (generated from the zod schema,
// whose lists are each written once, in src/case/case-enums.ts), so a value added there reaches the generator.
const CASE_SCHEMA = JSON.parse(readFileSync(new URL('../schema/case.schema.json', import.meta.url), 'utf8'));
/** The JSON Schema of a case field, by its path of property names. */
const field = (...path) => path.reduce((node, key) => node.properties[key], CASE_SCHEMA);

const LOCALES = field('locale').enum;
const PARTIES = field('party').enum;
const NETWORKS = field('transaction', 'network').enum;
const ENTRY_MODES = field('transaction', 'entryMode').enum;
const VERIFICATIONS = field('transaction', 'verification').enum;
const ACQUIRER_KINDS = field('acquirer', 'kind').enum;
const CYCLES = field('settlement', 'cycle').enum;
const PAYERS = field('settlement', 'payer').enum;
const REFUND_METHODS = field('refund', 'method').enum;
const REFUND_STATUSES = field('refund', 'status').enum;
const SIGNALS = Object.keys(field('signals').properties);
const COMPLAINT_PLATFORMS = field('complaint', 'platform').enum;
const COMPLAINT_STATES = field('complaint', 'state').enum;
const COMPLAINT_PROBLEM_TYPES = field('complaint', 'problemType').enum;
const PLATFORM_ACTIONS = field('complaint', 'platformAction').enum;
// Zones and the offsets their timestamps are written with (both offsets of a DST zone occur).
const ZONES = [
  { zone: undefined, offsets: ['+08:00'] },
  { zone: 'Asia/Shanghai', offsets: ['+08:00'] },
  { zone: 'America/Los_Angeles', offsets: ['-08:00', '-07:00'] },
  { zone: 'Europe/London', offsets: ['Z', '+01:00'] },
  { zone: 'UTC', offsets: ['Z'] },
];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same cases on every host. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const chance = (p) => next() < p;
  const pick = (list) => list[Math.floor(next() * list.length)];
  const subset = (list, max) => {
    const n = int(0, Math.min(max, list.length));
    const out = [];
    for (let i = 0; i < n; i += 1) out.push(pick(list));
    return out;
  };
  return { next, int, chance, pick, subset };
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** A case timestamp: a plain date, or a local time written with an offset. */
function stamp(rnd, instant, offsets) {
  if (rnd.chance(0.5)) return new Date(instant).toISOString().slice(0, 10);
  const offset = rnd.pick(offsets);
  const minutes =
    offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(instant + minutes * 60_000);
  const seconds = rnd.chance(0.3) ? `:${pad(local.getUTCSeconds())}` : '';
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${seconds}`;
  return `${local.toISOString().slice(0, 10)}T${time}${offset}`;
}

function amount(rnd) {
  const whole = rnd.chance(0.2) ? rnd.int(1, 99) : rnd.chance(0.8) ? rnd.int(100, 20_000) : rnd.int(20_000, 2_000_000);
  return rnd.chance(0.3) ? whole + rnd.int(0, 99) / 100 : whole;
}

/**
 * Makes a case generator over a rule set's catalog. `next()` returns a fresh case object each call.
 *
 * @param {{ catalog: any, vocabulary: any }} ruleSet
 * @param {number} seed
 */
export function createCaseGenerator(ruleSet, seed = 1) {
  const rnd = createRandom(seed);
  const { catalog, vocabulary } = ruleSet;
  const scenarios = vocabulary.scenarios;
  const causesOf = Object.fromEntries(
    scenarios.map((s) => [s, Object.keys(catalog.causes).filter((c) => catalog.causes[c].scenarios.includes(s))]),
  );
  const codes = catalog.crosswalk.map((entry) => entry.code);
  const channels = vocabulary.channels;
  const evidence = vocabulary.evidence;
  const stages = vocabulary.stages;
  const start = Date.UTC(2025, 0, 1);
  let n = 0;

  return {
    next() {
      n += 1;
      const scenario = scenarios[n % scenarios.length];
      const { zone, offsets } = rnd.chance(0.75) ? ZONES[rnd.int(0, 1)] : rnd.pick(ZONES);
      // Mostly 2025–2026 (inside the holiday calendar); some in 2027, past its last year.
      const asOfInstant = start + rnd.int(0, rnd.chance(0.9) ? 700 : 820) * DAY + rnd.int(0, DAY - 1);
      const kase = { id: `gen-${seed}-${n}`, scenario, asOf: stamp(rnd, asOfInstant, offsets) };
      if (kase.asOf.length === 10) kase.asOf += `T12:00:00${offsets[0]}`;
      if (zone) kase.timeZone = zone;
      if (rnd.chance(0.5)) kase.locale = rnd.pick(LOCALES);
      if (rnd.chance(0.2)) kase.party = rnd.pick(PARTIES);
      const before = (from, maxDays) => from - rnd.int(0, maxDays) * DAY - rnd.int(0, DAY - 1);
      const after = (from, maxDays) => from + rnd.int(0, maxDays) * DAY + rnd.int(0, DAY - 1);
      const at = (instant) => stamp(rnd, instant, offsets);
      // Now and then a transaction old enough for limitation-period warnings.
      const txAt = before(asOfInstant, rnd.chance(0.05) ? 1500 : 400);
      const focus = (name) => scenario === name || rnd.chance(0.08);

      if (causesOf[scenario].length > 0 && rnd.chance(0.55)) kase.cause = rnd.pick(causesOf[scenario]);
      if (rnd.chance(0.85)) {
        const tx = {};
        if (rnd.chance(0.9)) tx.amount = amount(rnd);
        if (rnd.chance(0.85)) tx.at = at(txAt);
        if (rnd.chance(0.85)) tx.network = rnd.pick(NETWORKS);
        if (rnd.chance(0.5)) tx.cardPresent = rnd.chance(0.7);
        if (rnd.chance(0.5)) tx.entryMode = rnd.pick(ENTRY_MODES);
        if (rnd.chance(0.4)) tx.verification = rnd.pick(VERIFICATIONS);
        if (rnd.chance(0.1)) tx.currency = rnd.pick(['CNY', 'USD', 'HKD']);
        if (rnd.chance(0.2)) tx.reference = `TX${rnd.int(100000, 999999)}`;
        kase.transaction = tx;
      }
      if (rnd.chance(0.7)) kase.acquirer = { name: 'Example Pay', kind: rnd.pick(ACQUIRER_KINDS) };
      if (focus('chargeback')) {
        const notice = after(txAt, 120);
        const dispute = {};
        if (rnd.chance(0.9)) dispute.stage = rnd.pick(stages);
        if (rnd.chance(0.6))
          dispute.reasonCode = rnd.chance(0.85) && codes.length > 0 ? rnd.pick(codes) : String(rnd.int(10, 9999));
        if (rnd.chance(0.85)) dispute.noticeAt = at(Math.min(notice, asOfInstant));
        if (rnd.chance(0.45)) dispute.respondBy = at(after(notice, 45));
        if (rnd.chance(0.3)) dispute.amount = amount(rnd);
        kase.dispute = dispute;
      }
      if (focus('funds_not_settled')) {
        const settlement = {};
        if (rnd.chance(0.7)) settlement.cycle = rnd.pick(CYCLES);
        if (rnd.chance(0.3)) settlement.expectedAt = at(after(txAt, 10));
        if (rnd.chance(0.6)) settlement.expectedAmount = amount(rnd);
        if (rnd.chance(0.5)) settlement.receivedAmount = rnd.chance(0.3) ? 0 : amount(rnd);
        if (rnd.chance(0.4)) settlement.holdNotice = rnd.chance(0.5);
        if (rnd.chance(0.6)) settlement.payer = rnd.pick(PAYERS);
        kase.settlement = settlement;
      }
      if (focus('lost_terminal')) {
        const lost = after(txAt, 30);
        const terminal = {};
        if (rnd.chance(0.4)) terminal.serial = `SN${rnd.int(1000, 9999)}`;
        if (rnd.chance(0.85)) terminal.lostAt = at(Math.min(lost, asOfInstant));
        if (rnd.chance(0.6)) terminal.reportedLostAt = at(Math.min(after(lost, 10), asOfInstant));
        if (rnd.chance(0.5)) terminal.transactionsAfterReport = rnd.chance(0.6) ? 0 : rnd.int(1, 40);
        kase.terminal = terminal;
      }
      if (focus('refund_request')) {
        const requested = after(txAt, 60);
        const refund = {};
        if (rnd.chance(0.8)) refund.requestedAt = at(Math.min(requested, asOfInstant));
        if (rnd.chance(0.5)) refund.appliedAt = at(Math.min(after(requested, 20), asOfInstant));
        if (rnd.chance(0.6)) refund.method = rnd.pick(REFUND_METHODS);
        if (rnd.chance(0.7)) refund.status = rnd.pick(REFUND_STATUSES);
        kase.refund = refund;
      }
      if (focus('deposit_not_returned')) {
        const paid = before(asOfInstant, rnd.chance(0.15) ? 1800 : 900);
        const deposit = {};
        if (rnd.chance(0.8)) deposit.amount = rnd.pick([99, 199, 299, 500, 1000]) + (rnd.chance(0.2) ? 0.5 : 0);
        if (rnd.chance(0.8)) deposit.paidAt = at(paid);
        if (rnd.chance(0.5)) deposit.refundDueAt = at(after(paid, 400));
        if (rnd.chance(0.4)) deposit.demandSentAt = at(Math.min(after(paid, 500), asOfInstant));
        kase.deposit = deposit;
      }
      if (focus('wallet_complaint')) kase.complaint = generateComplaint(rnd, asOfInstant, at);
      if (rnd.chance(0.75)) {
        const contacts = [];
        const count = rnd.int(1, 6);
        for (let i = 0; i < count; i += 1) {
          const contact = {
            channel: rnd.pick(channels),
            at: at(after(txAt, Math.max(0, Math.floor((asOfInstant - txAt) / DAY)))),
            responded: rnd.chance(0.35),
          };
          if (rnd.chance(0.1)) contact.reference = `REF-${rnd.int(1, 99999)}`;
          contacts.push(contact);
        }
        kase.contacts = contacts;
      }
      if (rnd.chance(0.8)) kase.evidence = rnd.subset(evidence, 10);
      if (rnd.chance(0.7)) {
        const signals = {};
        for (const name of SIGNALS) if (rnd.chance(0.35)) signals[name] = rnd.chance(0.5);
        kase.signals = signals;
      }
      return kase;
    },
  };
}

const HOUR = 3_600_000;

/** A wallet complaint created up to ~5 days before asOf, so hour clocks land on both sides of it. */
function generateComplaint(rnd, asOfInstant, at) {
  const received = asOfInstant - rnd.int(0, 120) * HOUR - rnd.int(0, HOUR - 1);
  const complaint = {};
  if (rnd.chance(0.9)) complaint.platform = rnd.pick(COMPLAINT_PLATFORMS);
  if (rnd.chance(0.85)) complaint.receivedAt = at(received);
  if (rnd.chance(0.9)) complaint.state = rnd.pick(COMPLAINT_STATES);
  if (rnd.chance(0.8)) complaint.problemType = rnd.pick(COMPLAINT_PROBLEM_TYPES);
  if (rnd.chance(0.3)) complaint.refundRequestedAmount = rnd.int(1, 2000);
  if (rnd.chance(0.4)) complaint.continuedTimes = rnd.int(0, 3);
  if (rnd.chance(0.3)) complaint.repliedAt = at(Math.min(received + rnd.int(0, 30) * HOUR, asOfInstant));
  if (rnd.chance(0.3)) complaint.dueAt = at(received + rnd.int(12, 96) * HOUR);
  if (rnd.chance(0.2)) complaint.via12315 = rnd.chance(0.6);
  if (rnd.chance(0.6)) complaint.indirect = rnd.chance(0.4);
  if (rnd.chance(0.3)) complaint.platformAction = rnd.pick(PLATFORM_ACTIONS);
  return complaint;
}

/**
 * `count` cases from `seed`.
 *
 * @param {{ catalog: any, vocabulary: any }} ruleSet
 * @param {{ count: number, seed?: number }} options
 */
export function generateCases(ruleSet, { count, seed = 1 }) {
  const generator = createCaseGenerator(ruleSet, seed);
  return Array.from({ length: count }, () => generator.next());
}
