package ocr

import (
	"os/exec"
	"syscall"
)

// createNoWindow keeps a console window from flashing up for each page
// when the GUI app runs Tesseract.
const createNoWindow = 0x08000000

func hideWindow(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true, CreationFlags: createNoWindow}
}
