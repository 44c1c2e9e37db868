# -*- encoding: utf-8 -*-

Gem::Specification.new do |s|
  s.name = %q{rake}
  s.version = "0.9.2.2"

  s.required_rubygems_version = Gem::Requirement.new(">= 1.3.2") if s.respond_to? :required_rubygems_version=
  s.authors = [%q{Jim Weirich}]
  s.date = %q{2011-11-14}
  s.description = %q{Rake is a Make-like program implemented in Ruby.}
  s.email = %q{rake-devel@rubyforge.org}
  s.homepage = %q{http://rake.rubyforge.org}
  s.require_paths = [%q{lib}]
  s.rubyforge_project = %q{rake}
  s.rubygems_version = %q{1.8.11}
  s.summary = %q{Ruby based make-like utility.}
end
