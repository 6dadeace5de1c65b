// The facts about Rahti 2 that the wizard needs (../shared/RAHTI.md).

export const RAHTI2 = {
	name: 'Rahti 2',
	apiServer: 'https://api.2.rahti.csc.fi:6443',
	tokenPage: 'https://oauth-openshift.apps.2.rahti.csc.fi/oauth/token/request',
	console: 'https://console-openshift-console.apps.2.rahti.csc.fi',
	registry: 'image-registry.apps.2.rahti.csc.fi',
	internalRegistry: 'image-registry.openshift-image-registry.svc:5000',
	cliToolsPage: 'https://console-openshift-console.apps.2.rahti.csc.fi/command-line-tools',
	ocInstructions: 'https://docs.csc.fi/cloud/rahti/usage/cli/',
} as const;

/** The token page of whatever cluster the user is on: api.X:6443 → oauth-openshift.apps.X. */
export function tokenPageFor(server: string | undefined): string {
	if (!server) return RAHTI2.tokenPage;
	try {
		const {hostname} = new URL(server);
		const base = hostname.replace(/^api\./, '');
		return `https://oauth-openshift.apps.${base}/oauth/token/request`;
	} catch {
		return RAHTI2.tokenPage;
	}
}
