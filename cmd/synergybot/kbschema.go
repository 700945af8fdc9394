package main

import (
	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// newKBSchemaCommand is `kb schema`: it prints the JSON Schema of the
// knowledge file, for editors that check YAML as it is typed.
func (a *app) newKBSchemaCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the knowledge file, for editors that check it as you type",
		Long: `Schema prints the JSON Schema (draft-07) of a knowledge base file. Save it
beside your knowledge file and editors with the YAML language server (VS Code
with the YAML extension, Neovim, and others) check the file and complete field
names as you type, when the file's first line names it:

    # yaml-language-server: $schema=synergy.schema.json

The schema checks the shape of the file; kb validate checks everything.`,
		Example: `  synergybot kb schema > /etc/synergybot/synergy.schema.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := a.stdout.Write(knowledge.SchemaJSON)
			return err
		},
	}
}
