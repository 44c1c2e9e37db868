/** What tests in every module share: the corpus locator, golden files, image and layer builders. */
@NullMarked
package dev.rampart.testkit;

import org.jspecify.annotations.NullMarked;
