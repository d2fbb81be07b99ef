// Package settings holds a library's settings: who the clerk is, the office
// they work for (used to filter tasks and to prefill drafts), and how
// follow-up counts time. They live in the library's store, so they travel
// with a backup; every change goes to the audit trail.
package settings

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"

	"vanthu/docs/vn"
	"vanthu/index/store"
)

// Settings are the library's settings. The json tag of each field is its key
// in the store.
type Settings struct {
	// ClerkName is the person recorded in the audit trail ("Nguyễn Thị Lan").
	ClerkName string `json:"clerk_name"`

	// The clerk's own office ("đơn vị của tôi").
	Unit            string `json:"unit"`             // "Sở Y tế"
	ParentBody      string `json:"parent_body"`      // "Ủy ban nhân dân tỉnh Kon Tum"
	UnitSymbol      string `json:"unit_symbol"`      // the symbol after the type code: "SYT-VP", "UBND"
	Place           string `json:"place"`            // place name of the date line: "Kon Tum"
	SignerAuthority string `json:"signer_authority"` // "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", or ""
	SignerTitle     string `json:"signer_title"`     // "PHÓ GIÁM ĐỐC"
	SignerName      string `json:"signer_name"`      // "Nguyễn Văn A"

	// Follow-up.
	HandlingDays  int      `json:"handling_days"`   // default handling time, in working days from arrival
	ReminderDays  int      `json:"reminder_days"`   // announce tasks due within this many days
	FollowUpStart string   `json:"follow_up_start"` // YYYY-MM-DD; older documents are archive, not overdue; "" = day of the first import
	Holidays      []string `json:"holidays"`        // YYYY-MM-DD days off besides weekends; nil = the built-in table
}

// Defaults are the settings of a new library.
func Defaults() Settings {
	return Settings{HandlingDays: 7, ReminderDays: 3}
}

// Load reads the settings of a library, the defaults filling what was never
// set.
func Load(ctx context.Context, st *store.Store) (Settings, error) {
	s := Defaults()
	raw, err := st.Settings(ctx)
	if err != nil {
		return s, err
	}
	v := reflect.ValueOf(&s).Elem()
	for i := 0; i < v.NumField(); i++ {
		key := v.Type().Field(i).Tag.Get("json")
		text, ok := raw[key]
		if !ok {
			continue
		}
		if err := json.Unmarshal([]byte(text), v.Field(i).Addr().Interface()); err != nil {
			return s, fmt.Errorf("settings: %s: %w", key, err)
		}
	}
	return s, nil
}

// Save writes the settings, text in NFC; only changed values are written and
// audited, in the name of who.
func Save(ctx context.Context, st *store.Store, s Settings, who string) error {
	v := reflect.ValueOf(&s).Elem()
	values := map[string]string{}
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.String {
			f.SetString(vn.NFC(f.String()))
		}
		b, err := json.Marshal(f.Interface())
		if err != nil {
			return err
		}
		values[v.Type().Field(i).Tag.Get("json")] = string(b)
	}
	return st.SetSettings(ctx, values, who)
}
