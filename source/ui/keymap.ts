// Every key the wizard knows, in one table (after lazydocker's keybindings.go): the footer hints and
// the `?` help overlay are drawn from it, and views ask it whether a key means an action.

import type {Key} from 'ink';

export const KEY_ACTIONS = [
	'forward',
	'back',
	'up',
	'down',
	'pageUp',
	'pageDown',
	'home',
	'end',
	'erase',
	'clearField',
	'recheck',
	'switchEngine',
	'remoteImage',
	'relogin',
	'cancel',
	'nextField',
	'commands',
	'writeScript',
	'help',
	'quit',
] as const;

export type KeyAction = (typeof KEY_ACTIONS)[number];

/** Where a binding applies: `list` and `text` views take letters as input, so letter keys are off there. */
export type KeyContext =
	| 'always'
	| 'list'
	| 'text'
	| 'panel'
	| 'login'
	| 'image'
	/** An image can be chosen here: a remote one too. */
	| 'source'
	| 'expired'
	| 'running'
	| 'form'
	| 'finished'
	/** The help overlay: it scrolls when the terminal is short. */
	| 'help';

export type Binding = {
	readonly action: KeyAction;
	readonly keys: string;
	readonly hint: string;
	readonly description: string;
	readonly contexts: readonly KeyContext[];
	/** Shown in the footer (the help overlay shows all). */
	readonly inFooter: boolean;
	readonly match: (input: string, key: Key) => boolean;
};

const isLetter = (letter: string) => (input: string, key: Key) => input === letter && !key.ctrl && !key.meta;

export const KEYMAP: readonly Binding[] = [
	{
		action: 'forward',
		keys: 'Enter',
		hint: 'select',
		description: 'Choose / continue',
		contexts: ['always'],
		inFooter: true,
		match: (_i, k) => k.return,
	},
	{
		action: 'back',
		keys: '← / Esc',
		hint: 'back',
		description: 'Go back a step (Backspace too, when nothing is typed)',
		contexts: ['always'],
		inFooter: true,
		match: (_i, k) => k.leftArrow || k.escape,
	},
	{
		action: 'up',
		keys: '↑',
		hint: 'move',
		description: 'Move up',
		contexts: ['list', 'help'],
		inFooter: false,
		match: (_i, k) => k.upArrow,
	},
	{
		action: 'down',
		keys: '↓',
		hint: 'move',
		description: 'Move down',
		contexts: ['list', 'help'],
		inFooter: false,
		match: (_i, k) => k.downArrow,
	},
	{
		action: 'pageUp',
		keys: 'PgUp',
		hint: 'page',
		description: 'A page up',
		contexts: ['list'],
		inFooter: false,
		match: (_i, k) => k.pageUp,
	},
	{
		action: 'pageDown',
		keys: 'PgDn',
		hint: 'page',
		description: 'A page down',
		contexts: ['list'],
		inFooter: false,
		match: (_i, k) => k.pageDown,
	},
	{
		action: 'home',
		keys: 'Home',
		hint: 'first',
		description: 'First row',
		contexts: ['list'],
		inFooter: false,
		match: (_i, k) => k.home,
	},
	{
		action: 'end',
		keys: 'End',
		hint: 'last',
		description: 'Last row',
		contexts: ['list'],
		inFooter: false,
		match: (_i, k) => k.end,
	},
	{
		action: 'erase',
		keys: 'Backspace',
		hint: 'erase',
		description: 'Erase the last character typed',
		contexts: ['list', 'text'],
		inFooter: false,
		match: (_i, k) => k.backspace || k.delete,
	},
	{
		action: 'switchEngine',
		keys: 'Tab',
		hint: 'engine',
		description: 'Switch between docker and podman',
		contexts: ['image'],
		inFooter: true,
		match: (_i, k) => k.tab,
	},
	{
		action: 'clearField',
		keys: 'Ctrl+U',
		hint: 'clear',
		description: 'Clear the whole field (a token pasted twice, say)',
		contexts: ['text'],
		inFooter: true,
		match: (i, k) => k.ctrl && i === 'u',
	},
	{
		action: 'remoteImage',
		keys: 'Ctrl+R',
		hint: 'remote',
		description: 'Copy a remote image (Docker Hub, GHCR, Rahti 1) with skopeo, no engine needed',
		contexts: ['source'],
		inFooter: true,
		match: (i, k) => k.ctrl && i === 'r',
	},
	{
		action: 'cancel',
		keys: 'Esc / Ctrl+C',
		hint: 'cancel',
		description: 'Cancel what is running (the push), then retry or go back',
		contexts: ['running'],
		inFooter: true,
		match: (i, k) => k.escape || (k.ctrl && i === 'c'),
	},
	{
		action: 'nextField',
		keys: 'Tab / ↑↓',
		hint: 'next field',
		description: 'Move between the fields of a form',
		contexts: ['form'],
		inFooter: true,
		match: (_i, k) => k.tab || k.upArrow || k.downArrow,
	},
	{
		action: 'relogin',
		keys: 'l',
		hint: 'log in again',
		description: 'Log in again (your token expired); then carry on',
		contexts: ['expired'],
		inFooter: true,
		match: isLetter('l'),
	},
	{
		action: 'commands',
		keys: 'c / Ctrl+T',
		hint: 'commands',
		description: 'Show or hide the commands being run (Ctrl+T also in lists and fields)',
		contexts: ['always'],
		inFooter: true,
		match: (i, k) => (k.ctrl && i === 't') || (i === 'c' && !k.ctrl && !k.meta),
	},
	{
		action: 'writeScript',
		keys: 's',
		hint: 'save script',
		description: 'Save what was done as a runnable shell script (no secrets in it)',
		contexts: ['finished'],
		inFooter: true,
		match: isLetter('s'),
	},
	{
		action: 'recheck',
		keys: 'r',
		hint: 'check again',
		description: 'Run the checks again',
		contexts: ['login'],
		inFooter: true,
		match: isLetter('r'),
	},
	{
		action: 'help',
		keys: '?',
		hint: 'help',
		description: 'Show or hide this help',
		contexts: ['always'],
		inFooter: true,
		match: (i) => i === '?',
	},
	{
		action: 'quit',
		keys: 'q / Ctrl+C',
		hint: 'quit',
		description: 'Quit (asks first while something runs; in a text field only Ctrl+C)',
		contexts: ['always'],
		inFooter: true,
		match: (i, k) => (k.ctrl && i === 'c') || (i === 'q' && !k.ctrl && !k.meta),
	},
];

