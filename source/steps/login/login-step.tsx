import {Box, Text} from 'ink';
import {RAHTI2, tokenPageFor} from '../../rahti/cluster.js';
import type {LoginStatus} from '../../rahti/login-status.js';
import {useFrameContexts} from '../../ui/frame-contexts.js';
import {MaskedInput} from '../../ui/masked-input.js';
import {Problem} from '../../ui/problem.js';
import {Spinner} from '../../ui/spinner.js';
import {useTheme} from '../../ui/theme.js';
import type {Session} from '../../wizard/reducer.js';
import {useLogin} from './use-login.js';
import type {LoginState} from './use-login-state.js';

type Props = {onLoggedIn: (session: Session) => void; isActive: boolean};

export function LoginStep({onLoggedIn, isActive}: Props) {
	const {state, contexts} = useLogin({onLoggedIn, isActive});
	useFrameContexts(contexts);
	if (state.phase === 'checking') return <Spinner label="Checking oc and your login (oc whoami)…" />;
	if (state.phase === 'logging-in') return <Spinner label="Trying the token with the cluster…" />;
	return state.status ? <LoginResult status={state.status} state={state} /> : null;
}

function LoginResult({status, state}: {status: LoginStatus; state: LoginState}) {
	const theme = useTheme();
	switch (status.kind) {
		case 'logged-in':
			return (
				<Text color={theme.ok}>
					✔ Logged in as {status.user} on {status.server}
				</Text>
			);
		case 'oc-missing':
			return (
				<Problem
					title="The OpenShift command-line tool (oc) is not installed"
					lines={[
						'rahti-push uses oc to talk to Rahti. Download it from the cluster:',
						`  ${RAHTI2.cliToolsPage}`,
						"CSC's instructions for installing it:",
						`  ${RAHTI2.ocInstructions}`,
						'Put oc on your PATH (e.g. ~/bin or /usr/local/bin).',
					]}
					next="Press r to check again once it is installed."
				/>
			);
		case 'unreachable':
			return (
				<Problem
					title={`Cannot reach the cluster${status.server ? ` at ${status.server}` : ''}`}
					lines={[status.message, 'Check your network or VPN, and that the server address is right.']}
					next="Press r to try again."
				/>
			);
		case 'error':
			return <Problem title="oc whoami failed" lines={[status.message]} next="Press r to try again." />;
		case 'not-logged-in':
			return <TokenEntry status={status} state={state} />;
	}
}

function TokenEntry({
	status,
	state,
}: {
	status: Extract<LoginStatus, {kind: 'not-logged-in'}>;
	state: LoginState;
}) {
	const theme = useTheme();
	const why =
		status.reason === 'expired'
			? 'Your login has expired (the cluster answered "Unauthorized"). Tokens last a day or so.'
			: 'You are not logged in to Rahti yet.';
	return (
		<Box flexDirection="column">
			<Text color={theme.warn} bold>
				{why}
			</Text>
			<Text> </Text>
			<Text>1. Open this page in a browser (any machine will do) and log in:</Text>
			<Text color={theme.accent}> {tokenPageFor(status.server)}</Text>
			<Text>2. Copy the "Log in with this token" command (or just the token) and paste it here.</Text>
			<Text color={theme.muted}> It is written to your kubeconfig (0600), never to a command line.</Text>
			<Text> </Text>
			<MaskedInput label="token›" value={state.token} isFocused />
			{state.error ? <Text color={theme.error}>✖ {state.error}</Text> : null}
			<Text color={theme.muted}>Enter to log in (with the field empty: check again).</Text>
		</Box>
	);
}
