import {Box, Text} from 'ink';
import type {Event, RolloutProgress} from '../../rahti/rollout.js';
import {ProgressBar} from '../../ui/progress-bar.js';
import {useTheme} from '../../ui/theme.js';

export function RolloutView({rollout, width}: {rollout: RolloutProgress; width: number}) {
	const total = rollout.total;
	const bar = Math.max(10, Math.min(30, width - 40));
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				updated <ProgressBar fraction={total ? (rollout.updated ?? 0) / total : undefined} width={bar} />{' '}
				{rollout.updated ?? 0}/{total ?? '?'}
			</Text>
			<Text wrap="truncate">
				available <ProgressBar fraction={total ? (rollout.available ?? 0) / total : undefined} width={bar} />{' '}
				{rollout.available ?? 0}/{total ?? '?'}
			</Text>
			{rollout.message ? <Text wrap="truncate">{rollout.message}</Text> : null}
		</Box>
	);
}

export function EventList({events}: {events: readonly Event[]}) {
	const theme = useTheme();
	if (events.length === 0) return <Text color={theme.muted}>(no recent events)</Text>;
	return (
		<Box flexDirection="column">
			{events.map((event, index) => (
				<Text key={index} color={event.type === 'Warning' ? theme.warn : undefined} wrap="truncate">
					{event.reason}: {event.message} ({event.object})
				</Text>
			))}
		</Box>
	);
}