/** Characters that filter a list (what image, project and tag names are made of). */
const NAME_CHARACTER = /^[\w.:/@~+-]$/;

/** In a text field every printable key is text; in a list the name characters are filter text. */
function isTyped(input: string, key: Key, contexts: readonly KeyContext[]): boolean {
	if (key.ctrl || key.meta || key.return || key.tab || input.length !== 1) return false;
	if (contexts.includes('text')) return input >= ' ';
	return contexts.includes('list') && NAME_CHARACTER.test(input);
}

/** The bindings that apply; those of the focused view's own contexts win over the always-on ones. */
export function bindingsFor(contexts: readonly KeyContext[]): Binding[] {
	// While something runs: Ctrl+C and Esc cancel it; q still asks to quit; nothing else.
	if (contexts.includes('running'))
		return KEYMAP.filter(
			(b) => b.contexts.includes('running') || ['help', 'quit', 'commands'].includes(b.action),
		);
	const own = KEYMAP.filter((b) => b.contexts.some((c) => contexts.includes(c)));
	return [...own, ...KEYMAP.filter((b) => b.contexts.includes('always') && !own.includes(b))];
}

/** Whether a key is text for the field or filter that has focus. Fast typing and pastes arrive as one chunk. */
export function typedText(input: string, key: Key, contexts: readonly KeyContext[]): string | undefined {
	if (isTyped(input, key, contexts)) return input;
	if (input.length <= 1 || key.ctrl || key.meta || input.startsWith('\x1b')) return undefined;
	// eslint-disable-next-line no-control-regex -- control characters are never text
	if (/[\x00-\x1f\x7f]/.test(input)) return undefined;
	if (contexts.includes('text')) return input;
	if (contexts.includes('list') && [...input].every((c) => NAME_CHARACTER.test(c))) return input;
	return undefined;
}

export function actionFor(input: string, key: Key, contexts: readonly KeyContext[]): KeyAction | undefined {
	if (isTyped(input, key, contexts)) return undefined;
	return bindingsFor(contexts).find((binding) => binding.match(input, key))?.action;
}

/** In lists and fields letters are text: the keys that still work there. */
const TYPING_KEYS: Partial<Record<KeyAction, string>> = {quit: 'Ctrl+C', commands: 'Ctrl+T'};

/** The footer: "Enter select · ← back · q quit", for the keys that apply now. */
export function footerHints(contexts: readonly KeyContext[]): Array<{keys: string; hint: string}> {
	const typing = contexts.includes('list') || contexts.includes('text');
	const order = new Map(KEYMAP.map((b, index) => [b, index]));
	const hints = bindingsFor(contexts)
		.sort((a, b) => order.get(a)! - order.get(b)!)
		.filter((b) => b.inFooter)
		.filter((b) => !(contexts.includes('text') && b.action === 'help'))
		.map((b) => ({keys: typing && TYPING_KEYS[b.action] ? TYPING_KEYS[b.action]! : b.keys, hint: b.hint}));
	if (contexts.includes('list'))
		hints.splice(1, 0, {keys: '↑↓', hint: 'move'}, {keys: 'type', hint: 'filter'});
	return hints;
}
