package dev.rampart.catalog.dotnet;

import org.jspecify.annotations.Nullable;

/**
 * One NuGet package a dependency file names.
 *
 * @param name the package id as written ({@code Newtonsoft.Json})
 * @param version the resolved version
 * @param integrity the package hash the file records ({@code sha512-...} in deps.json, the base64
 *                  {@code contentHash} in packages.lock.json), or empty
 * @param serviceable deps.json's {@code serviceable} flag; null where the format has none
 */
record NugetPackage(String name, String version, String integrity, @Nullable Boolean serviceable) {}
