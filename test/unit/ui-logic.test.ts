import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {filterItems, matchScore} from '../../source/ui/filter-list/filter.js';
import {filterListReducer} from '../../source/ui/filter-list/use-filter-list-state.js';
import {actionFor, footerHints, KEY_ACTIONS, KEYMAP, typedText} from '../../source/ui/keymap.js';
import {fitCommands} from '../../source/ui/fit-commands.js';
import {fitHints} from '../../source/ui/fit-hints.js';
import {calculateLayout, visibleWindow} from '../../source/ui/layout.js';
import {makeTheme} from '../../source/ui/theme.js';
import {splitKeys} from '../../source/ui/split-keys.js';

const key = (patch: Partial<Key> = {}): Key =>
	({
		upArrow: false,
		downArrow: false,
		leftArrow: false,
		rightArrow: false,
		pageDown: false,
		pageUp: false,
		home: false,
		end: false,
		return: false,
		escape: false,
		ctrl: false,
		shift: false,
		tab: false,
		backspace: false,
		delete: false,
		meta: false,
		super: false,
		hyper: false,
		capsLock: false,
		numLock: false,
		...patch,
	}) as Key;

describe('filter', () => {
	it('matches characters in order, case-insensitively, like fzf', () => {
		expect(matchScore('localhost/rahti-test-big:2.0', 'rtb')).toBeDefined();
		expect(matchScore('localhost/rahti-test-big:2.0', 'BIG')).toBeDefined();
		expect(matchScore('nginx', 'xn')).toBeUndefined();
	});
	it('ranks contiguous and earlier matches first', () => {
		expect(filterItems(['my-api-server', 'api', 'a-p-i'], 'api', (s) => s)).toEqual([
			'api',
			'my-api-server',
			'a-p-i',
		]);
		expect(filterItems(['b', 'a'], '', (s) => s)).toEqual(['b', 'a']);
	});
	it('filters 5,000 items quickly enough to do it on every key', () => {
		const items = Array.from(
			{length: 5000},
			(_, i) => `registry.example.org/team-${i % 50}/service-${i}:v${i % 7}`,
		);
		const started = performance.now();
		const found = filterItems(items, 'team-7/service-4', (s) => s);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((s) => matchScore(s, 'team-7/service-4') !== undefined)).toBe(true);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

describe('filter list reducer', () => {
	const start = {filter: '', cursor: 3};
	it('typing and erasing edit the filter and reset the cursor', () => {
		const typed = filterListReducer(start, {type: 'type', text: 'ng'});
		expect(typed).toEqual({filter: 'ng', cursor: 0});
		expect(filterListReducer(typed, {type: 'erase'})).toEqual({filter: 'n', cursor: 0});
	});
	it('moves within bounds', () => {
		expect(filterListReducer(start, {type: 'move', by: 10, total: 5}).cursor).toBe(4);
		expect(filterListReducer(start, {type: 'move', by: -10, total: 5}).cursor).toBe(0);
		expect(filterListReducer(start, {type: 'jump', to: 'last', total: 5}).cursor).toBe(4);
		expect(filterListReducer(start, {type: 'jump', to: 'first', total: 5}).cursor).toBe(0);
		expect(filterListReducer(start, {type: 'move', by: 1, total: 0}).cursor).toBe(0);
	});
});

describe('keymap', () => {
	it('every action has exactly one binding in the table', () => {
		for (const action of KEY_ACTIONS) expect(KEYMAP.filter((b) => b.action === action)).toHaveLength(1);
	});
	it('while a push runs, Ctrl+C and Esc cancel it, q asks to quit', () => {
		expect(actionFor('c', key({ctrl: true}), ['running'])).toBe('cancel');
		expect(actionFor('', key({escape: true}), ['running'])).toBe('cancel');
		expect(actionFor('q', key(), ['running'])).toBe('quit');
		expect(actionFor('', key({return: true}), ['running'])).toBeUndefined();
	});
	it('Tab moves between form fields', () => {
		expect(actionFor('', key({tab: true}), ['text', 'form'])).toBe('nextField');
		expect(actionFor('l', key(), ['panel', 'expired'])).toBe('relogin');
	});
	it('letters are filter text in a list, shortcuts elsewhere', () => {
		expect(typedText('q', key(), ['list'])).toBe('q');
		expect(actionFor('q', key(), ['list'])).toBeUndefined();
		expect(actionFor('q', key(), ['panel'])).toBe('quit');
		expect(actionFor('r', key(), ['login'])).toBe('recheck');
	});
	it('in a text field everything printable is text, a paste too; Ctrl+C still quits', () => {
		expect(typedText('?', key(), ['text'])).toBe('?');
		expect(typedText('oc login --token=x', key(), ['text'])).toBe('oc login --token=x');
		expect(actionFor('c', key({ctrl: true}), ['text'])).toBe('quit');
	});
	it('never makes Esc the only way back', () => {
		expect(actionFor('', key({leftArrow: true}), ['list'])).toBe('back');
		expect(actionFor('', key({escape: true}), ['list'])).toBe('back');
		expect(actionFor('', key({delete: true}), ['list'])).toBe('erase');
	});
	it('? opens help in a list (it is not a name character)', () => {
		expect(actionFor('?', key(), ['list'])).toBe('help');
	});
	it('the footer is drawn from the table', () => {
		const hints = footerHints(['list', 'image']);
		expect(hints.map((h) => h.hint)).toEqual(
			expect.arrayContaining(['select', 'back', 'filter', 'engine', 'quit']),
		);
		expect(hints.find((h) => h.hint === 'quit')?.keys).toBe('Ctrl+C');
		expect(footerHints(['panel']).find((h) => h.hint === 'quit')?.keys).toBe('q / Ctrl+C');
		for (const hint of footerHints(['login']))
			expect(KEYMAP.some((b) => b.hint === hint.hint) || hint.hint === 'move').toBe(true);
	});
});

describe('layout', () => {
	it('keeps the frame one row shorter than the terminal', () => {
		expect(calculateLayout(80, 24)).toEqual({tooSmall: false, frameRows: 23, bodyRows: 18, columns: 80});
	});
	it('says too small below the minimum', () => {
		expect(calculateLayout(40, 24).tooSmall).toBe(true);
		expect(calculateLayout(80, 10).tooSmall).toBe(true);
	});
	it('windows a long list around the cursor', () => {
		expect(visibleWindow(5000, 0, 10)).toEqual({start: 0, end: 10});
		expect(visibleWindow(5000, 2500, 10)).toEqual({start: 2495, end: 2505});
		expect(visibleWindow(5000, 4999, 10)).toEqual({start: 4990, end: 5000});
		expect(visibleWindow(3, 2, 10)).toEqual({start: 0, end: 3});
	});
});

describe('theme', () => {
	it('honours NO_COLOR', () => {
		expect(makeTheme({NO_COLOR: '1'})).toEqual({color: false});
		expect(makeTheme({}).accent).toBe('cyan');
	});
});

describe('splitKeys', () => {
	it('splits keys that arrived as one chunk', () => {
		const keys = splitKeys('\t\x7f\x7fv1\r', key());
		expect(keys.map((k) => [k.input, k.key.tab, k.key.delete, k.key.return])).toEqual([
			['', true, false, false],
			['', false, true, false],
			['', false, true, false],
			['v1', false, false, false],
			['', false, false, true],
		]);
	});
	it('leaves single keys, escape sequences and plain pastes alone', () => {
		expect(splitKeys('q', key())).toEqual([{input: 'q', key: key()}]);
		expect(splitKeys('oc login --token=x', key())).toHaveLength(1);
		expect(splitKeys('\x1b[A', key({upArrow: true}))).toEqual([{input: '\x1b[A', key: key({upArrow: true})}]);
	});
	it('Ctrl+C inside a chunk is still Ctrl+C', () => {
		expect(splitKeys('ab\x03', key()).at(-1)).toMatchObject({input: 'c', key: {ctrl: true}});
	});
});

describe('fitting commands into the rows a view has', () => {
	const commands = [1, 2, 3, 4].map((n) => ({
		display: `oc policy add-role-to-group system:image-puller group-${n} -n a-long-project-name`,
		purpose: `purpose ${n}`,
	}));
	it('in full when there is room: each command wrapped, with its purpose', () => {
		// 74 characters and "$ " wrap to two rows at 60 columns: 1 title + 4 × (2 + 1).
		expect(fitCommands(commands, 60, 13)).toEqual({mode: 'full', shown: commands, hidden: 0});
	});
	it('one line each when the full form does not fit', () => {
		expect(fitCommands(commands, 60, 12)).toEqual({mode: 'compact', shown: commands, hidden: 0});
		expect(fitCommands(commands, 60, 5).mode).toBe('compact');
	});
	it('the first few and how many more when even that does not fit, never none', () => {
		expect(fitCommands(commands, 60, 4)).toEqual({mode: 'compact', shown: commands.slice(0, 2), hidden: 2});
		expect(fitCommands(commands, 60, 0).shown).toHaveLength(1);
	});
});

describe('the footer in the columns there are', () => {
	const hints = footerHints(['list', 'image', 'source']);
	it('shows every hint when they fit', () => {
		expect(fitHints(hints, 300)).toEqual(hints);
	});
	it('in 80 columns the middle gives way; Enter, back, help and quit stay, and it fits', () => {
		const fitted = fitHints(hints, 80);
		const text = fitted.map((h) => `${h.keys} ${h.hint}`).join(' · ');
		expect(text.length).toBeLessThanOrEqual(80);
		expect(fitted.map((h) => h.hint)).toEqual(expect.arrayContaining(['select', 'back', 'help', 'quit']));
		expect(fitted.length).toBeLessThan(hints.length);
		expect(fitted.map((h) => h.hint)).toEqual(expect.arrayContaining(['engine', 'remote']));
	});
});
