import {describe, expect, it} from 'vitest';
import {createKeyQueue} from '../../source/ui/key-queue.js';

/** Timers run by hand: `run()` fires the earliest one. */
function manualTimers() {
	let pending: Array<{run: () => void; ms: number; id: number}> = [];
	let ids = 0;
	return {
		timers: {
			schedule: (run: () => void, ms: number) => {
				pending.push({run, ms, id: ++ids});
				return ids;
			},
			cancel: (id: unknown) => {
				pending = pending.filter((t) => t.id !== id);
			},
		},
		delays: () => pending.map((t) => t.ms),
		run() {
			pending.sort((a, b) => a.ms - b.ms);
			pending.shift()?.run();
		},
	};
}

describe('keys from one chunk, one at a time', () => {
	it('the next key waits for the commit of the one before', () => {
		const clock = manualTimers();
		const seen: string[] = [];
		const queue = createKeyQueue<string>((key) => seen.push(key), 50, clock.timers);
		queue.push(['text', 'enter']);
		expect(seen).toEqual(['text']);
		expect(clock.delays()).toEqual([50]);
		queue.committed();
		expect(clock.delays()).toEqual([0]);
		clock.run();
		expect(seen).toEqual(['text', 'enter']);
	});
	it('a commit inside the delivery counts; a key that changes nothing waits only idleMs', () => {
		const clock = manualTimers();
		const seen: string[] = [];
		let queue = createKeyQueue<string>(
			(key) => {
				seen.push(key);
				queue.committed();
			},
			50,
			clock.timers,
		);
		queue.push(['a', 'b']);
		expect(clock.delays()).toEqual([0]);
		clock.run();
		expect(seen).toEqual(['a', 'b']);

		const idle: string[] = [];
		queue = createKeyQueue<string>((key) => idle.push(key), 50, clock.timers);
		queue.push(['x', 'y']);
		expect(clock.delays()).toContain(50);
		clock.run();
		clock.run();
		expect(idle).toEqual(['x', 'y']);
	});
	it('a lone key goes at once, and holds nothing back', () => {
		const clock = manualTimers();
		const seen: string[] = [];
		const queue = createKeyQueue<string>((key) => seen.push(key), 50, clock.timers);
		queue.push(['a']);
		queue.push(['b']);
		expect(seen).toEqual(['a', 'b']);
		expect(clock.delays()).toEqual([]);
	});

	it('a chunk arriving meanwhile queues behind, in order', () => {
		const clock = manualTimers();
		const seen: string[] = [];
		const queue = createKeyQueue<string>((key) => seen.push(key), 50, clock.timers);
		queue.push(['1', '2']);
		queue.push(['3']);
		expect(seen).toEqual(['1']);
		for (let i = 0; i < 4; i++) {
			queue.committed();
			clock.run();
		}
		expect(seen).toEqual(['1', '2', '3']);
	});
});
