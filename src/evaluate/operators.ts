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

type Compare = (a: any, b: any) => boolean;
type Validate = (factValue: any) => boolean;

const always: Validate = () => true;

function createOperator(name: string, compare: Compare, validate: Validate = always): Operator {
  return { name, evaluate: (factValue, jsonValue) => validate(factValue) && compare(factValue, jsonValue) };
}

/** The engine's number check: anything `parseFloat` reads as a number, so `"12abc"` and `[3]` pass. */
export function isNumberLike(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

const BASE: ReadonlyMap<string, Operator> = new Map(
  [
    createOperator('equal', (a, b) => a === b),
    createOperator('notEqual', (a, b) => a !== b),
    createOperator('in', (a, b) => b.indexOf(a) > -1),
    createOperator('notIn', (a, b) => b.indexOf(a) === -1),
    createOperator('contains', (a, b) => a.indexOf(b) > -1, Array.isArray),
    createOperator('doesNotContain', (a, b) => a.indexOf(b) === -1, Array.isArray),
    createOperator('lessThan', (a, b) => a < b, isNumberLike),
    createOperator('lessThanInclusive', (a, b) => a <= b, isNumberLike),
    createOperator('greaterThan', (a, b) => a > b, isNumberLike),
    createOperator('greaterThanInclusive', (a, b) => a >= b, isNumberLike),
  ].map((op) => [op.name, op]),
);

interface Decorator {
  compare: (factValue: any, jsonValue: any, next: Operator['evaluate']) => boolean;
  validate?: Validate;
}

const DECORATORS: ReadonlyMap<string, Decorator> = new Map<string, Decorator>([
  ['someFact', { compare: (a, b, next) => a.some((fv: unknown) => next(fv, b)), validate: Array.isArray }],
  ['someValue', { compare: (a, b, next) => b.some((jv: unknown) => next(a, jv)) }],
  ['everyFact', { compare: (a, b, next) => a.every((fv: unknown) => next(fv, b)), validate: Array.isArray }],
  ['everyValue', { compare: (a, b, next) => b.every((jv: unknown) => next(a, jv)) }],
  ['swap', { compare: (a, b, next) => next(b, a) }],
  ['not', { compare: (a, b, next) => !next(a, b) }],
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
