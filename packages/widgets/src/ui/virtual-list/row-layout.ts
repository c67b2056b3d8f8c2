// The virtualizer's flow layout with the two settings it keeps to itself: the rows' expected
// height (instead of its 100 px guess) and how far beyond the view rows are rendered.
import { FlowLayout, type flow } from '@lit-labs/virtualizer/layouts/flow.js';

/** The flow layout's own settings (its module does not export the type). */
type BaseLayoutConfig = NonNullable<Parameters<typeof flow>[0]>;

/** The settings of `RowLayout`. */
export interface RowLayoutConfig extends BaseLayoutConfig {
  /** The expected height of a row in px; rows are measured once rendered. */
  rowSize?: number;
  /** How many px beyond the view, above and below, rows are rendered (the virtualizer's is 1000). */
  overhang?: number;
}

/**
 * A flow layout that starts from the rows' real size, so the first frame renders the rows in
 * view and no more, and lays them out once instead of two or three times.
 */
export class RowLayout extends FlowLayout {
  /** The expected row height (the layout assigns its config's fields to itself). */
  set rowSize(px: number | undefined) {
    if (px && px > 0) this._itemSize = { width: px, height: px };
  }

  /** The rendered distance beyond the view. */
  set overhang(px: number | undefined) {
    if (px !== undefined && px >= 0) this._overhang = px;
  }
}

/** The layout for `virtualize({ layout })` with these settings. */
export const rowLayout = (
  config: RowLayoutConfig,
): RowLayoutConfig & { type: typeof RowLayout } => ({
  type: RowLayout,
  ...config,
});
