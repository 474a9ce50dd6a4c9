// The same hand-written database as pull-odd-identifiers (odd identifiers, every constraint kind db:pull must read), pulled as YAML here.
return evaluate(new File(itSources, 'pull-odd-identifiers/setup.groovy'))
