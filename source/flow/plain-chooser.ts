// --plain: the wizard one question at a time, as lines (for screen readers, terminal logs and pipes).
// Answers are read line by line from a buffered iterator, so piped answers are never lost; the end of
// input is a clear error, not a hang.

import {createInterface} from 'node:readline';
import {findImage} from '../engine/find-image.js';
import {parseRemoteReference} from '../engine/remote-reference.js';
import type {LocalImage} from '../engine/types.js';
import {ACCESS_LEVELS} from '../rahti/access.js';
import {imageStreamNameProblem, shortDigest, tagProblem} from '../rahti/image-names.js';
import type {Chooser} from './chooser.js';
import {EXIT, FlowError} from './exit-codes.js';

export type Prompter = {ask(question: string): Promise<string>; say(text: string): void; close(): void};

export function linePrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
	const lines = createInterface({input, terminal: false})[Symbol.asyncIterator]();
	return {
		async ask(question) {
			output.write(question);
			const next = await lines.next();
			if (next.done) throw new FlowError(EXIT.usage, `No answer to "${question.trim()}" (end of input).`);
			const answer = String(next.value).trim();
			if (!(output as {isTTY?: boolean}).isTTY) output.write(`${answer}\n`);
			return answer;
		},
		say: (text) => void output.write(`${text}\n`),
		close: () => void lines.return?.(),
	};
}

/** A numbered list; the answer is a number, a whole name, or part of exactly one name. */
async function pick<T>(
	prompter: Prompter,
	title: string,
	items: readonly T[],
	label: (item: T) => string,
	suggested?: number,
	/** An answer that names one item exactly, before it is taken as part of names. */
	named?: (answer: string) => T | undefined,
): Promise<T> {
	const shown = items.slice(0, 30);
	prompter.say(title);
	shown.forEach((item, index) => prompter.say(`  ${index + 1}. ${label(item)}`));
	if (items.length > shown.length)
		prompter.say(`  … and ${items.length - shown.length} more: type part of a name`);
	for (;;) {
		const hint = suggested === undefined ? '' : ` [${suggested + 1}]`;
		const answer = await prompter.ask(`Number or name${hint}: `);
		if (answer === '' && suggested !== undefined) return items[suggested]!;
		const number = Number(answer);
		if (Number.isInteger(number) && number >= 1 && number <= items.length) return items[number - 1]!;
		const exact = named?.(answer) ?? items.find((item) => label(item).split(/\s/)[0] === answer);
		if (exact) return exact;
		const partial = items.filter((item) => label(item).toLowerCase().includes(answer.toLowerCase()));
		if (answer && partial.length === 1) return partial[0]!;
		prompter.say(
			answer === ''
				? `Type a number from 1 to ${items.length}, or a name.`
				: partial.length > 1
					? `"${answer}" matches ${partial.length}; be more exact, or type its number.`
					: `Nothing matches "${answer}"; type a number from 1 to ${items.length}, or part of a name.`,
		);
	}
}

async function yesNo(prompter: Prompter, question: string): Promise<boolean> {
	const answer = await prompter.ask(`${question} [y/N]: `);
	return /^y(es)?$/i.test(answer);
}

async function text(
	prompter: Prompter,
	question: string,
	suggested: string,
	problem: (value: string) => string | undefined,
) {
	for (;;) {
		const value = (await prompter.ask(`${question} [${suggested}]: `)) || suggested;
		const why = problem(value);
		if (!why) return value;
		prompter.say(`  ${why}`);
	}
}

/** A remote image's name, checked as it is typed; skopeo looks it up after. */
const askRemote = (prompter: Prompter) =>
	text(
		prompter,
		'Remote image to copy with skopeo (e.g. ghcr.io/org/app:1.0)',
		'docker.io/library/nginx:latest',
		(value) => {
			const parsed = parseRemoteReference(value);
			return parsed.ok ? undefined : parsed.problem;
		},
	);

export function plainChooser(prompter: Prompter): Chooser {
	return {
		async image(images, engine) {
			const remote = {remote: true} as const;
			const options: Array<LocalImage | typeof remote> = [...images, remote];
			const chosen = await pick(
				prompter,
				`Images in ${engine}:`,
				options,
				(o) => ('ref' in o ? o.ref : 'A remote image instead (copied with skopeo)'),
				0,
				(answer) => findImage(images, answer),
			);
			return 'ref' in chosen ? chosen : {remote: await askRemote(prompter)};
		},
		async remote(why) {
			prompter.say(why);
			return askRemote(prompter);
		},
		async project(projects, last) {
			const index = projects.findIndex((p) => p.name === last);
			const chosen = await pick(
				prompter,
				'Your projects:',
				projects,
				(p) => `${p.name}${p.displayName ? `  (${p.displayName})` : ''}`,
				index === -1 ? undefined : index,
			);
			return chosen.name;
		},
		name: (suggested) => text(prompter, 'Image stream name', suggested, imageStreamNameProblem),
		tag: (suggested) => text(prompter, 'Tag', suggested, tagProblem),
		overwrite: (reference, digest) =>
			yesNo(prompter, `${reference} already exists (${shortDigest(digest)}). Replace it?`),
		async access(current, leftovers, suggested) {
			for (const leftover of leftovers)
				prompter.say(
					`Note: old-docs leftover: binding ${leftover.binding} ${leftover.why}; it will be removed.`,
				);
			const options = [
				...ACCESS_LEVELS.map((a) => ({
					value: a.level,
					label: `${a.title}${a.level === current ? ' (now)' : ''}: ${a.who}`,
				})),
				{value: 'skip' as const, label: 'Skip: leave access as it is'},
			];
			const chosen = await pick(
				prompter,
				'Who may pull the images?',
				options,
				(o) => o.label,
				options.findIndex((o) => o.value === suggested),
			);
			return chosen.value;
		},
		confirmPublic: (project) =>
			yesNo(prompter, `Make every image in project ${project} public to anyone on the internet?`),
		async deployment(deployments, suggested) {
			const options = [
				...deployments.map((d) => ({
					value: d,
					label: `${d.name}: ${d.containers.map((c) => c.name).join(', ')}`,
				})),
				{value: 'skip' as const, label: 'Skip: no deployment yet'},
			];
			const index = options.findIndex((o) => o.value !== 'skip' && o.value.name === suggested);
			const chosen = await pick(
				prompter,
				'Which deployment should run the image?',
				options,
				(o) => o.label,
				index === -1 ? options.length - 1 : index,
			);
			return chosen.value;
		},
		async container(deployment, suggested) {
			const index = deployment.containers.findIndex((c) => c.name === suggested);
			const chosen = await pick(
				prompter,
				`Containers of ${deployment.name}:`,
				deployment.containers,
				(c) => c.name,
				index === -1 ? undefined : index,
			);
			return chosen.name;
		},
		rollBack: (deployment) => yesNo(prompter, `Roll ${deployment} back to the previous version?`),
	};
}
