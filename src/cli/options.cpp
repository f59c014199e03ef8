#include "cli/options.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include <fmt/format.h>

#include "cli/suggest.h"
#include "text/display_width.h"

namespace dataaudit {
namespace {

OptionSpec Named(std::string names, std::string value_name, std::string group, std::string help) {
  OptionSpec spec;
  const std::size_t comma = names.find(',');
  if (comma != std::string::npos) {
    spec.short_name = names.substr(0, comma);
    spec.long_name = names.substr(comma + 1);
  } else {
    spec.long_name = names;
  }
  spec.value_name = std::move(value_name);
  spec.group = std::move(group);
  spec.help = std::move(help);
  return spec;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string OneOf(const std::vector<std::string>& choices) {
  return fmt::format("must be one of: {}", fmt::join(choices, ", "));
}

// "-f, --format FORMAT" as --help shows it.
std::string Heading(const OptionSpec& o) {
  std::string heading = o.short_name.empty() ? "    " : o.short_name + ", ";
  heading += o.long_name;
  if (!o.value_name.empty()) heading += " " + o.value_name;
  return heading;
}

}  // namespace

OptionSpec Flag(std::string names, std::string group, std::string help, std::function<void()> set) {
  OptionSpec spec = Named(std::move(names), "", std::move(group), std::move(help));
  spec.apply = [set = std::move(set)](const std::string&) {
    set();
    return std::string();
  };
  return spec;
}

OptionSpec Text(std::string names, std::string value_name, std::string group, std::string help, std::string* target) {
  OptionSpec spec = Named(std::move(names), std::move(value_name), std::move(group), std::move(help));
  spec.apply = [target](const std::string& value) {
    *target = value;
    return std::string();
  };
  return spec;
}

OptionSpec TextList(std::string names, std::string value_name, std::string group, std::string help,
                    std::vector<std::string>* target) {
  OptionSpec spec = Named(std::move(names), std::move(value_name), std::move(group), std::move(help));
  spec.apply = [target](const std::string& value) {
    target->push_back(value);
    return std::string();
  };
  return spec;
}

OptionSpec Choice(std::string names, std::string value_name, std::string group, std::string help,
                  std::vector<std::string> choices, std::function<void(const std::string&)> set) {
  OptionSpec spec = Named(std::move(names), std::move(value_name), std::move(group), std::move(help));
  spec.apply = [choices = std::move(choices), set = std::move(set)](const std::string& value) {
    const std::string lower = Lower(value);
    if (std::find(choices.begin(), choices.end(), lower) == choices.end()) {
      const std::string guess = ClosestMatch(lower, choices);
      return OneOf(choices) + (guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess));
    }
    set(lower);
    return std::string();
  };
  return spec;
}

OptionSpec Count(std::string names, std::string value_name, std::string group, std::string help,
                 unsigned long long min, unsigned long long max, std::function<void(unsigned long long)> set) {
  OptionSpec spec = Named(std::move(names), std::move(value_name), std::move(group), std::move(help));
  spec.apply = [min, max, set = std::move(set)](const std::string& value) {
    errno = 0;
    char* end = nullptr;
    const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
    const bool number = !value.empty() && value[0] != '-' && *end == '\0' && errno == 0;
    if (!number || n < min || n > max) return fmt::format("must be a whole number from {} to {}", min, max);
    set(n);
    return std::string();
  };
  return spec;
}

OptionSpec Real(std::string names, std::string value_name, std::string group, std::string help, double min,
                double max, double* target) {
  OptionSpec spec = Named(std::move(names), std::move(value_name), std::move(group), std::move(help));
  spec.apply = [min, max, target](const std::string& value) {
    char* end = nullptr;
    const double n = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !(n >= min && n <= max))
      return fmt::format("must be a number from {} to {}", min, max);
    *target = n;
    return std::string();
  };
  return spec;
}

const OptionSpec* OptionParser::Find(std::string_view name) const {
  for (const OptionSpec& o : options_)
    if (o.long_name == name || (!o.short_name.empty() && o.short_name == name)) return &o;
  return nullptr;
}

