// Once per test run: the real tools are there (installed if this is a fresh Debian machine as root),
// and the test images exist.

import {ensureTestImages} from './images.js';
import {ensureTools} from './tools.js';

export default function setup() {
	ensureTools();
	ensureTestImages();
}
