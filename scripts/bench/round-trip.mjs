// Measurement: µs per fixture case of triage, against JSON.parse of its text plus JSON.stringify
// of its result (what any caller pays anyway); the report divides the two.
import { fixtureTexts, importDist } from './paths.mjs';
import { median } from './stats.mjs';

/** Mean µs of `repeat` passes of `run` over `n` cases. */
async function timePasses(repeat, n, run) {
  const start = performance.now();
  for (let k = 0; k < repeat; k += 1) await run();
  return ((performance.now() - start) * 1000) / (repeat * n);
}

export async function measureRoundTrip(rounds) {
  const { createTriage } = await importDist();
  const triage = createTriage();
  const texts = fixtureTexts();
  const cases = texts.map((text) => JSON.parse(text));
  const results = await Promise.all(cases.map((kase) => triage.triage(kase)));
  const repeat = Math.max(1, Math.round(20_000 / texts.length));
  const triageTimes = [];
  const jsonTimes = [];
  let length = 0;
  const roundTrip = () => {
    for (let i = 0; i < texts.length; i += 1)
      length += JSON.parse(texts[i]).id.length + JSON.stringify(results[i]).length;
  };
  for (let r = 0; r < rounds + 1; r += 1) {
    const t = await timePasses(repeat, cases.length, async () => {
      for (const kase of cases) await triage.triage(kase);
    });
    const j = await timePasses(repeat, cases.length, roundTrip);
    if (r > 0 && length > 0) {
      // round 0 warms up
      triageTimes.push(t);
      jsonTimes.push(j);
    }
  }
  return { cases: texts.length, triage: median(triageTimes), json: median(jsonTimes) };
}
