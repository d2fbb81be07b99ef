// Package readerr is the error every format reader returns, carrying a
// message in Vietnamese for the clerk. The read package adds the file name.
package readerr

// Error is a reader failure.
type Error struct {
	Msg string // Vietnamese, without the file name: "tệp .docx bị hỏng"
	Err error  // the cause, for logs; may be nil
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Msg + ": " + e.Err.Error()
	}
	return e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// New returns an Error.
func New(msg string, err error) *Error { return &Error{Msg: msg, Err: err} }
