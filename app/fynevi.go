package app

import (
	"errors"
	"log"
	"os/exec"

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
