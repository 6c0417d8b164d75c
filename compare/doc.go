// Package compare is Parley's analysis core: from statements it derives
// sentences, terms, topics, aligned pairs with their word diffs, version
// diffs against a baseline, commitments, commitment gaps and distinctive
// vocabulary, once, for the window, the report and the CLI to render. It
// never imports a GUI toolkit.
package compare
