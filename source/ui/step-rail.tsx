import {Box, Text} from 'ink';
import {STEPS, type StepId, type StepMark} from '../wizard/steps.js';
import {useTheme, type Theme} from './theme.js';

const SYMBOL: Record<StepMark, string> = {done: '✔', current: '▸', failed: '✖', pending: '·'};

function colorOf(mark: StepMark, theme: Theme): string | undefined {
	if (mark === 'done') return theme.ok;
	if (mark === 'failed') return theme.error;
	if (mark === 'current') return theme.accent;
	return theme.muted;
}

/** One line: "✔ Check login  ▸ Image  · Project …"; narrow terminals get the current label only. */
export function StepRail({marks, columns}: {marks: Record<StepId, StepMark>; columns: number}) {
	const theme = useTheme();
	const compact = columns < 78;
	return (
		<Box width={columns}>
			{STEPS.map((step, index) => {
				const mark = marks[step.id];
				const label = compact && mark !== 'current' ? '' : ` ${step.label}`;
				return (
					<Text key={step.id} color={colorOf(mark, theme)} bold={mark === 'current'} wrap="truncate">
						{index > 0 ? '  ' : ''}
						{SYMBOL[mark]}
						{label}
					</Text>
				);
			})}
		</Box>
	);
}
