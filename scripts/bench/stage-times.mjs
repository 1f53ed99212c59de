// Measurement: µs per case of each stage of the default path (the pipeline steps), median of the rounds.
import { createStages } from './internals.mjs';
import { median } from './stats.mjs';

/** Each stage over all cases, on inputs the earlier stages produced once. */
export async function measureStages(cases, rounds) {
  const stages = await createStages();
  const prepared = cases.map((kase) => stages.validate(kase));
  const derived = await Promise.all(prepared.map((p) => stages.derive(p)));
  const evaluations = derived.map((d) => stages.evaluate(d));
  const times = { validate: [], derive: [], evaluate: [], assemble: [] };
  const time = async (name, fn) => {
    const start = performance.now();
    await fn();
    times[name].push(((performance.now() - start) * 1000) / cases.length);
  };
  for (let r = 0; r < rounds; r += 1) {
    await time('validate', () => {
      for (const kase of cases) stages.validate(kase);
    });
    await time('derive', async () => {
      for (const p of prepared) await stages.derive(p);
    });
    await time('evaluate', () => {
      for (const d of derived) stages.evaluate(d);
    });
    await time('assemble', () => {
      for (let i = 0; i < cases.length; i += 1) stages.assemble(prepared[i], derived[i], evaluations[i]);
    });
  }
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
}
