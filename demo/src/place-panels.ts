// On the full portal page: every element that the page does not show yet gets a place.

/** Elements that are not panels of their own (`<portal-login>` shows the password reset). */
const notPanels = new Set(['portal-provider', 'portal-password-reset']);

/** Which area a tag belongs in: the first whose `data-panels` words occur in it, else the last. */
function areaFor(tag: string, areas: HTMLElement[]): HTMLElement | undefined {
  const match = areas.find((area) =>
    (area.dataset.panels ?? '').split(/\s+/).some((word) => word && tag.includes(word)),
  );
  return match ?? areas.at(-1);
}

/** Adds a missing panel for each tag to its area inside the provider; hides areas left empty. */
export function placePanels(tags: readonly string[], root: ParentNode = document): void {
  const areas = [...root.querySelectorAll<HTMLElement>('.portal-area[data-panels]')];
  if (areas.length === 0) return;
  for (const tag of tags) {
    if (notPanels.has(tag) || root.querySelector(tag)) continue;
    areaFor(tag, areas)?.querySelector('.panels')?.append(document.createElement(tag));
  }
  for (const area of areas) area.hidden = !area.querySelector('.panels > *');
}
