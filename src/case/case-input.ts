import type * as z from 'zod';
import type { ChannelId, CauseId, EvidenceId, ScenarioId, StageId } from '../generated/case-vocabulary.js';
import type { createCaseSchema } from './schema.js';

type RawCaseInput = z.input<ReturnType<typeof createCaseSchema>>;
type RawContact = NonNullable<RawCaseInput['contacts']>[number];
type Replace<T, U> = Omit<T, keyof U> & U;

/**
 * A case as written for the bundled rules: every field of the case schema, with the scenario, cause,
 * stage, evidence and channel ids as literal unions (so a misspelt id fails to compile and ids
 * autocomplete). Arrays may be readonly. A case for partner rules with ids of their own is passed as `unknown`.
 *
 * @example
 * const kase: CaseInput = {
 *   id: 'c1',
 *   scenario: 'chargeback',
 *   dispute: { stage: 'retrieval', noticeAt: '2026-11-03' },
 * };
 * await createTriage().triage(kase);
 */
export type CaseInput = Replace<
  RawCaseInput,
  {
    scenario: ScenarioId;
    cause?: CauseId;
    dispute?: Replace<NonNullable<RawCaseInput['dispute']>, { stage?: StageId }>;
    evidence?: readonly EvidenceId[];
    contacts?: ReadonlyArray<Replace<RawContact, { channel: ChannelId }>>;
  }
>;

/**
 * What `triage` and `safeTriage` accept for an argument of type `T`: anything whose type says
 * nothing about its ids (`unknown`, parsed JSON, `Record<string, unknown>`), and otherwise a
 * `CaseInput`: an object literal with a literal `scenario` is checked id by id.
 *
 * @example
 * type Checked = TriageInput<{ scenario: 'chargebak' }>; // CaseInput: the call fails to compile
 */
export type TriageInput<T> = T extends { readonly scenario: infer S }
  ? string extends S
    ? unknown
    : CaseInput
  : unknown;
