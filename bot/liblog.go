package bot

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs through a package variable, discordgo.Logger, or else the
// standard log package ("[DG0] ..." on stderr), which would break
// log.format: json. routeLibraryLogs points it at the bot's slog logger.

var (
	// libraryLogger is the logger discordgo's lines go to: the last one
	// a Bot was made with. An atomic pointer, because discordgo reads it
	// from its own goroutines.
	libraryLogger atomic.Pointer[slog.Logger]
	// installLibraryLogger sets discordgo.Logger once, so that the
	// package variable is written before any session runs and never again.
	installLibraryLogger sync.Once
)

// routeLibraryLogs sends discordgo's log lines (warnings and errors, the
// levels worth an operator's attention) to logger.
func routeLibraryLogs(s *discordgo.Session, logger *slog.Logger) {
	libraryLogger.Store(logger)
	installLibraryLogger.Do(func() { discordgo.Logger = logLibraryLine })
	s.LogLevel = discordgo.LogWarning
}

// logLibraryLine is discordgo.Logger: one discordgo log line as a slog
// record, with discordgo's level and the library's source position.
func logLibraryLine(msgL, caller int, format string, a ...any) {
	logger := libraryLogger.Load()
	if logger == nil {
		return
	}
	level := slog.LevelDebug
	switch msgL {
	case discordgo.LogError:
		level = slog.LevelError
	case discordgo.LogWarning:
		level = slog.LevelWarn
	case discordgo.LogInformational:
		level = slog.LevelInfo
	}
	if !logger.Enabled(context.Background(), level) {
		return
	}
	attrs := []any{"lib", "discordgo"}
	if _, file, line, ok := runtime.Caller(caller + 1); ok {
		attrs = append(attrs, "at", fmt.Sprintf("%s:%d", filepath.Base(file), line))
	}
	logger.Log(context.Background(), level, strings.TrimSpace(fmt.Sprintf(format, a...)), attrs...)
}
