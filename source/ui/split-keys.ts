// Ink 6.8 splits its input only at escape sequences: keys typed (or sent) quickly arrive as one event,
// e.g. Tab, Backspace, Backspace, "v1" as "\t\x7f\x7fv1", which no handler understands. This splits
// such an event back into keys: each control character alone, runs of text together (a paste). Pure.

import type {Key} from 'ink';

const NONE: Omit<Key, never> = {
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
} as Key;

function controlKey(character: string): {input: string; key: Key} {
	switch (character) {
		case '\r':
		case '\n':
			return {input: '', key: {...NONE, return: true}};
		case '\t':
			return {input: '', key: {...NONE, tab: true}};
		case '\x7f':
			return {input: '', key: {...NONE, delete: true}};
		case '\b':
			return {input: '', key: {...NONE, backspace: true}};
		default:
			// Ctrl+letter: \x01 is Ctrl+A … \x1a is Ctrl+Z, as Ink reports them.
			return {input: String.fromCharCode(character.charCodeAt(0) + 96), key: {...NONE, ctrl: true}};
	}
}

// eslint-disable-next-line no-control-regex -- control characters are what is being split on
const CONTROL = /[\x00-\x08\x0a-\x1a\x7f\t]/;

export function splitKeys(input: string, key: Key): Array<{input: string; key: Key}> {
	if (input.length <= 1 || input.startsWith('\x1b') || !CONTROL.test(input)) return [{input, key}];
	const keys: Array<{input: string; key: Key}> = [];
	let text = '';
	for (const character of input) {
		if (CONTROL.test(character)) {
			if (text) keys.push({input: text, key: NONE});
			text = '';
			keys.push(controlKey(character));
		} else text += character;
	}
	if (text) keys.push({input: text, key: NONE});
	return keys;
}