std::vector<std::string> OptionParser::Names() const {
  std::vector<std::string> names;
  for (const OptionSpec& o : options_) {
    if (!o.short_name.empty()) names.push_back(o.short_name);
    names.push_back(o.long_name);
  }
  return names;
}

std::string OptionParser::Unknown(std::string_view name) const {
  std::vector<std::string> longs;
  for (const OptionSpec& o : options_) longs.push_back(o.long_name);
  std::string guess = ClosestMatch(name, longs);
  // "--show-value" is a prefix of "--show-values", "--form" of "--format".
  if (guess.empty() && name.starts_with("--") && name.size() > 3)
    for (const std::string& l : longs)
      if (l.starts_with(name)) guess = guess.empty() ? l : guess;
  return fmt::format("unknown option '{}'{}; see '{} --help'", name,
                     guess.empty() ? "" : fmt::format(" (did you mean {}?)", guess), program_);
}

std::string OptionParser::Parse(const std::vector<std::string>& args, std::vector<std::string>* positional) const {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      positional->insert(positional->end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
      return "";
    }
    if (arg.size() < 2 || arg[0] != '-') {
      positional->push_back(arg);  // "-" too: standard input
      continue;
    }
    std::string name = arg, value;
    bool has_value = false;
    if (arg.starts_with("--")) {
      if (const std::size_t eq = arg.find('='); eq != std::string::npos) {
        name = arg.substr(0, eq), value = arg.substr(eq + 1), has_value = true;
      }
    } else if (arg.size() > 2) {
      name = arg.substr(0, 2);
      const OptionSpec* first = Find(name);
      if (first != nullptr && !first->value_name.empty()) {
        value = arg.substr(2), has_value = true;  // -j4, -oreport.json
      } else if (first != nullptr) {              // bundled flags: -qV
        for (std::size_t k = 1; k < arg.size(); ++k) {
          const OptionSpec* flag = Find(std::string("-") + arg[k]);
          if (flag == nullptr || !flag->value_name.empty())
            return flag == nullptr ? Unknown(std::string("-") + arg[k])
                                   : fmt::format("-{} needs a value; write it apart from the other flags", arg[k]);
          if (std::string error = flag->apply(""); !error.empty()) return error;
        }
        continue;
      }
    }
    const OptionSpec* option = Find(name);
    if (option == nullptr) return Unknown(name);
    if (option->value_name.empty()) {
      if (has_value) return fmt::format("{} takes no value (got '{}')", name, value);
    } else if (!has_value) {
      if (i + 1 >= args.size()) return fmt::format("{} needs a value: {} {}", name, name, option->value_name);
      value = args[++i];
    }
    if (std::string error = option->apply(value); !error.empty())
      return option->value_name.empty() ? error : fmt::format("{} {} (got '{}')", name, error, value);
  }
  return "";
}

std::string OptionParser::Help(const HelpText& text, std::size_t width) const {
  std::string out = WrapText(text.about, width, 0) + "\n\n";
  out += "USAGE:\n" + WrapText(text.usage, width, 4) + "\n";
  for (const std::string& group : text.group_order) {
    out += "\n" + group + ":\n";
    for (const OptionSpec& o : options_) {
      if (o.group != group || o.hidden) continue;
      out += WrapText(Heading(o), width, 4) + "\n" + WrapText(o.help, width, 8) + "\n";
    }
  }
  for (const auto& [heading, body] : text.sections_after) {
    out += "\n" + heading + ":\n";
    std::size_t start = 0;
    while (start <= body.size()) {
      std::size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      const std::string_view paragraph(body.data() + start, end - start);
      // A hanging indent: the lines a paragraph wraps onto sit under its first word's text.
      const std::string wrapped = WrapText(paragraph, width, 8);
      out += "    " + wrapped.substr(std::min<std::size_t>(8, wrapped.size())) + "\n";
      start = end + 1;
    }
  }
  return out;
}

}  // namespace dataaudit
