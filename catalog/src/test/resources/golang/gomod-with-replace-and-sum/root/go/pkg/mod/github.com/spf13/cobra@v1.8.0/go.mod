module github.com/spf13/cobra

require github.com/spf13/pflag v1.0.5
