package project

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFileAtomic replaces path with data so that, whatever happens, path
// holds either its old content or all of data. It writes a temporary file in
// the same directory, flushes it to disk, then renames it over path. With
// backup, the old file is first kept as path+".bak".
func WriteFileAtomic(path string, data []byte, backup bool) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if info, statErr := os.Stat(path); statErr == nil {
		_ = os.Chmod(tmp.Name(), info.Mode().Perm())
		if backup {
			if err = copyFile(path, path+".bak"); err != nil {
				return fmt.Errorf("save %s: keeping the previous version: %w", path, err)
			}
		}
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	syncDir(dir)
	removeStaleTemps(path)
	return nil
}

// removeStaleTemps deletes the temporary files of earlier saves of path
// that a crash or a kill interrupted: they never replace the file, but
// each can be as large as the project.
func removeStaleTemps(path string) {
	for _, name := range []string{path, path + ".bak"} {
		stale, _ := filepath.Glob(filepath.Join(filepath.Dir(name), "."+globEscape(filepath.Base(name))+".*.tmp"))
		for _, f := range stale {
			os.Remove(f)
		}
	}
}

// globEscape makes a file name match itself in filepath.Glob.
func globEscape(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '?', '[', '\\':
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// copyFile copies src to dst through a temporary file, so dst too is
// always whole.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*.tmp")
	if err != nil {
		return err
	}
	if _, err := io.Copy(tmp, in); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// syncDir makes the rename itself durable; not every platform can, and
// failing here loses nothing the rename has not already made visible.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
