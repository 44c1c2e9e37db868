package dev.rampart.cli;

import dev.rampart.model.Platform;
import picocli.CommandLine;

/** Parses {@code --platform os/arch[/variant]}. */
final class PlatformConverter implements CommandLine.ITypeConverter<Platform> {
    @Override
    public Platform convert(String value) {
        try {
            return Platform.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
