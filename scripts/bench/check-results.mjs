// Before anything is timed: both benchmarked paths must give the package's results, or the
// comparison means nothing.
import { importDist } from './paths.mjs';
import { createNaiveTriage, createStages } from './internals.mjs';

export async function checkSameResults(cases) {
  const { createTriage } = await importDist();
  const triage = createTriage();
  const naive = await createNaiveTriage();
  const stages = await createStages();
  const problems = [];
  let checked = 0;
  for (const kase of cases) {
    const expected = JSON.stringify(await triage.triage(kase));
    const p = stages.validate(kase);
    const d = await stages.derive(p);
    if (JSON.stringify(stages.assemble(p, d, await stages.evaluate(d))) !== expected)
      problems.push(`${kase.id}: stages differ from dist/`);
    if (checked < 300 && JSON.stringify(await naive(kase)) !== expected)
      problems.push(`${kase.id}: naive integration differs from dist/`);
    checked += 1;
  }
  return { checked, problems: problems.slice(0, 5) };
}
