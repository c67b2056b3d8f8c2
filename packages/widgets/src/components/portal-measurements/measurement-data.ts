// The measurements' data: loading, kinds grouped into what the person sees (blood pressure as one).
import { msg } from '@lit/localize';
import { unwrap, type Schemas } from '@clientportal/sdk';
import type { LoadContext } from '../../controllers/portal-data.js';
import type { Period } from '../../ui/period-picker/period.js';
import { sameDay } from '../../i18n/format.js';

export type Kind = Schemas['MeasurementKind'];
export type Measurement = Schemas['Measurement'];

/** What a kind shows as, for the person (blood pressure's two kinds are one view). */
export interface View {
  key: string;
  name: string;
  unit: string;
  decimals: number;
  /** One kind, or systolic and diastolic. */
  kinds: Kind[];
}

/** The panel's data: the kinds and the measurements loaded (newest first). */
export interface MeasurementData {
  /** The kinds as the server gives them; `viewsOf` names them in the current locale. */
  kinds: Kind[];
  items: Measurement[];
}

/** Before any care record: the start of "all measurements". */
const EARLIEST = '1900-01-01T00:00:00Z';
/** Pages fetched at most for one period (100 each). */
const MAX_PAGES = 40;
const SYS = 'blood-pressure-systolic';
const DIA = 'blood-pressure-diastolic';

/** The name of a kind in the current locale; the record's own name for a kind not known here. */
export function kindName(kind: Kind): string {
  const names: Record<string, string> = {
    weight: msg('Gewicht', { id: 'measurements.kind.weight' }),
    temperature: msg('Temperatuur', { id: 'measurements.kind.temperature' }),
    pulse: msg('Hartslag', { id: 'measurements.kind.pulse' }),
    [SYS]: msg('Bovendruk', { id: 'measurements.kind.systolic' }),
    [DIA]: msg('Onderdruk', { id: 'measurements.kind.diastolic' }),
    'blood-glucose': msg('Bloedsuiker', { id: 'measurements.kind.glucose' }),
    'oxygen-saturation': msg('Zuurstof in het bloed', { id: 'measurements.kind.oxygen' }),
  };
  return names[kind.code] ?? kind.name;
}

/** The views of the kinds, in the server's order; systolic and diastolic become "Bloeddruk". */
export function viewsOf(kinds: Kind[]): View[] {
  const views: View[] = [];
  for (const kind of kinds) {
    if (kind.code === DIA && kinds.some((k) => k.code === SYS)) continue;
    const dia = kind.code === SYS ? kinds.find((k) => k.code === DIA) : undefined;
    views.push({
      key: kind.code,
      name: dia ? msg('Bloeddruk', { id: 'measurements.kind.bloodPressure' }) : kindName(kind),
      unit: kind.unit,
      decimals: kind.decimals,
      kinds: dia ? [kind, dia] : [kind],
    });
  }
  return views;
}

/** Whether a value lies outside its kind's reference range. */
export function outOfRange(kind: Kind, value: number): boolean {
  const r = kind.referenceRange;
  return !!r && (value < r.low || value > r.high);
}

/** One row of a view: a moment and a measurement per kind (blood pressure: of the same day). */
export interface Row {
  at: string;
  values: Array<Measurement | undefined>;
  note: string;
}

/** The rows of a view, newest first; blood pressure's two values are paired by day. */
export function rowsOf(view: View, items: Measurement[]): Row[] {
  const [first, second] = view.kinds;
  const seconds = second ? items.filter((m) => m.kind === second.code) : [];
  return items
    .filter((m) => m.kind === first!.code)
    .map((m) => {
      const other = seconds.find((s) => sameDay(s.measuredAt, m.measuredAt));
      const note = [m.note, other?.note].filter(Boolean).join(' ');
      return { at: m.measuredAt, values: second ? [m, other] : [m], note };
    });
}

/** The kinds, and every measurement of the period (all pages). */
export async function loadPeriod(ctx: LoadContext, period: Period): Promise<MeasurementData> {
  const { api, clientId, signal } = ctx;
  const path = { clientId };
  const kinds = unwrap(
    await api.GET('/clients/{clientId}/measurement-kinds', { params: { path }, signal }),
  );
  const items: Measurement[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const query = {
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      limit: 100,
      cursor,
    };
    const page = unwrap(
      await api.GET('/clients/{clientId}/measurements', { params: { path, query }, signal }),
    );
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return { kinds, items };
}

/** The kinds, and the newest measurement of each. */
export async function loadNewest({ api, clientId, signal }: LoadContext): Promise<MeasurementData> {
  const path = { clientId };
  const kinds = unwrap(
    await api.GET('/clients/{clientId}/measurement-kinds', { params: { path }, signal }),
  );
  const pages = await Promise.all(
    kinds.map(async (k) =>
      unwrap(
        await api.GET('/clients/{clientId}/measurements', {
          params: { path, query: { kind: k.code, from: EARLIEST, limit: 1 } },
          signal,
        }),
      ),
    ),
  );
  return { kinds, items: pages.flatMap((p) => p.items) };
}
