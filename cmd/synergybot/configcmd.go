package main

import (
	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/internal/config"
)

func (a *app) newConfigCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (secrets masked) and where each value comes from",
		Long: `Config loads the configuration exactly as the bot would and prints it as
YAML, in the layout of config.yaml, with the token masked (and the password
of storage.url). A comment after a value says where it came from when it is
not the default: a flag, an environment variable (SYNERGYBOT_...), or the
config file and line. --json prints {"file", "settings": [{"key", "value",
"source", "env", "flag"}]} instead.

Precedence, highest first: flags, environment, config file (--config FILE,
SYNERGYBOT_CONFIG, or ./config.yaml when present), defaults. An invalid
configuration is reported with every problem and exit status 1.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if asJSON {
				return config.WriteJSON(a.stdout, cfg)
			}
			return config.WriteYAML(a.stdout, cfg)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of YAML")
	return cmd
}
