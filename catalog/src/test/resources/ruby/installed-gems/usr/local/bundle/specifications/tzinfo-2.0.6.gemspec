Gem::Specification.new do |spec|
  spec.name = 'tzinfo'
  spec.version = '2.0.6'
  spec.license = 'MIT'
  spec.summary = 'Time Zone Library'
end
