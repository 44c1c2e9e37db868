# frozen_string_literal: true

Gem::Specification.new do |s|
  s.name            = "rack"
  s.version         = File.read('lib/rack/version.rb')[/RELEASE += +([\"\'])([\d][\w\.]+)\1/, 2]
  s.license         = "MIT"
end
