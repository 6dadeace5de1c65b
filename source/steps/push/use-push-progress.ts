// Push output arrives many times a second; the screen needs it ~10 times a second. The latest progress
// is kept in a ref (outside React) and copied to state on a 100 ms clock, with speed samples.

import {useCallback, useEffect, useRef, useState} from 'react';
import {addSample, rate, type Sample} from '../../engine/push-rate.js';
import {initialPushProgress, pushTotals, type PushProgress} from '../../engine/push-progress.js';

export type ProgressView = {progress: PushProgress; bytesPerSecond?: number};

export function usePushProgress(isRunning: boolean, intervalMs = 100) {
	const latest = useRef<PushProgress>(initialPushProgress);
	const samples = useRef<Sample[]>([]);
	const [view, setView] = useState<ProgressView>({progress: initialPushProgress});

	useEffect(() => {
		if (!isRunning) return;
		const timer = setInterval(() => {
			const progress = latest.current;
			samples.current = addSample(samples.current, {at: Date.now(), bytes: pushTotals(progress).current});
			setView((previous) =>
				previous.progress === progress ? previous : {progress, bytesPerSecond: rate(samples.current)},
			);
		}, intervalMs);
		return () => clearInterval(timer);
	}, [isRunning, intervalMs]);

	const reset = useCallback(() => {
		latest.current = initialPushProgress;
		samples.current = [];
		setView({progress: initialPushProgress});
	}, []);
	const report = useCallback((progress: PushProgress) => {
		latest.current = progress;
	}, []);
	return {view, report, reset};
}
