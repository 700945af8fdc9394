package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// ConfigureShards applies discord.shard_id and discord.shard_count to a
// session before it connects. count is "", "1", a number, or "auto" to ask
// the gateway how many shards Discord recommends.
func ConfigureShards(ctx context.Context, s *discordgo.Session, id int, count string) error {
	n := 1
	switch count {
	case "", "1":
	case "auto":
		gw, err := s.GatewayBot(discordgo.WithContext(ctx))
		if err != nil {
			return fmt.Errorf("discord.shard_count auto: ask the gateway for its recommendation: %w", restError(err))
		}
		n = max(gw.Shards, 1)
	default:
		v, err := strconv.Atoi(count)
		if err != nil || v < 1 {
			return fmt.Errorf("discord.shard_count: %q is not a positive number or auto", count)
		}
		n = v
	}
	if id < 0 || id >= n {
		return fmt.Errorf("discord.shard_id: %d is outside 0..%d (shard_count %d)", id, n-1, n)
	}
	s.ShardID, s.ShardCount = id, n
	return nil
}

// StaffNotifier returns the function that tells staff about a refused
// knowledge base edit: a message in the staff channel channelID, or nil
// when channelID is empty. The log has every problem already; the message
// lists them, one per line, cut to Discord's limit. Each post is bounded by
// ctx and a send timeout.
func StaffNotifier(ctx context.Context, s *discordgo.Session, channelID string, logger *slog.Logger) func(error) {
	if channelID == "" || s == nil {
		return nil
	}
	if logger == nil {
		logger = slog.Default()
	}
	return func(err error) {
		text := "Knowledge base edit refused; still serving the previous version.\n```\n" + problemText(err)
		text, _ = knowledge.Truncate(text, maxContent-10)
		text += "\n```"
		sendCtx, cancel := context.WithTimeout(ctx, sendTimeout)
		defer cancel()
		_, sendErr := s.ChannelMessageSendComplex(channelID, &discordgo.MessageSend{
			Content:         text,
			AllowedMentions: noMentions(),
		}, discordgo.WithContext(sendCtx))
		if sendErr != nil {
			logger.Warn("post refused edit to staff channel", "channel", channelID, "err", restError(sendErr))
		}
	}
}

// problemText is an error's problems one per line (knowledge.Problems), or
// its text.
func problemText(err error) string {
	if ps, ok := errors.AsType[knowledge.Problems](err); ok {
		return ps.Error()
	}
	return err.Error()
}
