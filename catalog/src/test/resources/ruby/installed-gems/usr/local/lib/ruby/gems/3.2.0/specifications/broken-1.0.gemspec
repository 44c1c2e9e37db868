This is not a gemspec.
