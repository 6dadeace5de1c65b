// A remote image instead of a local one: typed, looked up with skopeo inspect (nothing downloaded), then
// copied registry to registry at the push step.

import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {RemoteImage} from '../../engine/remote-image.js';
import {parseRemoteReference, RAHTI1_REGISTRY} from '../../engine/remote-reference.js';
import {formatAge} from '../../format/age.js';
import {formatSize} from '../../format/size.js';
import {shortDigest} from '../../rahti/image-names.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {TextField} from '../../ui/text-field.js';
import {useTheme} from '../../ui/theme.js';
import type {RemoteState} from './use-remote-image-state.js';
import {useRemoteImage} from './use-remote-image.js';

type Props = {
	isActive: boolean;
	width: number;
	initial?: string;
	onChosen: (image: RemoteImage) => void;
	onCancel: (typed: string) => void;
};

export function RemoteImageForm(props: Props) {
	const {state, contexts} = useRemoteImage(props);
	useFrameContexts(contexts);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				Copy a <Text bold>remote image</Text> straight to Rahti with skopeo (no local docker or podman):
			</Text>
			<Text> </Text>
			<Body state={state} width={props.width} />
		</Box>
	);
}

function Body({state, width}: {state: RemoteState; width: number}) {
	const theme = useTheme();
	const parsed = parseRemoteReference(state.text);
	const now = useMemo(() => new Date(), []);
	switch (state.phase) {
		case 'typing':
			return (
				<Box flexDirection="column">
					<TextField
						label="image"
						value={state.text}
						isFocused
						width={width}
						problem={state.text && !parsed.ok ? parsed.problem : undefined}
					/>
					{parsed.ok && parsed.reference.ref !== state.text ? (
						<Text color={theme.muted} wrap="truncate">
							{'                '}= {parsed.reference.ref}
						</Text>
					) : null}
					<Text color={theme.muted} wrap="truncate">
						e.g. nginx:1.27 (Docker Hub) · ghcr.io/org/app:1.0
					</Text>
					<Text color={theme.muted} wrap="truncate">
						{'     '}
						{RAHTI1_REGISTRY}/PROJECT/IMAGE:TAG (from Rahti 1)
					</Text>
					<Text color={theme.muted} wrap="truncate">
						Private source? Log in first: skopeo login HOST (podman, docker logins work too).
					</Text>
					<Text>Enter: look it up · ← / Esc: back to the local images</Text>
				</Box>
			);
		case 'inspecting':
			return (
				<Spinner
					label={`Looking up ${parsed.ok ? parsed.reference.ref : state.text} (skopeo inspect)… Esc: stop`}
				/>
			);
		case 'found': {
			const {image} = state;
			return (
				<Box flexDirection="column">
					<Text color={theme.ok} bold wrap="truncate">
						✔ {image.ref}
					</Text>
					<Text wrap="truncate">
						{shortDigest(image.digest)} · {image.layers ?? '?'} layers
						{image.sizeBytes === undefined ? '' : ` · ${formatSize(image.sizeBytes)}`} · built{' '}
						{formatAge(image.createdAt, now)} ago
					</Text>
					<Text> </Text>
					<Text>Enter: copy it to a project · ←: another image</Text>
				</Box>
			);
		}
		case 'failed':
			return (
				<Problem
					title={state.problem.message}
					lines={[state.problem.fix]}
					next="r: retry · ←: edit the name"
				/>
			);
	}
}
