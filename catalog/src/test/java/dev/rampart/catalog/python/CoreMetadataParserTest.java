package dev.rampart.catalog.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreMetadataParserTest {
    @Test
    void parse_skipsMultiLineLicenseTextForClassifiers() {
        String text = """
                Metadata-Version: 2.1
                Name: numpy
                Version: 1.26.4
                License: Copyright (c) 2005-2023, NumPy Developers.
                        All rights reserved.
                Classifier: License :: OSI Approved :: BSD License
                """;
        CoreMetadataParser.Metadata m = CoreMetadataParser.parse(text);
        assertThat(m.name()).isEqualTo("numpy");
        assertThat(m.licenses()).containsExactly("BSD License");
    }

    @Test
    void parse_treatsUnknownLicenseAsAbsentAndReadsHeadersCaseInsensitively() {
        String text = "metadata-version: 1.0\nname: wsgiref\nversion: 0.1.2\nlicense: UNKNOWN\n";
        CoreMetadataParser.Metadata m = CoreMetadataParser.parse(text);
        assertThat(m.name()).isEqualTo("wsgiref");
        assertThat(m.version()).isEqualTo("0.1.2");
        assertThat(m.licenses()).isEmpty();
    }

    @Test
    void parse_stopsAtBodyAndHandlesCrlf() {
        String text = "Name: a\r\nVersion: 1\r\n\r\nLicense-Expression: MIT\r\n";
        assertThat(CoreMetadataParser.parse(text).licenses()).isEmpty();
    }
}
