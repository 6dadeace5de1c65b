import {Box, Text} from 'ink';
import {targetReference} from '../../engine/push.js';
import {shortDigest} from '../../rahti/image-names.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {useTheme} from '../../ui/theme.js';
import {PushForm} from './push-form.js';
import {PushProgressView} from './push-progress-view.js';
import {usePush, type UsePushOptions} from './use-push.js';

type Props = UsePushOptions & {height: number; width: number};

export function PushStep(props: Props) {
	const theme = useTheme();
	const {state, contexts, progress} = usePush(props);
	useFrameContexts(contexts);
	const destination = targetReference({
		registry: state.registry ?? '…',
		project: props.project,
		name: state.name,
		tag: state.tag,
	});
	const phase = state.phase;
	switch (phase.kind) {
		case 'form':
			return (
				<PushForm state={state} project={props.project} imageRef={props.image.ref} width={props.width} />
			);
		case 'checking':
			return <Spinner label={`Checking image stream ${state.name} in ${props.project}…`} />;
		case 'confirm-overwrite':
			return (
				<Box flexDirection="column">
					<Text color={theme.warn} bold wrap="truncate">
						⚠ {state.name}:{state.tag} already exists in {props.project}
					</Text>
					<Text wrap="truncate">
						It points at {shortDigest(phase.digest)}. Pushing replaces it (deployments using the tag will
						update).
					</Text>
					<Text> </Text>
					<Text>Enter: push and replace it · ←: choose another tag</Text>
				</Box>
			);
		case 'pushing':
			return (
				<PushProgressView
					step={phase.step}
					view={progress}
					height={props.height}
					width={props.width}
					destination={destination}
					engine={props.engine}
				/>
			);
		case 'failed':
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">→ {destination}</Text>
					<Problem
						title={phase.problem.message}
						lines={[phase.problem.fix]}
						next={
							phase.problem.kind === 'unauthorized'
								? 'l: log in again (then the push resumes) · r/Enter: retry · ←: edit'
								: 'r/Enter: retry · ←: edit name and tag'
						}
					/>
				</Box>
			);
		case 'done':
			return (
				<Box flexDirection="column">
					<Text color={theme.ok} bold>
						{phase.outcome.dryRun
							? '✔ Dry run: these commands would push it (nothing was pushed)'
							: '✔ Pushed and verified'}
					</Text>
					{phase.outcome.dryRun ? null : (
						<Text wrap="truncate">digest: {shortDigest(phase.outcome.digest)}</Text>
					)}
					<Text color={theme.muted}>pull spec from outside the cluster:</Text>
					<Text wrap="wrap">{phase.outcome.pullSpecs.public}</Text>
					<Text color={theme.muted}>pull spec inside the cluster (for Deployments):</Text>
					<Text wrap="wrap">{phase.outcome.pullSpecs.internal}</Text>
					{phase.outcome.createdImageStream ? (
						<Text color={theme.muted}>
							(the image stream {state.name} {phase.outcome.dryRun ? 'would be' : 'was'} created first)
						</Text>
					) : null}
					<Text> </Text>
					<Text>Enter: continue to access · ←: push again with another name or tag</Text>
				</Box>
			);
	}
}
