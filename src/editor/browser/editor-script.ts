/**
 * The editor page's own script: the period, timeframe and day widgets (which run the site's own
 * parsers as the officer types, so a date the check would refuse is refused in the form with the
 * same words), each new file's name by the site's rule, a preview of each page, and then Decap CMS
 * started with the configuration made from the schemas (/admin/setup.json).
 */
import { parseDay } from '../../lib/calendar';
import { parsePeriod } from '../../lib/period';
import { reportSlug, slugFromTitle } from '../../lib/scaffold';
import { parseTimeframe } from '../../lib/timeframe';

type Parse = (text: string) => { ok: true } | { ok: false; error: string };
type Props = { value?: string; onChange(value: string): void; forID: string; classNameWrapper: string; entry: ImmutableMap; setActiveStyle(): void; setInactiveStyle(): void };
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
}
type Component = { props: Props };
interface Decap {
  registerWidget(name: string, control: unknown): void;
  registerPreviewTemplate(name: string, template: unknown): void;
  registerEventListener(listener: { name: string; handler(event: { entry: ImmutableMap }): unknown }): void;
  init(options: { config: unknown }): void;
}
interface Setup {
  decap: { collections: Array<{ name: string }> };
  plansite: { fileNames: Record<string, 'title' | 'period'>; previews: Record<string, string> };
}

const page = window as unknown as { CMS: Decap; createClass(spec: object): unknown; h(...args: unknown[]): unknown };
const { CMS, createClass, h } = page;
const siteRoot = location.pathname.replace(/admin\/.*$/, '');

/** A text widget checked by one of the site's parsers: the parser's message shows as soon as the text stops being readable. */
function parsedTextWidget(parse: Parse, example: string) {
  return createClass({
    problem(this: Component): string | undefined {
      const value = (this.props.value ?? '').trim();
      if (value === '') return undefined;
      const result = parse(value);
      return result.ok ? undefined : result.error;
    },
    isValid(this: Component & { problem(): string | undefined }) {
      const problem = this.problem();
      return problem ? { error: { message: problem } } : true;
    },
    render(this: Component & { problem(): string | undefined }) {
      const problem = this.problem();
      const messageId = `${this.props.forID}-problem`;
      return h(
        'div',
        null,
        h('input', {
          id: this.props.forID,
          type: 'text',
          className: this.props.classNameWrapper,
          value: this.props.value ?? '',
          placeholder: `e.g. ${example}`,
          'aria-describedby': problem ? messageId : undefined,
          'aria-invalid': problem ? 'true' : undefined,
          onChange: (event: Event) => this.props.onChange((event.target as HTMLInputElement).value),
          onFocus: () => this.props.setActiveStyle(),
          onBlur: () => this.props.setInactiveStyle(),
        }),
        problem ? h('p', { id: messageId, role: 'status', style: { color: '#d32205', margin: '0.5em 0 0' } }, problem) : null,
      );
    },
  });
}

/** One id or several, separated by commas: saved as one text, or as a list when there are several (as an action's improvementAim). */
const oneOrMore = createClass({
  render(this: Component) {
    const value = this.props.value as unknown;
    const shown = typeof value === 'string' ? value : value && typeof (value as { toJS?: unknown }).toJS === 'function' ? ((value as { toJS(): string[] }).toJS()).join(', ') : Array.isArray(value) ? value.join(', ') : '';
    return h('input', {
      id: this.props.forID,
      type: 'text',
      className: this.props.classNameWrapper,
      defaultValue: shown,
      onChange: (event: Event) => {
        const ids = (event.target as HTMLInputElement).value.split(',').map((id) => id.trim()).filter(Boolean);
        this.props.onChange((ids.length > 1 ? ids : (ids[0] ?? '')) as string);
      },
      onFocus: () => this.props.setActiveStyle(),
      onBlur: () => this.props.setInactiveStyle(),
    });
  },
});

CMS.registerWidget('plansite-one-or-more', oneOrMore);
CMS.registerWidget('plansite-period', parsedTextWidget(parsePeriod, '2021/22 Q2'));
CMS.registerWidget('plansite-timeframe', parsedTextWidget(parseTimeframe, 'March 2023'));
CMS.registerWidget('plansite-day', parsedTextWidget(parseDay, '31/03/2023'));

