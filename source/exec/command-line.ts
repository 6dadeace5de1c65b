// How a command is shown to people (teaching view, logs, the script): shell-quoted, secrets masked.

import {redact} from './redact.js';

const SAFE = /^[\w@%+=:,./~-]+$/;

export function shellQuote(word: string): string {
	if (word === '') return "''";
	if (SAFE.test(word)) return word;
	return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function formatCommand(
	file: string,
	args: readonly string[],
	secrets: readonly string[] = [],
): string {
	return redact([file, ...args].map(shellQuote).join(' '), secrets);
}
