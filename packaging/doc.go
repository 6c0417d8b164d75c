// Package packaging holds what "make package" builds Parley's installers
// from: the nfpm configuration of the .deb (nfpm.yaml), the desktop entry,
// AppStream metainfo and MIME type (linux/), the NSIS setup script and its
// signing hook (windows/) and the rendered icons (icons/, from
// assets/icon.svg by icons.sh). It has no Go code: its test checks, without
// network or packaging tools, that every file these configurations name
// exists and that they agree with FyneApp.toml.
package packaging
