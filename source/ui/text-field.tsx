import {Box, Text} from 'ink';
import {useTheme} from './theme.js';

/** A labelled one-line field; the reason a value is invalid shows under it as it is typed. */
export function TextField({
	label,
	value,
	isFocused,
	problem,
	width,
}: {
	label: string;
	value: string;
	isFocused: boolean;
	problem?: string;
	width: number;
}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				<Text color={isFocused ? theme.accent : theme.muted} bold={isFocused}>
					{isFocused ? '❯ ' : '  '}
					{label.padEnd(14)}
				</Text>
				<Text underline={!theme.color && isFocused}>{value.slice(-(width - 20))}</Text>
				{isFocused ? <Text inverse> </Text> : null}
			</Text>
			<Text color={problem ? theme.error : theme.muted} wrap="truncate">
				{'                '}
				{problem ? `✖ ${problem}` : ' '}
			</Text>
		</Box>
	);
}
