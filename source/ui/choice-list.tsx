// Small fixed menus (access level, what to do after a failed rollout): ink-select-input, themed, with a
// muted line or two under the highlighted item, for the sentences that explain it (the others stay one
// line each, so the menu fits a small terminal). Gated by isFocused (it takes j/k and
// digits itself).

import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useTheme} from './theme.js';

export type Choice<V> = {value: V; title: string; detail?: string};

function Indicator({isSelected}: {isSelected?: boolean}) {
	const theme = useTheme();
	return <Text color={theme.accent}>{isSelected ? '❯ ' : '  '}</Text>;
}

function Item({isSelected, label}: {isSelected?: boolean; label: string}) {
	const theme = useTheme();
	const [title, ...rest] = label.split('\n');
	return (
		<Box flexDirection="column">
			<Text
				bold={isSelected}
				color={isSelected ? theme.accent : undefined}
				inverse={isSelected && !theme.color}
				wrap="truncate"
			>
				{title}
			</Text>
			{(isSelected ? rest : []).map((line, index) => (
				<Text key={index} color={theme.muted} wrap="truncate">
					{line}
				</Text>
			))}
		</Box>
	);
}

export function ChoiceList<V extends string>({
	choices,
	initial,
	isFocused,
	onChoose,
	height,
}: {
	choices: ReadonlyArray<Choice<V>>;
	initial?: V;
	isFocused: boolean;
	onChoose: (value: V) => void;
	/** Rows it may take; in fewer than it needs, the items scroll around the highlighted one. */
	height?: number;
}) {
	const items = choices.map((c) => ({
		key: c.value,
		value: c.value,
		label: c.detail ? `${c.title}\n${c.detail}` : c.title,
	}));
	const initialIndex = Math.max(
		0,
		choices.findIndex((c) => c.value === initial),
	);
	// The highlighted item shows its detail lines under it: the other items share what is left.
	const detailRows = Math.max(0, ...choices.map((c) => (c.detail ? c.detail.split('\n').length : 0)));
	const limit = height === undefined ? undefined : Math.max(1, Math.min(choices.length, height - detailRows));
	return (
		<SelectInput
			limit={limit}
			items={items}
			initialIndex={initialIndex}
			isFocused={isFocused}
			indicatorComponent={Indicator}
			itemComponent={Item}
			onSelect={(item) => onChoose(item.value)}
		/>
	);
}
