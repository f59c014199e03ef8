# Writes a C++ source that holds every rule file's text, so the binary carries its default rules.
# Called by CMake with OUTPUT (the .cpp to write) and INPUTS (the rule files, sorted).
set(body "// Generated from rules/*.toml by tools/embed_rules.cmake. Do not edit.\n")
string(APPEND body "#include \"rules/embedded_rules.h\"\n\nnamespace dataaudit {\n\n")
string(APPEND body "const std::vector<EmbeddedRuleFile>& EmbeddedRuleFiles() {\n")
string(APPEND body "  static const std::vector<EmbeddedRuleFile> files = {\n")
foreach(input IN LISTS INPUTS)
  file(READ ${input} text)
  get_filename_component(name ${input} NAME)
  string(APPEND body "    {\"rules/${name}\", R\"dataaudit_rules(${text})dataaudit_rules\"},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n\n}  // namespace dataaudit\n")
file(WRITE ${OUTPUT} "${body}")
