/**
 * The script of a page's Kazakh text: Cyrillic (the source) or the 2021 Latin alphabet (the
 * page's twin under latn/). Constants only: the first view's scripts read them.
 */
export type Script = 'cyrl' | 'latn';
export const SCRIPTS = ['cyrl', 'latn'] as const satisfies readonly Script[];

/** Where <html> says which script the page is in. */
export const SCRIPT_ATTRIBUTE = 'data-script';

/** Where <html> names the page in the other script: the one address a twin keeps as it is. */
export const SCRIPT_TWIN = 'data-script-twin';
