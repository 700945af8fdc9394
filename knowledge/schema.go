package knowledge

import _ "embed"

// SchemaJSON is the JSON Schema (draft-07) of a knowledge file. Editors with
// the YAML language server (VS Code, Neovim and others) use it to check the
// file and complete field names as staff type, when the file's first line
// names it:
//
//	# yaml-language-server: $schema=synergy.schema.json
//
// `synergybot kb schema` prints it. It describes the shape of the file
// (fields, types, lengths, the form of ids and addresses); what it cannot
// see (ids that must exist, phrases shared between entries, YAML
// references) is left to Parse and `kb validate`. A test keeps its fields
// equal to the loader's table of fields (blocks).
//
//go:embed synergy.schema.json
var SchemaJSON []byte

// SchemaFile is the name the schema is kept under beside the default
// knowledge base, the name synergy.yaml's first line refers to.
const SchemaFile = "synergy.schema.json"
