// The contract's facts as a module the widgets import (lengths, patterns, enums, formats), so a
// form refuses exactly what the server refuses. Walks every schema and parameter of openapi.yaml:
// a schema added to the contract appears after `npm run generate` without a change here.
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The keywords a form can check before sending. */
const KEYS = [
  'type',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
];

const refName = (ref) => ref.replace('#/components/schemas/', '');

/** The facts of one schema node: its checkable keywords, with `$ref`s to scalars resolved. */
function factsOf(node, schemas, seen = new Set()) {
  if (!node || typeof node !== 'object') return {};
  if (node.$ref) {
    const name = refName(node.$ref);
    const target = schemas[name];
    if (!target || seen.has(name) || target.type === 'object' || target.properties) {
      return { ref: name };
    }
    // OpenAPI 3.1 allows keywords beside a $ref (a one-line text with its own maxLength): both hold.
    const { $ref: _ref, ...siblings } = node;
    return {
      ref: name,
      ...factsOf(target, schemas, new Set([...seen, name])),
      ...factsOf(siblings, schemas, seen),
    };
  }
  const facts = {};
  for (const part of node.allOf ?? []) Object.assign(facts, factsOf(part, schemas, seen));
  for (const key of KEYS) if (node[key] !== undefined) facts[key] = node[key];
  if (node.pattern) facts.pattern = node.pattern;
  if (node.enum) facts.enum = node.enum;
  // A value of several kinds (a questionnaire answer: text, number or yes/no): each kind's facts.
  if (node.oneOf) facts.oneOf = node.oneOf.map((part) => factsOf(part, schemas, seen));
  if (node.type === 'array' && node.items) {
    const items = factsOf(node.items, schemas, seen);
    if (Object.keys(items).length) facts.items = items;
  }
  return facts;
}

/** `{ Schema: { property: facts } }` for every object schema, and the named scalars and enums. */
export function collectFacts(document) {
  const schemas = document.components?.schemas ?? {};
  const fields = {};
  const scalars = {};
  const enums = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.properties) {
      const required = new Set(schema.required ?? []);
      fields[name] = Object.fromEntries(
        Object.entries(schema.properties).map(([prop, node]) => [
          prop,
          { ...factsOf(node, schemas), required: required.has(prop) },
        ]),
      );
    } else if (schema.enum) {
      enums[name] = schema.enum;
    } else if (schema.type && schema.type !== 'object') {
      scalars[name] = factsOf(schema, schemas);
    }
  }
  const parameters = Object.fromEntries(
    Object.entries(document.components?.parameters ?? {}).map(([name, p]) => [
      name,
      { name: p.name, in: p.in, ...factsOf(p.schema, schemas) },
    ]),
  );
  return { fields, scalars, enums, parameters, ...bodyLimitsOf(document) };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * `{ operationId: bytes }` for every operation that names its own `x-max-body-bytes`, and the
 * default for all others when the document states it in a root `x-max-body-bytes`.
 */
function bodyLimitsOf(document) {
  const bodyLimits = {};
  for (const item of Object.values(document.paths ?? {}))
    for (const method of METHODS) {
      const op = item[method];
      if (op?.operationId && op['x-max-body-bytes'] !== undefined)
        bodyLimits[op.operationId] = op['x-max-body-bytes'];
    }
  return { bodyLimits, defaultBodyLimit: document['x-max-body-bytes'] };
}

/** Every `format` the contract uses whose server-side check is a regular expression. */
function formatsUsed(document) {
  const used = new Set();
  JSON.stringify(document, (key, value) => {
    if (key === 'format' && typeof value === 'string') used.add(value);
    return value;
  });
  return [...used].sort().filter((f) => fullFormats[f] instanceof RegExp);
}

/** A value as TypeScript source; `pattern` strings become `u` regular expressions. */
function literal(value, indent = '') {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + literal(v, inner)).join(',\n')},\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
      const text =
        k === 'pattern' && typeof v === 'string'
          ? `/${v.replaceAll('/', '\\/')}/u`
          : literal(v, inner);
      return `${inner}${key}: ${text}`;
    });
    return entries.length ? `{\n${entries.join(',\n')},\n${indent}}` : '{}';
  }
  return JSON.stringify(value);
}

/** `export const Name = … as const;` with its doc comment. */
const exported = (doc, name, value) =>
  `/** ${doc} */\nexport const ${name} = ${literal(value)} as const;\n`;

/**
 * The module's source: one export per schema, so a bundle keeps only the facts it uses.
 * `Schema.property.maxLength` for object schemas; `Name` (a list, and its type) for enums;
 * `Name.pattern` for scalars; `NameParameter` for shared parameters; `emailFormat` for formats.
 */
export function contractFactsModule(document) {
  const { fields, scalars, enums, parameters, bodyLimits, defaultBodyLimit } =
    collectFacts(document);
  const out = [];
  for (const [name, props] of Object.entries(fields))
    out.push(
      exported(`The limits of each property of \`${name}\`, with \`required\`.`, name, props),
    );
  for (const [name, facts] of Object.entries(scalars))
    out.push(exported(`The limits of the contract's \`${name}\`.`, name, facts));
  for (const [name, values] of Object.entries(enums))
    out.push(
      exported(`Every \`${name}\` of the contract, in its order.`, name, values) +
        `/** One \`${name}\`. */\nexport type ${name} = (typeof ${name})[number];\n`,
    );
  for (const [name, facts] of Object.entries(parameters)) {
    const id = name.endsWith('Parameter') ? name : `${name}Parameter`;
    out.push(exported(`The limits of the shared parameter \`${name}\`.`, id, facts));
  }
  out.push(
    exported(
      'The largest body in bytes of each operation that names its own (`x-max-body-bytes`).',
      'bodyLimits',
      bodyLimits,
    ),
  );
  if (defaultBodyLimit !== undefined)
    out.push(
      exported(
        'The largest body in bytes of any other operation.',
        'defaultBodyLimit',
        defaultBodyLimit,
      ),
    );
  for (const format of formatsUsed(document)) {
    const id = `${format.replace(/-(\w)/g, (_, c) => c.toUpperCase())}Format`;
    out.push(
      `/** The server's check of \`format: ${format}\` (ajv-formats, full mode). */\n` +
        `export const ${id} = ${fullFormats[format].toString()};\n`,
    );
  }
  return out.join('\n');
}
