package app

import (
	"errors"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"vanthu/assets"
)

// fyneLocales are the languages Fyne v2.7.1 ships translations for, plus
// English (its fallback) and Vietnamese. The app is Vietnamese only, so the
// Vietnamese strings are registered under each of them: whichever one Fyne
// picks from LANG (C, en_US, fr_FR…), the clerk reads Vietnamese.
var fyneLocales = []fyne.Locale{"vi", "en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans"}

// useVietnamese gives Fyne its Vietnamese strings.
func useVietnamese() {
	for _, l := range fyneLocales {
		if err := lang.AddTranslationsForLocale(assets.FyneVietnamese, l); err != nil {
			log.Printf("bản dịch tiếng Việt của Fyne (%s): %v", l, err)
		}
	}
}

// logToFile sends the standard logger (where Fyne writes its messages) to
// vanthu.log in the user cache folder instead of the terminal: a clerk's
// terminal stays quiet and support still finds the messages. The file is
// started afresh when it passes 1 MB.
func logToFile() {
	dir, err := os.UserCacheDir()
	if env := os.Getenv("VANTHU_CACHE_DIR"); env != "" {
		dir, err = env, nil
	} else if err == nil {
		dir = filepath.Join(dir, "vanthu")
	}
	if err != nil || os.MkdirAll(dir, 0o755) != nil {
		log.SetOutput(io.Discard)
		return
	}
	path := filepath.Join(dir, "vanthu.log")
	flags := os.O_CREATE | os.O_WRONLY | os.O_APPEND
	if fi, err := os.Stat(path); err == nil && fi.Size() > 1<<20 {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		log.SetOutput(io.Discard)
		return
	}
	log.SetOutput(f)
}

// openFailure says in Vietnamese why a file could not be opened in another
// program and what to do; the system's own words follow for support.
func openFailure(path string, err error) error {
	msg := "Không mở được tệp bằng chương trình của máy: " + path + "."
	var notFound *exec.Error
	if errors.As(err, &notFound) || errors.Is(err, exec.ErrNotFound) {
		msg += " Máy chưa có chương trình mở tệp mặc định (xdg-open trên Linux);" +
			" hãy nhờ cán bộ tin học cài gói xdg-utils, hoặc mở tệp trên bằng Word hay trình đọc PDF."
	} else {
		msg += " Hãy kiểm tra máy đã cài chương trình đọc loại tệp này (Word, trình đọc PDF), hoặc mở tệp trên bằng tay."
	}
	return errors.New(msg + " (" + err.Error() + ")")
}
