#!/bin/sh
# Converts the generated .docx fixtures to .odt, .doc, .pdf and UTF-8 .txt
# with LibreOffice, so the cross-format test reads the same letter written
# by another program. Run from the module root after `go run ./docs/read/testdata/gen`.
set -eu
dir=docs/read/testdata
profile=file:///tmp/vanthu-lo-profile
for f in "$dir"/*.docx; do
	for to in odt doc pdf 'txt:Text (encoded):UTF8'; do
		soffice -env:UserInstallation=$profile --headless --convert-to "$to" --outdir "$dir" "$f" >/dev/null
	done
done
ls -l "$dir"