const setup = (await (await fetch(`${siteRoot}admin/setup.json`)).json()) as Setup;

/** A new file is named as `npm run new` names it: from its title, or a report from its period. */
CMS.registerEventListener({
  name: 'preSave',
  handler({ entry }) {
    const data = entry.get('data') as ImmutableMap;
    if (!entry.get('newRecord')) return data;
    const rule = setup.plansite.fileNames[String(entry.get('collection'))];
    if (!rule) return data;
    const name = rule === 'period' ? reportSlug(String(data.getIn(['period', 'label']) ?? '')) : slugFromTitle(String(data.get('title') ?? data.get('term') ?? ''));
    return data.set('fileName', name);
  },
});

/** The preview: the page as last saved, from the dev server, and a link to open it beside the editor. */
function previewOf(address: string) {
  return createClass({
    render(this: Component) {
      const slug = this.props.entry.get('slug');
      if (this.props.entry.get('newRecord') || (address.includes('{{slug}}') && !slug)) return h('p', null, 'Save the page first: its preview then shows here.');
      const url = new URL(`${siteRoot}${address.replace('{{slug}}', String(slug)).replace(/^\//, '')}`, location.origin).href;
      return h(
        'div',
        { style: { fontFamily: 'sans-serif' } },
        h('p', null, 'The page as last saved. Save to see your changes here. ', h('a', { href: url, target: '_blank', rel: 'noopener' }, 'Open the page beside the editor')),
        h('iframe', { src: url, title: 'The page on the site', style: { width: '100%', height: '85vh', border: '1px solid #ccc' } }),
      );
    },
  });
}

for (const [collection, address] of Object.entries(setup.plansite.previews)) CMS.registerPreviewTemplate(collection, previewOf(address));

/** Whether the background an element's text is drawn on (its own, or the nearest one behind it) is light. */
function onLightBackground(element: Element | null): boolean {
  for (let current = element; current; current = current.parentElement) {
    const [red = 0, green = 0, blue = 0, alpha = 1] = (getComputedStyle(current).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    if (alpha === 0) continue;
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 186;
  }
  return true;
}

/**
 * What Decap leaves unnamed or too faint, mended as it draws: its preview frame gets a title, the
 * icon buttons and drag handles on each list item say what they do, and grey text on its light
 * drop-down buttons is darkened (admin-page.ts has the rest, in CSS). test/browser/editor.test.ts runs
 * axe on the result.
 */
function mendAccessibility(): void {
  const pane = document.querySelector<HTMLIFrameElement>('#preview-pane:not([title])');
  if (pane) pane.title = 'Preview of the page';
  for (const bar of document.querySelectorAll('[class*="ListItemTopBar"]')) {
    const unnamed = [...bar.querySelectorAll<HTMLElement>('button, [role="button"]')].filter((control) => !control.textContent?.trim() && !control.hasAttribute('aria-label'));
    for (const control of unnamed) {
      const label = control.tagName !== 'BUTTON' ? 'Drag to move this item' : control === bar.querySelector('button') ? 'Show or hide this item' : 'Remove this item';
      control.setAttribute('aria-label', label);
    }
  }
  for (const button of document.querySelectorAll('[class*="StyledDropdownButton"]')) {
    const white = getComputedStyle(button).color === 'rgb(255, 255, 255)';
    button.classList.toggle('plansite-dark-text', !white && onLightBackground(button));
    // White on Decap's light blue "Publish" is 3:1: the blue is darkened to 5.9:1.
    button.classList.toggle('plansite-dark-background', white && !button.classList.contains('plansite-dark-text') && onLightishBackground(button));
  }
  for (const text of document.querySelectorAll('[class*="RawEditorContainer"] [role="textbox"]:not([aria-label])')) text.setAttribute('aria-label', 'Text');
}

/** A background white text does not stand out from enough (WCAG AA, 4.5:1): lighter than #757575. */
function onLightishBackground(element: Element): boolean {
  if (element.classList.contains('plansite-dark-background')) return true;
  const [red = 0, green = 0, blue = 0] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
  const linear = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue) > 0.183;
}

new MutationObserver(mendAccessibility).observe(document.body, { childList: true, subtree: true });

CMS.init({ config: setup.decap });
