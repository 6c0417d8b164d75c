// Package testfiles makes hostile input files for Parley's tests at run
// time, so that none is committed.
package testfiles

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
)

// ZipBombSize is what a ZipBomb's document.xml unpacks to: 110 MB.
const ZipBombSize = 110 << 20

// ZipBomb returns a .docx whose word/document.xml unpacks to ZipBombSize
// bytes of spaces from about 100 KB. With lie set, the archive's directory
// claims a tiny size, so only counting the bytes catches it.
func ZipBomb(lie bool) ([]byte, error) {
	var comp bytes.Buffer
	fw, err := flate.NewWriter(&comp, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	crc := crc32.NewIEEE()
	for written := 0; written < ZipBombSize; written += len(chunk) {
		fw.Write(chunk)
		crc.Write(chunk)
	}
	if err := fw.Close(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	hdr := &zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: ZipBombSize}
	if lie {
		hdr.UncompressedSize64 = 1000
	}
	w, err := zw.CreateRaw(hdr)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(comp.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
