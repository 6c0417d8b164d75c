// Package logfile is Parley's log: log/slog records written to
// parley.log in the user's configuration folder (on Linux
// ~/.config/parley/parley.log), rotated by size so it never grows without
// bound. It also catches the standard log package, so Fyne's own error
// messages land in the same file.
package logfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"gopkg.in/natefinch/lumberjack.v2"
)

// Rotation: the file is rotated when it reaches MaxSizeMB, and the
// MaxBackups most recent old files are kept beside it (parley-TIME.log), so
// the log takes at most (MaxBackups+1) × MaxSizeMB on disk.
const (
	MaxSizeMB  = 5
	MaxBackups = 3
)

// FileName is the log's name inside Dir.
const FileName = "parley.log"

// Dir returns the folder the log is written to: os.UserConfigDir()/parley.
func Dir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "parley"), nil
}

// Path returns the log file's path.
func Path() (string, error) {
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, FileName), nil
}

// Options choose what is logged and where.
type Options struct {
	Debug  bool      // log Debug records too, and copy every record to Stderr
	Stderr io.Writer // where --debug copies records; nil: nowhere
	Path   string    // the log file; "": Path()

	maxSizeMB int // tests: rotate sooner than MaxSizeMB
}

// Start opens the log and makes it slog's default logger (and the standard
// log package's output). The returned function flushes and closes it. When
// the file cannot be opened the logger still works — records go to Stderr
// in debug mode, else nowhere — and the error says why, once.
func Start(opt Options) (*slog.Logger, func(), error) {
	level := slog.LevelInfo
	if opt.Debug {
		level = slog.LevelDebug
	}
	var handlers []slog.Handler
	var closer io.Closer
	path := opt.Path
	var err error
	if path == "" {
		path, err = Path()
	}
	if err == nil {
		if err = os.MkdirAll(filepath.Dir(path), 0o700); err == nil {
			size := MaxSizeMB
			if opt.maxSizeMB > 0 {
				size = opt.maxSizeMB
			}
			lj := &lumberjack.Logger{Filename: path, MaxSize: size, MaxBackups: MaxBackups}
			// Open now, so a folder that cannot be written is reported at
			// the start instead of silently at the first record.
			if _, err = lj.Write(nil); err == nil {
				handlers = append(handlers, slog.NewTextHandler(lj, &slog.HandlerOptions{Level: level}))
				closer = lj
			}
		}
	}
	if err != nil {
		err = fmt.Errorf("log file %s: %w", path, err)
	}
	if opt.Debug && opt.Stderr != nil {
		handlers = append(handlers, slog.NewTextHandler(opt.Stderr, &slog.HandlerOptions{Level: level}))
	}
	logger := slog.New(fanout(handlers))
	slog.SetDefault(logger)
	done := func() {
		if closer != nil {
			_ = closer.Close()
		}
	}
	return logger, done, err
}

// fanout sends each record to every handler.
type fanout []slog.Handler

func (f fanout) Enabled(ctx context.Context, l slog.Level) bool {
	for _, h := range f {
		if h.Enabled(ctx, l) {
			return true
		}
	}
	return false
}

func (f fanout) Handle(ctx context.Context, r slog.Record) error {
	var errs []error
	for _, h := range f {
		if h.Enabled(ctx, r.Level) {
			errs = append(errs, h.Handle(ctx, r.Clone()))
		}
	}
	return errors.Join(errs...)
}

func (f fanout) WithAttrs(attrs []slog.Attr) slog.Handler {
	out := make(fanout, len(f))
	for i, h := range f {
		out[i] = h.WithAttrs(attrs)
	}
	return out
}

func (f fanout) WithGroup(name string) slog.Handler {
	out := make(fanout, len(f))
	for i, h := range f {
		out[i] = h.WithGroup(name)
	}
	return out
}

// ForCommandLine is cli.Env's StartLog for the real programs: the log file
// in the configuration folder, copied to stderr with --debug. A log that
// cannot be opened is mentioned on stderr only with --debug: the command
// itself should still run.
func ForCommandLine(stderr io.Writer) func(debug bool) (*slog.Logger, func()) {
	return func(debug bool) (*slog.Logger, func()) {
		logger, done, err := Start(Options{Debug: debug, Stderr: stderr})
		if err != nil && debug {
			fmt.Fprintf(stderr, "parley: %v; logging to stderr only\n", err)
		}
		return logger, done
	}
}
