// The content-line machinery shared by the vCard and iCalendar readers; see
// content_line.h and the contract in vcard_reader.h.

#include "documents/content_line.h"

#include <algorithm>
#include <array>

namespace dataaudit {
namespace content_line {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Index of the first ':' outside a quoted parameter value, or npos.
std::size_t ValueColon(std::string_view line) {
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    else if (line[i] == ':' && !quoted) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (Upper(a[i]) != Upper(b[i])) return false;
  return true;
}

bool Parse(std::string_view line, std::string& name_storage, ContentLine* out) {
  if (line.starts_with(kBom)) line.remove_prefix(kBom.size());
  std::size_t i = 0;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  if (i == 0 || i == line.size() || (line[i] != ';' && line[i] != ':')) return false;
  std::string_view name = line.substr(0, i);
  if (const std::size_t dot = name.rfind('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
  if (name.empty()) return false;
  name_storage.assign(name);
  for (char& c : name_storage) c = Upper(c);

  std::string_view rest = line.substr(i);
  std::string_view params;
  if (rest.front() == ';') {
    const std::size_t colon = ValueColon(rest);
    if (colon == std::string_view::npos) return false;
    params = rest.substr(1, colon - 1);
    rest = rest.substr(colon);
  }
  out->name = name_storage;
  out->params = params;
  out->value = rest.substr(1);  // after ':'
  return true;
}

bool HasParam(std::string_view params, std::string_view key, std::string_view value) {
  while (!params.empty()) {
    // One parameter, up to the next ';' outside quotes.
    std::size_t end = 0;
    bool quoted = false;
    while (end < params.size() && (quoted || params[end] != ';')) {
      if (params[end] == '"') quoted = !quoted;
      ++end;
    }
    const std::string_view param = params.substr(0, end);
    params.remove_prefix(std::min(end + 1, params.size()));
    const std::size_t eq = param.find('=');
    if (eq == std::string_view::npos) {
      if (EqualsIgnoreCase(Trim(param), value)) return true;
      continue;
    }
    if (!EqualsIgnoreCase(Trim(param.substr(0, eq)), key)) continue;
    std::string_view values = param.substr(eq + 1);
    while (true) {
      const std::size_t comma = values.find(',');
      std::string_view one = Trim(values.substr(0, comma));
      if (one.size() >= 2 && one.front() == '"' && one.back() == '"') one = one.substr(1, one.size() - 2);
      if (EqualsIgnoreCase(one, value)) return true;
      if (comma == std::string_view::npos) break;
      values.remove_prefix(comma + 1);
    }
  }
  return false;
}

bool IsBinary(const ContentLine& line) {
  if (HasParam(line.params, "ENCODING", "B") || HasParam(line.params, "ENCODING", "BASE64") ||
      HasParam(line.params, "VALUE", "BINARY"))
    return true;
  const std::string_view value = Trim(line.value);
  return value.size() >= 5 && EqualsIgnoreCase(value.substr(0, 5), "data:");
}

void AppendUnescaped(std::string_view raw, std::string& out) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) {
      const char next = raw[++i];
      out.push_back(next == 'n' || next == 'N' ? '\n' : next);
    } else {
      out.push_back(raw[i]);
    }
  }
}

void AppendComponents(std::string_view raw, std::string& out) {
  std::string component;
  bool first = true;
  auto flush = [&] {
    const std::string_view trimmed = Trim(component);
    if (!trimmed.empty()) {
      if (!first) out += ", ";
      out += trimmed;
      first = false;
    }
    component.clear();
  };
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) {
      AppendUnescaped(raw.substr(i, 2), component);
      ++i;
    } else if (raw[i] == ';') {
      flush();
    } else {
      component.push_back(raw[i]);
    }
  }
  flush();
}

