/**
 * A table wider than the screen scrolls sideways inside its region. The region takes keyboard focus
 * (so it can be scrolled with the arrow keys) only while it actually scrolls: a focusable region that
 * does not scroll is a stop in the tab order that does nothing, and an element screen readers are told
 * is not interactive. Without JavaScript, browsers that make scrolling boxes focusable themselves
 * (Chromium, Firefox) still let the keyboard scroll it.
 */
function update(region: HTMLElement): void {
  const scrolls = region.scrollWidth > region.clientWidth + 1;
  if (scrolls) region.setAttribute('tabindex', '0');
  else region.removeAttribute('tabindex');
}

export function initScrollableTables(): void {
  const regions = [...document.querySelectorAll<HTMLElement>('[data-scrollable-table]')];
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target as HTMLElement)));
  for (const region of regions) {
    update(region);
    observer.observe(region);
  }
}
