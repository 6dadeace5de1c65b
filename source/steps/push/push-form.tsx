import {Box, Text} from 'ink';
import {useTheme} from '../../ui/theme.js';
import {TextField} from '../../ui/text-field.js';
import {fieldProblems, type PushState} from './use-push-state.js';

export function PushForm({
	state,
	project,
	imageRef,
	width,
}: {
	state: PushState;
	project: string;
	imageRef: string;
	width: number;
}) {
	const theme = useTheme();
	const problems = fieldProblems(state);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				Push <Text bold>{imageRef}</Text> to project <Text bold>{project}</Text> as:
			</Text>
			<Text> </Text>
			<TextField
				label="image stream"
				value={state.name}
				isFocused={state.focus === 'name'}
				problem={problems.name}
				width={width}
			/>
			<TextField
				label="tag"
				value={state.tag}
				isFocused={state.focus === 'tag'}
				problem={problems.tag}
				width={width}
			/>
			<Text color={theme.muted} wrap="truncate">
				Image stream names: lowercase letters, digits, "-" and "."; tags: letters, digits, "_", "." and "-".
			</Text>
			<Text color={theme.muted} wrap="truncate">
				Enter to push (the image stream is created first if it does not exist).
			</Text>
		</Box>
	);
}
