package earlylocale

import "testing"

func TestMend(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "vi"},
		{map[string]string{"LC_ALL": "POSIX.UTF-8", "LANG": "vi_VN.UTF-8"}, "vi"},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "vi_VN.UTF-8"}, ""},
		{map[string]string{"LANG": "en_US.UTF-8"}, ""},
		{map[string]string{"LC_ALL": "vi_VN.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "en"}, "en"},
		{map[string]string{}, ""},
	}
	for _, c := range cases {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		Mend(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LANGUAGE"] != c.want {
			t.Errorf("%v: LANGUAGE = %q, want %q", c.env, env["LANGUAGE"], c.want)
		}
	}
}
