package dev.rampart.k8s.render;

import java.util.Locale;

/** Output formats. Not every result supports every format: DOT is for connectivity, SARIF for findings. */
public enum Format {
    TABLE, JSON, CSV, MD, DOT, SARIF;

    public static Format parse(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        if (v.equals("TXT") || v.equals("TEXT")) {
            return TABLE;
        }
        if (v.equals("MARKDOWN")) {
            return MD;
        }
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (expected table, json, csv, md, dot or sarif)", e);
        }
    }
}
