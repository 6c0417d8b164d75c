package project

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
)

// Page is a web page (or PDF or Word document) as it was fetched for a
// statement, kept compressed in the project so that the analysis can be
// reproduced, and the source cited, after the page has changed or gone.
// Statements name their page by the SHA-256 of its bytes (their front
// matter's sha256, which importer/web writes).
type Page struct {
	SHA256      string `json:"sha256"` // of the bytes received, hex
	URL         string `json:"url"`
	FinalURL    string `json:"final_url,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Retrieved   string `json:"retrieved,omitempty"` // RFC 3339
	Gzip        []byte `json:"gzip"`                // the bytes, gzip-compressed (base64 in the file)
}

// NewPage compresses the bytes of a fetched page.
func NewPage(url, finalURL, contentType, retrieved string, body []byte) (Page, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return Page{}, err
	}
	if _, err := zw.Write(body); err != nil {
		return Page{}, err
	}
	if err := zw.Close(); err != nil {
		return Page{}, err
	}
	sum := sha256.Sum256(body)
	return Page{SHA256: hex.EncodeToString(sum[:]), URL: url, FinalURL: finalURL, ContentType: contentType,
		Retrieved: retrieved, Gzip: buf.Bytes()}, nil
}

// Body returns the page's bytes, checked against its SHA-256: a damaged
// project file gives an error, never different bytes.
func (pg Page) Body() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(pg.Gzip))
	if err != nil {
		return nil, fmt.Errorf("the kept copy of %s is damaged: %w", pg.URL, err)
	}
	body, err := io.ReadAll(io.LimitReader(zr, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("the kept copy of %s is damaged: %w", pg.URL, err)
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != pg.SHA256 {
		return nil, fmt.Errorf("the kept copy of %s does not match its SHA-256: the project file is damaged", pg.URL)
	}
	return body, nil
}

// KeepPage adds a fetched page to the project, once for each content.
func (p *Project) KeepPage(pg Page) {
	if _, ok := p.Page(pg.SHA256); !ok {
		p.Pages = append(p.Pages, pg)
	}
}

// Page returns the kept page with that SHA-256.
func (p *Project) Page(sha string) (Page, bool) {
	for _, pg := range p.Pages {
		if pg.SHA256 == sha {
			return pg, true
		}
	}
	return Page{}, false
}

// usedPages are the kept pages some statement still names: a removed
// statement's page is not written again.
func (p *Project) usedPages() []Page {
	named := map[string]bool{}
	for _, e := range p.Statements {
		named[e.Extra["sha256"]] = true
	}
	return slices.DeleteFunc(slices.Clone(p.Pages), func(pg Page) bool { return !named[pg.SHA256] })
}

// checkPages rejects pages that no SHA-256 could name.
func (p *Project) checkPages() error {
	for i, pg := range p.Pages {
		if _, err := hex.DecodeString(pg.SHA256); err != nil || len(pg.SHA256) != 64 {
			return fmt.Errorf("kept page %d (%s) has no valid SHA-256", i+1, pg.URL)
		}
		if len(pg.Gzip) == 0 {
			return fmt.Errorf("kept page %d (%s) is empty", i+1, pg.URL)
		}
	}
	return nil
}
