package settings

import (
	"errors"
	"reflect"
	"testing"
)

func TestSetAndText(t *testing.T) {
	tests := []struct {
		key, typed string
		want       string // Text after Set; "" with wantErr
		wantErr    bool
	}{
		{"unit", "  Sở Y tế ", "Sở Y tế", false},
		{"handling_days", "10", "10", false},
		{"handling_days", "mười", "", true},
		{"reminder_days", "400", "", true},
		{"follow_up_start", "5/1/2021", "05/01/2021", false},
		{"follow_up_start", "2021-01-05", "05/01/2021", false},
		{"follow_up_start", "", "", false},
		{"follow_up_start", "31/02/2021", "", true},
		{"holidays", "1/1/2027, 30/4/2027; 1/5/2027", "01/01/2027\n30/04/2027\n01/05/2027", false},
		{"holidays", "1/1/2027\n32/1/2027", "", true},
		{"holidays", "", "", false},
	}
	for _, tt := range tests {
		s := Defaults()
		err := s.Set(tt.key, tt.typed)
		if (err != nil) != tt.wantErr {
			t.Errorf("Set(%s, %q): error %v", tt.key, tt.typed, err)
			continue
		}
		if err != nil {
			continue
		}
		if got, _ := s.Text(tt.key); got != tt.want {
			t.Errorf("Set(%s, %q) then Text = %q, want %q", tt.key, tt.typed, got, tt.want)
		}
	}
}

func TestEveryFieldHasText(t *testing.T) {
	s := Defaults()
	for _, f := range Fields() {
		if _, err := s.Text(f.Key); err != nil {
			t.Errorf("%s: %v", f.Key, err)
		}
	}
	if len(Fields()) != reflect.TypeOf(s).NumField() {
		t.Errorf("%d fields listed, Settings has %d", len(Fields()), reflect.TypeOf(s).NumField())
	}
	if err := s.Set("khong-co", "x"); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("unknown key: %v", err)
	}
}
