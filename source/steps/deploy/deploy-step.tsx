import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {triggerArgs} from '../../rahti/deploy-commands.js';
import {preferredDeployment, type Deployment} from '../../rahti/deployments.js';
import {ChoiceList} from '../../ui/choice-list.js';
import {CommandPreview} from '../../ui/command-preview.js';
import {FilterList} from '../../ui/filter-list/filter-list.js';
import {useFilterList} from '../../ui/filter-list/use-filter-list.js';
import {useFilterListState} from '../../ui/filter-list/use-filter-list-state.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {useTheme} from '../../ui/theme.js';
import type {DeployOutcome} from '../../wizard/reducer.js';
import {DeploymentRow} from './deployment-row.js';
import {EventList, RolloutView} from './rollout-view.js';
import {useDeploy} from './use-deploy.js';

type Props = {
	isActive: boolean;
	height: number;
	width: number;
	server: string;
	project: string;
	imageStream: string;
	tag: string;
	onDone: (outcome: DeployOutcome) => void;
	onBack: () => void;
	onRelogin: () => void;
};

type Row = {kind: 'deployment'; deployment: Deployment} | {kind: 'skip'};
const SKIP: Row = {kind: 'skip'};
const NONE: Deployment[] = [];
const textOf = (row: Row) =>
	row.kind === 'skip'
		? 'skip no deployment yet'
		: `${row.deployment.name} ${row.deployment.containers.map((c) => c.name).join(' ')}`;
const keyOf = (row: Row) => (row.kind === 'skip' ? ' skip' : row.deployment.name);

export function DeployStep(props: Props) {
	const theme = useTheme();
	const {state, contexts, pick, undo, finish, dispatch, remembered, flagged} = useDeploy(props);
	useFrameContexts(contexts);
	const deployments = state.phase === 'choosing' ? state.deployments : NONE;
	const rows: Row[] = useMemo(
		() =>
			deployments.length > 0
				? [...deployments.map((deployment) => ({kind: 'deployment' as const, deployment})), SKIP]
				: [],
		[deployments],
	);
	const preferred = flagged ?? preferredDeployment(deployments, props.imageStream, remembered.deployment);
	const model = useFilterListState(rows, textOf, (row) =>
		row.kind === 'skip' ? preferred === 'skip' : row.deployment.name === preferred,
	);
	useFilterList({
		model,
		pageSize: Math.max(1, props.height - 4),
		isActive: props.isActive && state.phase === 'choosing' && rows.length > 0,
		onSelect: (row) => (row.kind === 'skip' ? props.onDone({kind: 'skipped'}) : pick(row.deployment)),
		onBack: props.onBack,
	});
	const tagName = `${props.imageStream}:${props.tag}`;

	switch (state.phase) {
		case 'loading':
			return <Spinner label={`Listing deployments in ${props.project}…`} />;
		case 'load-failed':
			return (
				<Problem
					title={state.expired ? 'Your login has expired' : 'Could not list deployments'}
					lines={[state.message]}
					next={state.expired ? 'l: log in again · r: retry' : 'r: retry · ←: back'}
				/>
			);
		case 'choosing':
			if (deployments.length === 0) {
				return (
					<Problem
						title={`No deployments in ${props.project} yet`}
						lines={[
							`To run ${tagName}, create one that follows the image stream tag:`,
							`  oc new-app --image-stream=${props.project}/${tagName} --name=${props.imageStream} -n ${props.project}`,
							'(or in the web console: +Add → Container images → Image stream tag from internal registry)',
						]}
						next="Enter: finish (the summary shows this again) · ←: back"
					/>
				);
			}
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">
						Which deployment should run <Text bold>{tagName}</Text>?
					</Text>
					<FilterList
						model={model}
						height={props.height - 1}
						total={rows.length}
						noun="choices"
						keyOf={keyOf}
						renderRow={(row) =>
							row.kind === 'skip' ? (
								<Text color={theme.muted} wrap="truncate">
									Skip: no deployment yet (the summary says how to create one)
								</Text>
							) : (
								<DeploymentRow deployment={row.deployment} width={props.width - 2} />
							)
						}
					/>
				</Box>
			);
		case 'container':
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">
						<Text bold>{state.deployment.name}</Text> has {state.deployment.containers.length} containers.
						Which one runs {tagName}?
					</Text>
					<ChoiceList
						choices={state.deployment.containers.map((c) => ({
							value: c.name,
							title: c.name,
							detail: c.trigger ? `now follows ${c.trigger.imageStreamTag}` : `now runs ${c.image}`,
						}))}
						initial={remembered.container}
						height={props.height - 1}
						isFocused={props.isActive}
						onChoose={(container) => dispatch({type: 'container', container})}
					/>
				</Box>
			);
		case 'preview':
		case 'setting':
		case 'step-failed':
			return (
				<Box flexDirection="column">
					<CommandPreview
						title={`Point ${state.deployment.name}/${state.container} at ${tagName}:`}
						width={props.width}
						maxRows={props.height - (state.phase === 'step-failed' ? 6 : 3)}
						commands={[
							{
								display: [
									'oc',
									...triggerArgs(props.project, state.deployment.name, state.container, tagName),
								].join(' '),
								purpose:
									'Follow the tag (the web console\'s "Deploy images from an image stream tag"): roll out now and after every push.',
							},
							{
								display: `oc rollout status deployment/${state.deployment.name} -n ${props.project}`,
								purpose: 'Watch the new pods come up.',
							},
						]}
					/>
					<Text> </Text>
					{state.phase === 'preview' ? <Text>Enter: run · ←: choose another deployment</Text> : null}
					{state.phase === 'setting' ? <Spinner label="Setting the trigger…" /> : null}
					{state.phase === 'step-failed' ? (
						<Problem
							title="oc set triggers failed"
							lines={[state.message]}
							next="r: retry · ←: choose another"
						/>
					) : null}
				</Box>
			);
		case 'rolling':
		case 'succeeded':
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">
						Rollout of <Text bold>{state.deployment.name}</Text> ({state.container} ← {tagName})
					</Text>
					<RolloutView rollout={state.rollout} width={props.width} />
					<Text> </Text>
					{state.phase === 'rolling' ? (
						<Spinner label="Waiting for the new pods… (Esc stops watching; the rollout goes on)" />
					) : null}
					{state.phase === 'succeeded' ? (
						<Text color={theme.ok} bold>
							✔ Rolled out. Enter: finish
						</Text>
					) : null}
				</Box>
			);
		case 'failed':
			return (
				<Box flexDirection="column">
					<Text color={theme.error} bold wrap="truncate">
						✖ The rollout of {state.deployment.name} did not finish: {state.rollout.message}
					</Text>
					<Text>Last events:</Text>
					<EventList events={state.events} />
					<Text> </Text>
					<ChoiceList
						choices={[
							{
								value: 'undo',
								title: 'Roll back to the previous version',
								detail: `oc rollout undo deployment/${state.deployment.name} -n ${props.project}`,
							},
							{
								value: 'leave',
								title: 'Leave it as it is',
								detail: 'Look into it with oc logs / oc describe; the trigger stays set.',
							},
						]}
						isFocused={props.isActive}
						// Below the error line, "Last events:", the events and a blank row.
						height={props.height - 3 - Math.max(1, state.events.length)}
						onChoose={(choice) =>
							choice === 'undo'
								? void undo()
								: finish('left-failing', state.deployment.name, state.container, state.rollout.message)
						}
					/>
				</Box>
			);
		case 'rolling-back':
			return <Spinner label={`Rolling ${state.deployment.name} back (oc rollout undo)…`} />;
	}
}
