import {Box, Text} from 'ink';
import {ACCESS_LEVELS, meantLevel, type Leftover} from '../../rahti/access.js';
import {ChoiceList, type Choice} from '../../ui/choice-list.js';
import {CommandPreview} from '../../ui/command-preview.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {useTheme} from '../../ui/theme.js';
import type {AccessOutcome} from '../../wizard/reducer.js';
import type {AccessChoice} from './use-access-state.js';
import {commandLine, useAccess} from './use-access.js';

type Props = {
	isActive: boolean;
	height: number;
	width: number;
	server: string;
	project: string;
	onDone: (outcome: AccessOutcome) => void;
	onBack: () => void;
	onRelogin: () => void;
};

const titleOf = (level: string) => ACCESS_LEVELS.find((a) => a.level === level)?.title ?? level;

const leftoverText = (leftover: Leftover) =>
	`⚠ Old-docs leftover: binding ${leftover.binding} ${leftover.why}. Any choice below removes it; “${titleOf(leftover.meant)}” is what it meant.`;

/** Rows the leftover warnings take when wrapped (a word may push a line over: count one more). */
const leftoverRows = (leftovers: readonly Leftover[], width: number) =>
	leftovers.reduce((rows, l) => rows + Math.ceil(leftoverText(l).length / Math.max(1, width)) + 1, 0);

export function AccessStep(props: Props) {
	const theme = useTheme();
	const {state, contexts, choose, flagged, remembered} = useAccess(props);
	useFrameContexts(contexts);
	const {project} = props;
	switch (state.phase) {
		case 'loading':
			return <Spinner label={`Reading who may pull from ${project} (oc get rolebindings)…`} />;
		case 'load-failed':
			return (
				<Problem
					title={state.expired ? 'Your login has expired' : `Could not read the role bindings of ${project}`}
					lines={[state.message]}
					next={state.expired ? 'l: log in again · r: retry' : 'r: retry · ←: back'}
				/>
			);
		case 'choosing': {
			const choices: Array<Choice<AccessChoice>> = [
				...ACCESS_LEVELS.map((a) => ({
					value: a.level as AccessChoice,
					title: `${a.title}${a.level === state.current ? ' (now)' : ''}`,
					detail: `${a.who}\n${a.useCase}`,
				})),
				{value: 'skip', title: 'Skip: leave access as it is', detail: 'Nothing is changed.'},
			];
			const initial = flagged ?? meantLevel(state.leftovers) ?? remembered ?? state.current;
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">
						Who may pull images from <Text bold>{project}</Text>? Now:{' '}
						<Text bold>{titleOf(state.current)}</Text>
						{state.exact ? '' : ' (partly)'}
					</Text>
					{state.leftovers.map((leftover) => (
						<Text key={`${leftover.binding}/${leftover.subject.name}`} color={theme.warn} wrap="wrap">
							{leftoverText(leftover)}
						</Text>
					))}
					<ChoiceList
						choices={choices}
						initial={initial}
						isFocused={props.isActive}
						onChoose={choose}
						height={props.height - 1 - leftoverRows(state.leftovers, props.width)}
					/>
				</Box>
			);
		}
		case 'preview':
		case 'confirm-public':
		case 'applying':
		case 'apply-failed': {
			const commands = state.plan.map((c) => ({display: commandLine(c.args), purpose: c.purpose}));
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">
						Access for <Text bold>{project}</Text>: <Text bold>{titleOf(state.level)}</Text>
					</Text>
					{commands.length === 0 ? (
						<Text color={theme.ok}>✔ Already so: nothing to change.</Text>
					) : (
						<CommandPreview
							title={state.phase === 'applying' ? 'Running:' : 'These commands will run:'}
							commands={commands}
							width={props.width}
							// Below it: a blank row and the question (two rows), or a problem (five).
							maxRows={props.height - 1 - (state.phase === 'apply-failed' ? 6 : 3)}
						/>
					)}
					<Text> </Text>
					{state.phase === 'preview' ? (
						<Text>{commands.length === 0 ? 'Enter: continue' : 'Enter: run them'} · ←: choose again</Text>
					) : null}
					{state.phase === 'confirm-public' ? (
						<Text color={theme.warn} bold wrap="wrap">
							Make every image in project {project} public to anyone on the internet? y: yes · n: no
						</Text>
					) : null}
					{state.phase === 'applying' ? <Spinner label="Applying…" /> : null}
					{state.phase === 'apply-failed' ? (
						<Problem title="A command failed" lines={[state.message]} next="r: retry · ←: choose again" />
					) : null}
				</Box>
			);
		}
	}
}
