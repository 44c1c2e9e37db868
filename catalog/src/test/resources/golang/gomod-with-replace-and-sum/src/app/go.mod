// The service's module definition.
module github.com/acme/Inventory

go 1.21

toolchain go1.22.3

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/spf13/cobra v1.8.0
	golang.org/x/net v0.17.0 // indirect
	"gopkg.in/yaml.v3" v3.0.1
)

require github.com/inconshreveable/mousetrap v1.1.0 // indirect

replace golang.org/x/net v0.17.0 => golang.org/x/net v0.23.0

replace github.com/BurntSushi/toml => ../toml

exclude github.com/spf13/cobra v1.7.0

retract v1.0.1
