/**
 * Reads container images and root file systems in one pass into a squashed {@link dev.rampart.image.FileTree}.
 *
 * <p>Entry point: {@link dev.rampart.image.ImageReader#read}. Every blob's digest is checked while it
 * streams; no path, link, size or count read from an archive is trusted (see {@link dev.rampart.image.Limits}).
 */
@NullMarked
package dev.rampart.image;

import org.jspecify.annotations.NullMarked;
