// A poster is one sheet: when the words (a long language, two languages, Nastaliq's tall lines)
// would run past the bottom, the text shrinks step by step until it fits. The codes keep their
// size (they are set in mm, not scaled by --fit), so they always scan from 40 cm.
const SMALLEST = 0.45;
const STEP = 0.02;

export function fitSheet(sheet: HTMLElement): number {
  const inner = sheet.querySelector<HTMLElement>('.fit');
  if (!inner) return 1;
  const overflows = (fit: number) => {
    sheet.style.setProperty('--fit', String(fit));
    // The last block's box, not scrollHeight: Nastaliq's ink reaches below its line boxes and
    // would count as overflow on a sheet that fits.
    const last = inner.lastElementChild;
    return last !== null && last.getBoundingClientRect().bottom > inner.getBoundingClientRect().bottom + 0.5;
  };
  let fit = 1;
  while (overflows(fit) && fit > SMALLEST) fit = Math.round((fit - STEP) * 100) / 100;
  sheet.dataset.fit = String(fit);
  return fit;
}
