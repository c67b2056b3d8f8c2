// English for the internal UI pieces (packages/widgets/src/ui), merged by ../en.ts.

export const ui = {
  'ui.dialog.close': 'Close',
};
