import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import type { MeasurementRecord } from '../store/types.js';
import { dateRange, iso } from './shared.js';
import { inRange, pageBy, toAuthor } from './record-shared.js';

type S = components['schemas'];

/** A measurement as the contract shows it. */
export function toMeasurement(m: MeasurementRecord): S['Measurement'] {
  return {
    id: m.id,
    kind: m.kind,
    value: m.value,
    measuredAt: iso(m.measuredAt),
    ...(m.measuredBy ? { measuredBy: toAuthor(m.measuredBy) } : {}),
    ...(m.note ? { note: m.note } : {}),
  };
}

function listMeasurements(ctx: RouteContext) {
  const { client } = scoped(ctx);
  const range = dateRange(ctx);
  const kind = ctx.query.get('kind');
  // Only the kinds this client is measured for count: a kind from another record is just empty.
  const measured = new Set(client.measurementKinds.map((k) => k.code));
  const items = ctx.db.measurements.filter(
    (m) =>
      m.clientId === client.id &&
      measured.has(m.kind) &&
      (kind === null || m.kind === kind) &&
      inRange(m.measuredAt, range),
  );
  const result = pageBy(ctx, items, (m) => m.measuredAt);
  return json({ items: result.items.map(toMeasurement), nextCursor: result.nextCursor });
}

/** Measurements (P7, P4): the kinds measured for the client, and the values, newest first. */
export function measurementHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listMeasurementKinds', (ctx) =>
      json(scoped(ctx).client.measurementKinds.map((k) => structuredClone(k))),
    ),
    route(rt, 'listMeasurements', listMeasurements),
  ];
}
