// json-rules-engine 7.3.1's operators, restated so conditions can run without the engine. The
// bodies are the engine's own (engine-default-operators.js, engine-default-operator-decorators.js,
// operator.js, operator-map.js): keep them byte-for-byte in meaning, quirks included — `in` on a
// string value does a substring search, `in` on null throws, numeric operators first check that
// the fact parses as a number. test/evaluate/ compares both evaluators.

/** An operator as the engine applies it: the fact value passes the validator, then the comparison. */
export interface Operator {
  readonly name: string;
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

/** What `in`, `contains` and their kin call on a value: arrays and strings have it, null throws. */
interface Searchable {
  indexOf(value: unknown): number;
}
/** What the `someFact` / `everyValue` decorators call on a value. */
interface Listing {
  some(test: (item: unknown) => boolean): boolean;
  every(test: (item: unknown) => boolean): boolean;
}

type Validate = (factValue: unknown) => boolean;

const always: Validate = () => true;

/**
 * The engine applies every operator to whatever JSON values it is given, and so does this: the
 * parameter types only say how each comparison uses its values (a wrong one throws, as there).
 */
function createOperator<A = unknown, B = unknown>(
  name: string,
  compare: (a: A, b: B) => boolean,
  validate: Validate = always,
): Operator {
  return { name, evaluate: (factValue, jsonValue) => validate(factValue) && compare(factValue as A, jsonValue as B) };
}

/** The engine's number check: anything `parseFloat` reads as a number, so `"12abc"` and `[3]` pass. */
export function isNumberLike(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

const BASE: ReadonlyMap<string, Operator> = new Map(
  [
    createOperator('equal', (a, b) => a === b),
    createOperator('notEqual', (a, b) => a !== b),
    createOperator('in', (a, b: Searchable) => b.indexOf(a) > -1),
    createOperator('notIn', (a, b: Searchable) => b.indexOf(a) === -1),
    createOperator('contains', (a: Searchable, b) => a.indexOf(b) > -1, Array.isArray),
    createOperator('doesNotContain', (a: Searchable, b) => a.indexOf(b) === -1, Array.isArray),
    createOperator('lessThan', (a: number, b: number) => a < b, isNumberLike),
    createOperator('lessThanInclusive', (a: number, b: number) => a <= b, isNumberLike),
    createOperator('greaterThan', (a: number, b: number) => a > b, isNumberLike),
    createOperator('greaterThanInclusive', (a: number, b: number) => a >= b, isNumberLike),
  ].map((op) => [op.name, op]),
);

interface Decorator {
  compare: (factValue: unknown, jsonValue: unknown, next: Operator['evaluate']) => boolean;
  validate?: Validate;
}

/** A decorator; as with operators, the parameter types say how it uses the values it is given. */
function decorator<A = unknown, B = unknown>(
  compare: (factValue: A, jsonValue: B, next: Operator['evaluate']) => boolean,
  validate?: Validate,
): Decorator {
  const applied: Decorator['compare'] = (a, b, next) => compare(a as A, b as B, next);
  return validate ? { compare: applied, validate } : { compare: applied };
}

const DECORATORS: ReadonlyMap<string, Decorator> = new Map<string, Decorator>([
  ['someFact', decorator((a: Listing, b, next) => a.some((fv) => next(fv, b)), Array.isArray)],
  ['someValue', decorator((a, b: Listing, next) => b.some((jv) => next(a, jv)))],
  ['everyFact', decorator((a: Listing, b, next) => a.every((fv) => next(fv, b)), Array.isArray)],
  ['everyValue', decorator((a, b: Listing, next) => b.every((jv) => next(a, jv)))],
  ['swap', decorator((a, b, next) => next(b, a))],
  ['not', decorator((a, b, next) => !next(a, b))],
]);

/**
 * The operator a condition names, decorators (`not:`, `someFact:`, …) applied the way the engine's
 * operator map resolves them; `undefined` where the engine would report an unknown operator.
 */
export function resolveOperator(name: string): Operator | undefined {
  const decorators: Decorator[] = [];
  const decoratorNames: string[] = [];
  let opName = name;
  while (!BASE.has(opName)) {
    const first = opName.indexOf(':');
    if (first <= 0) return undefined;
    const decorator = DECORATORS.get(opName.slice(0, first));
    if (!decorator) return undefined;
    decorators.unshift(decorator);
    decoratorNames.unshift(opName.slice(0, first));
    opName = opName.slice(first + 1);
  }
  let op = BASE.get(opName)!;
  decorators.forEach((decorator, i) => {
    const next = op.evaluate;
    op = createOperator(`${decoratorNames[i]}:${op.name}`, (a, b) => decorator.compare(a, b, next), decorator.validate);
  });
  return op;
}
