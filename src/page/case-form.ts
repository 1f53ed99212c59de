// A case form generated from the case's JSON Schema: one control per property, nested objects as
// fieldsets, ids as choices with their catalog labels. Domain knowledge stays in the schema and catalog.
import { el } from './dom.js';
import type { PageTexts } from './texts.js';

/** The part of a JSON Schema the form reads. */
export interface FieldSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, FieldSchema>;
  items?: FieldSchema;
  description?: string;
  title?: string;
  anyOf?: FieldSchema[];
  oneOf?: FieldSchema[];
  required?: string[];
}

/** How the form names things: labels for ids and for fields, in the page's locale. */
export interface FormLabels {
  texts: PageTexts;
  idLabel: (field: string, id: string) => string;
  fieldLabel: (path: string[], schema: FieldSchema) => string;
}

/** Called with the path of a changed field and its new value (`undefined` removes it). */
export type FieldChange = (path: string[], value: unknown) => void;

type CaseObject = Record<string, unknown>;

/** Reads a nested value. @example valueAt({ a: { b: 1 } }, ['a', 'b']); // 1 */
export function valueAt(object: unknown, path: string[]): unknown {
  let node = object;
  for (const key of path) node = node && typeof node === 'object' ? (node as CaseObject)[key] : undefined;
  return node;
}

/** Sets (or with `undefined` removes) a nested value, dropping objects left empty. */
export function setValueAt(object: CaseObject, path: string[], value: unknown): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  if (rest.length === 0) {
    if (value === undefined) delete object[key];
    else object[key] = value;
    return;
  }
  const child = (object[key] && typeof object[key] === 'object' ? object[key] : {}) as CaseObject;
  setValueAt(child, rest, value);
  if (Object.keys(child).length === 0) delete object[key];
  else object[key] = child;
}

function plainType(schema: FieldSchema): string | undefined {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(plainType).find((type) => type !== undefined && type !== 'null');
  return Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type;
}

function controlId(path: string[]): string {
  return `field-${path.join('-')}`;
}

function describedBy(path: string[], schema: FieldSchema): HTMLElement | null {
  return schema.description ? el('small', { id: `${controlId(path)}-hint`, class: 'hint' }, schema.description) : null;
}

function enumControl(path: string[], schema: FieldSchema, kase: CaseObject, labels: FormLabels, onChange: FieldChange) {
  const field = path[path.length - 1]!;
  const current = valueAt(kase, path);
  const select = el('select', {
    id: controlId(path),
    'aria-describedby': schema.description ? `${controlId(path)}-hint` : undefined,
    onchange: (event) => onChange(path, (event.target as HTMLSelectElement).value || undefined),
  });
  select.append(el('option', { value: '' }, `— ${labels.texts.unknown} —`));
  for (const id of schema.enum ?? []) {
    const option = el('option', { value: String(id) }, `${labels.idLabel(field, String(id))} (${String(id)})`);
    option.selected = current === id;
    select.append(option);
  }
  return select;
}

function booleanControl(path: string[], kase: CaseObject, labels: FormLabels, onChange: FieldChange) {
  const current = valueAt(kase, path);
  const select = el('select', {
    id: controlId(path),
    onchange: (event) => {
      const value = (event.target as HTMLSelectElement).value;
      onChange(path, value === '' ? undefined : value === 'true');
    },
  });
  for (const [value, text] of [
    ['', labels.texts.unknown],
    ['true', labels.texts.yes],
    ['false', labels.texts.no],
  ]) {
    const option = el('option', { value: value! }, text!);
    option.selected = String(current ?? '') === value;
    select.append(option);
  }
  return select;
}

function inputControl(path: string[], type: string, kase: CaseObject, onChange: FieldChange) {
  const current = valueAt(kase, path);
  const input = el('input', {
    id: controlId(path),
    type: type === 'number' || type === 'integer' ? 'number' : 'text',
    step: type === 'integer' ? '1' : type === 'number' ? '0.01' : undefined,
    value: current === undefined ? '' : String(current),
    onchange: (event) => {
      const text = (event.target as HTMLInputElement).value.trim();
      if (text === '') return onChange(path, undefined);
      onChange(path, type === 'number' || type === 'integer' ? Number(text) : text);
    },
  });
  return input;
}

