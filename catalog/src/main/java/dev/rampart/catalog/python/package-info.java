/**
 * Python distributions: installed ones ({@code *.dist-info/METADATA}, {@code *.egg-info}) and the
 * pinned dependencies of source trees ({@code requirements*.txt}, {@code poetry.lock},
 * {@code Pipfile.lock}, {@code uv.lock}). {@link dev.rampart.catalog.python.PythonCataloger} is the
 * entry point; each file format has its own parser.
 */
@NullMarked
package dev.rampart.catalog.python;

import org.jspecify.annotations.NullMarked;
