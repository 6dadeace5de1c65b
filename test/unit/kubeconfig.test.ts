import {describe, expect, it} from 'vitest';
import {clusterNickname, currentNamespace, currentServer, withLogin} from '../../source/rahti/kubeconfig.js';

const SERVER = 'https://api.2.rahti.csc.fi:6443';

describe('kubeconfig', () => {
	it('names the cluster the way oc does', () => {
		expect(clusterNickname(SERVER)).toBe('api-2-rahti-csc-fi:6443');
		expect(clusterNickname('https://example.org')).toBe('example-org:443');
	});

	it('writes cluster, user and context into an empty config and makes it current', () => {
		const config = withLogin({}, {server: SERVER, user: 'alice', token: 't'});
		expect(config['current-context']).toBe('default/api-2-rahti-csc-fi:6443/alice');
		expect(config.users).toEqual([{name: 'alice/api-2-rahti-csc-fi:6443', user: {token: 't'}}]);
		expect(currentServer(config)).toBe(SERVER);
	});

	it('replaces an expired token and keeps the namespace and other clusters', () => {
		let config = withLogin({}, {server: 'https://other:6443', user: 'bob', token: 'x'});
		config = withLogin(config, {server: SERVER, user: 'alice', token: 'old'});
		config.contexts![1]!.context.namespace = 'alice-web';
		config['current-context'] = config.contexts![1]!.name;
		const next = withLogin(config, {server: SERVER, user: 'alice', token: 'new'});
		expect(next.users?.find((u) => u.name === 'alice/api-2-rahti-csc-fi:6443')?.user.token).toBe('new');
		expect(next.users).toHaveLength(2);
		expect(next.clusters).toHaveLength(2);
		expect(currentNamespace(next)).toBe('alice-web');
	});
});
