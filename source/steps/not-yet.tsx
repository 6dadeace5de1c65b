// Shown for steps this version does not have yet: says so plainly, and ← goes back.

import {useKeys} from '../ui/use-keys.js';
import {Box, Text} from 'ink';
import {useFrameContexts} from '../ui/frame-contexts.js';
import {actionFor} from '../ui/keymap.js';
import type {WizardState} from '../wizard/reducer.js';

export function NotYet({
	wizard,
	onBack,
	isActive,
}: {
	wizard: WizardState;
	onBack: () => void;
	isActive: boolean;
}) {
	useFrameContexts(['panel']);
	useKeys(
		(input, key) => {
			if (actionFor(input, key, ['panel']) === 'back') onBack();
		},
		{isActive},
	);
	return (
		<Box flexDirection="column">
			<Text>
				Image: <Text bold>{wizard.image?.ref}</Text> ({wizard.engine})
			</Text>
			<Text>The {wizard.step} step is not built yet. Press ← to go back, q to quit.</Text>
		</Box>
	);
}