std::string DecodeQuotedPrintable(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '=' && i + 2 < raw.size()) {
      const int hi = HexValue(raw[i + 1]), lo = HexValue(raw[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(raw[i]);
  }
  return out;
}

std::string ExtendedDateTime(std::string_view raw) {
  const std::string_view s = Trim(raw);
  if (s.size() < 8 || !AllDigits(s.substr(0, 8))) return std::string(raw);
  std::string out;
  out.append(s.substr(0, 4)).append("-").append(s.substr(4, 2)).append("-").append(s.substr(6, 2));
  if (s.size() == 8) return out;
  if (s[8] != 'T' || s.size() < 15 || !AllDigits(s.substr(9, 6))) return std::string(raw);
  out.append("T").append(s.substr(9, 2)).append(":").append(s.substr(11, 2)).append(":").append(s.substr(13, 2));
  std::string_view zone = s.substr(15);
  if (zone.empty()) return out;
  if (zone == "Z" || zone == "z") return out + "Z";
  if ((zone.front() == '+' || zone.front() == '-') && zone.size() == 5 && AllDigits(zone.substr(1))) {
    out.push_back(zone.front());
    out.append(zone.substr(1, 2)).append(":").append(zone.substr(3, 2));
    return out;
  }
  return std::string(raw);
}

std::string_view DropScheme(std::string_view value, std::string_view scheme) {
  if (value.size() >= scheme.size() && EqualsIgnoreCase(value.substr(0, scheme.size()), scheme))
    value.remove_prefix(scheme.size());
  return value;
}

void Unfolder::Feed(std::string_view chunk, LineHandler& handler) {
  for (const char c : chunk) {
    if (c == '\n' && after_cr_) {
      after_cr_ = false;
      continue;
    }
    after_cr_ = (c == '\r');
    if (c == '\r' || c == '\n') {
      EndPhysicalLine(handler);
      continue;
    }
    if (at_line_start_) {
      at_line_start_ = false;
      if (has_pending_ && (c == ' ' || c == '\t')) continue;  // folded: drop that one blank
      if (has_pending_ && qp_soft_break_) {
        qp_soft_break_ = false;
        Append(c);
        continue;
      }
      Flush(handler);
      has_pending_ = true;
    }
    Append(c);
  }
}

void Unfolder::EndPhysicalLine(LineHandler& handler) {
  if (at_line_start_) {  // an empty physical line ends any logical line
    Flush(handler);
    return;
  }
  at_line_start_ = true;
  qp_soft_break_ = !pending_.empty() && pending_.back() == '=' && PendingIsQuotedPrintable();
  if (qp_soft_break_) pending_.pop_back();
}

// True when the parameters of the pending logical line say QUOTED-PRINTABLE. The colon
// search resumes where the last call stopped and the answer is kept once the colon is
// found, so a line folded a million times is scanned once, not a million times.
bool Unfolder::PendingIsQuotedPrintable() {
  if (qp_known_) return qp_;
  for (; colon_scan_ < pending_.size(); ++colon_scan_) {
    const char c = pending_[colon_scan_];
    if (c == '"') colon_quoted_ = !colon_quoted_;
    if (c != ':' || colon_quoted_) continue;
    const std::string_view head = std::string_view(pending_).substr(0, colon_scan_);
    const std::size_t semi = head.find(';');
    qp_known_ = true;
    qp_ = semi != std::string_view::npos && HasParam(head.substr(semi + 1), "ENCODING", "QUOTED-PRINTABLE");
    return qp_;
  }
  return false;
}

void Unfolder::Flush(LineHandler& handler) {
  qp_soft_break_ = false;
  if (has_pending_) handler.OnLogicalLine(pending_);
  pending_.clear();
  has_pending_ = false;
  colon_scan_ = 0;
  colon_quoted_ = false;
  qp_known_ = qp_ = false;
}

void Unfolder::Finish(LineHandler& handler) {
  Flush(handler);
  at_line_start_ = true;
  after_cr_ = false;
}

bool HasText(std::string_view chunk) {
  return std::any_of(chunk.begin(), chunk.end(), [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; });
}

std::string_view DecodeValue(const ContentLine& cl, bool structured, std::string& scratch, std::string& out) {
  std::string_view source = cl.value;
  if (HasParam(cl.params, "ENCODING", "QUOTED-PRINTABLE")) {
    scratch = DecodeQuotedPrintable(source);
    source = scratch;
  }
  out.clear();
  if (structured) AppendComponents(source, out);
  else AppendUnescaped(source, out);
  return Trim(out);
}

}  // namespace content_line

}  // namespace dataaudit
