package dev.rampart.catalog.python;

import dev.rampart.image.PathNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an installer recorded for a distribution, as absolute paths in the image.
 * <ul>
 *   <li>{@code *.dist-info/RECORD}: CSV rows {@code path,hash,size}, paths relative to the
 *       directory holding the {@code .dist-info} (site-packages), or absolute.
 *       Spec: https://packaging.python.org/en/latest/specifications/recording-installed-packages/#the-record-file</li>
 *   <li>{@code *.egg-info/installed-files.txt}: one path a line, relative to the {@code .egg-info}
 *       directory (pip's legacy record for setuptools installs).</li>
 * </ul>
 * Paths are normalised with the root as a floor, so {@code ../../../bin/flask} stays in the image.
 */
final class InstalledFilesParser {
    private InstalledFilesParser() {}

    /** @param siteDir the directory RECORD paths are relative to */
    static List<String> record(String text, String siteDir, int max) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (out.size() >= max) {
                break;
            }
            String path = firstCsvField(line);
            if (!path.isEmpty()) {
                out.add(resolve(siteDir, path));
            }
        }
        return out;
    }

    /** @param eggInfoDir the {@code .egg-info} directory the listed paths are relative to */
    static List<String> installedFiles(String text, String eggInfoDir, int max) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (out.size() >= max) {
                break;
            }
            if (!line.isBlank()) {
                out.add(resolve(eggInfoDir, line.strip()));
            }
        }
        return out;
    }

    private static String resolve(String dir, String path) {
        return PathNames.normalise(path.startsWith("/") ? path : dir + "/" + path);
    }

    /** The first field of a CSV row, with RFC 4180 quoting ({@code "a,b.py",sha256=...,12}). */
    private static String firstCsvField(String line) {
        if (!line.startsWith("\"")) {
            int comma = line.indexOf(',');
            return (comma < 0 ? line : line.substring(0, comma)).strip();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    break;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
