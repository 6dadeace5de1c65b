// Rendering helpers for ink-testing-library (after Shopify cli-kit's test helpers): React 19 schedules
// renders asynchronously, so input waits a macrotask, and assertions wait for the frame to show text.

import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import type {ReactNode} from 'react';
import {openSettings} from '../../source/config.js';
import type {Runner} from '../../source/exec/runner.js';
import {Root} from '../../source/root.js';
import type {Services} from '../../source/services.js';
import {makeTheme} from '../../source/ui/theme.js';

export const KEYS = {
	up: '\x1b[A',
	down: '\x1b[B',
	left: '\x1b[D',
	enter: '\r',
	escape: '\x1b',
	backspace: '\x7f',
	tab: '\t',
	ctrlC: '\x03',
	pageDown: '\x1b[6~',
	end: '\x1b[F',
} as const;

export function testServices(
	runner: Runner,
	env: NodeJS.ProcessEnv = {},
	options: Services['options'] = {},
): Services {
	const dir = mkdtempSync(path.join(tmpdir(), 'rahti-view-'));
	const fullEnv = {RAHTI_PUSH_CONFIG_DIR: dir, HOME: dir, ...env};
	return {runner, settings: openSettings(fullEnv).settings, env: fullEnv, options};
}

export function renderWith(services: Services, node: ReactNode, size = {columns: 80, rows: 24}) {
	const instance = render(
		<Root services={services} theme={makeTheme({NO_COLOR: '1'})} size={size}>
			{node}
		</Root>,
	);
	const frame = () => instance.lastFrame() ?? '';
	return {
		...instance,
		frame,
		async press(...inputs: string[]) {
			for (const input of inputs) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				instance.stdin.write(input);
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
		},
		async waitFor(text: string | RegExp | (() => boolean), timeoutMs = 3000) {
			const deadline = Date.now() + timeoutMs;
			const matches = () =>
				typeof text === 'function'
					? text()
					: typeof text === 'string'
						? frame().includes(text)
						: text.test(frame());
			while (!matches()) {
				if (Date.now() > deadline)
					throw new Error(`Timed out waiting for ${String(text)}; the frame was:\n${frame()}`);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			return frame();
		},
	};
}