function checkboxGroup(
  path: string[],
  schema: FieldSchema,
  kase: CaseObject,
  labels: FormLabels,
  onChange: FieldChange,
) {
  const field = path[path.length - 1]!;
  const held = new Set((valueAt(kase, path) as unknown[] | undefined) ?? []);
  const group = el(
    'fieldset',
    { class: 'checks' },
    el('legend', {}, labels.fieldLabel(path, schema)),
    describedBy(path, schema),
  );
  for (const id of schema.items?.enum ?? []) {
    const box = el('input', {
      type: 'checkbox',
      id: controlId([...path, String(id)]),
      value: String(id),
      onchange: () => {
        const ticked = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')).map(
          (b) => b.value,
        );
        onChange(path, ticked.length > 0 ? ticked : undefined);
      },
    });
    box.checked = held.has(id);
    group.append(el('label', { for: box.id, class: 'check' }, box, ` ${labels.idLabel(field, String(id))}`));
  }
  return group;
}

function jsonArrayControl(path: string[], kase: CaseObject, labels: FormLabels, onChange: FieldChange) {
  const current = valueAt(kase, path);
  const area = el('textarea', {
    id: controlId(path),
    rows: 3,
    spellcheck: 'false',
    placeholder: '[]',
    onchange: (event) => {
      const text = (event.target as HTMLTextAreaElement).value.trim();
      if (text === '') return onChange(path, undefined);
      try {
        onChange(path, JSON.parse(text));
        area.removeAttribute('aria-invalid');
      } catch {
        area.setAttribute('aria-invalid', 'true');
      }
    },
  });
  area.value = current === undefined ? '' : JSON.stringify(current, null, 1);
  area.title = labels.texts.listHint;
  return area;
}

function fieldControl(
  path: string[],
  schema: FieldSchema,
  kase: CaseObject,
  labels: FormLabels,
  onChange: FieldChange,
): HTMLElement {
  const type = plainType(schema);
  if (type === 'object' && schema.properties) return objectFieldset(path, schema, kase, labels, onChange);
  if (type === 'array' && schema.items?.enum) return checkboxGroup(path, schema, kase, labels, onChange);
  let control: HTMLElement;
  if (schema.enum) control = enumControl(path, schema, kase, labels, onChange);
  else if (type === 'boolean') control = booleanControl(path, kase, labels, onChange);
  else if (type === 'array') control = jsonArrayControl(path, kase, labels, onChange);
  else control = inputControl(path, type ?? 'string', kase, onChange);
  if (schema.description) control.setAttribute('aria-describedby', `${controlId(path)}-hint`);
  const label = el('label', { for: controlId(path) }, labels.fieldLabel(path, schema));
  return el('div', { class: 'field' }, label, control, describedBy(path, schema));
}

function objectFieldset(
  path: string[],
  schema: FieldSchema,
  kase: CaseObject,
  labels: FormLabels,
  onChange: FieldChange,
): HTMLElement {
  const children: HTMLElement[] = Object.entries(schema.properties ?? {}).map(([key, child]) =>
    fieldControl([...path, key], child, kase, labels, onChange),
  );
  const details = el('details', { class: 'group' }, el('summary', {}, labels.fieldLabel(path, schema)), ...children);
  details.open = valueAt(kase, path) !== undefined;
  return details;
}

/**
 * Renders the whole case form for a case JSON Schema.
 *
 * @example
 * form.replaceChildren(renderCaseForm(schema, kase, labels, (path, value) => update(path, value)));
 */
export function renderCaseForm(schema: FieldSchema, kase: CaseObject, labels: FormLabels, onChange: FieldChange) {
  const top = Object.entries(schema.properties ?? {}).map(([key, child]) =>
    fieldControl([key], child, kase, labels, onChange),
  );
  return el('div', { class: 'case-form' }, ...top);
}
