// Ink imports react-devtools-core only when DEV=true; the bundle never enables that path.
export default {initialize() {}, connectToDevTools() {}};
