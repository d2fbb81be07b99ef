package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Settings returns every stored setting, by key. Values are JSON texts.
func (s *Store) Settings(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return nil, fmt.Errorf("store: settings: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, rows.Err()
}

// SetSettings writes the given settings in one transaction; each changed
// value goes to the audit trail (table "settings", row 0, field = key).
func (s *Store) SetSettings(ctx context.Context, values map[string]string, who string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for k, v := range values {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, k).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store: settings: %w", err)
		}
		if err == nil && old == v {
			continue
		}
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
			k, v); err != nil {
			return fmt.Errorf("store: settings: %w", err)
		}
		if err := audit(ctx, tx, who, "settings", 0, k, old, v); err != nil {
			return err
		}
	}
	return tx.Commit()
}
