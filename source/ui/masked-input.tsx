import {Text} from 'ink';
import {useTheme} from './theme.js';

/** A secret being typed: only its length is shown, never its characters. */
export function MaskedInput({value, label, isFocused}: {value: string; label: string; isFocused: boolean}) {
	const theme = useTheme();
	const shown =
		value.length > 40 ? `${'•'.repeat(40)}… (${value.length} characters)` : '•'.repeat(value.length);
	return (
		<Text wrap="truncate">
			<Text color={theme.accent}>{label} </Text>
			<Text>{shown}</Text>
			{isFocused ? <Text inverse> </Text> : null}
		</Text>
	);
}
